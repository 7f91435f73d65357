/** French: untraceable payment or private channels of extortion scams (gift cards, crypto, WhatsApp). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'payment-channel',
  rules: [
    {
      id: 'fr.payment-channel.gift_cards',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:cartes? cadeaux?|carte[- ]cadeau|google play|itunes|steam|transcash|neosurf|paysafecard|coupons? pcs|recharges? pcs|pcs|western union|moneygram|bitcoins?|btc|usdt|crypto(?:monnaies?)?|codes? (?:de )?recharge)\b`,
      weight: 0.6,
      examples: ['acheter des cartes cadeaux (Google Play ou PCS)', 'Pour 300€ en bitcoin'],
      counterExamples: ['nous avons payé par carte bancaire'],
    },
    {
      id: 'fr.payment-channel.private_channel',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:contactez|ecrivez|repondez|joignez|ajoutez)[- ]?(?:moi|nous)?\b[^.!?]{0,25}\b(?:whatsapp|telegram|signal|wickr|snap|snapchat)\b|\b(?:sur|via|par) (?:whatsapp|telegram|wickr)\b`,
      weight: 0.45,
      examples: ['contactez-moi sur WhatsApp au plus vite', 'Répondez sur Telegram.'],
      counterExamples: ['réservation par téléphone'],
    },
  ],
};
export default family;
