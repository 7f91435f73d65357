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
    {
      // a bare messenger handle is how review-extortion scams want to be reached; weak alone
      id: 'fr.payment_channel.messenger_handle',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:telegram|whatsapp|signal|wickr|threema|snapchat)\b[ :]{0,3}@[a-z0-9_]{3,32}`,
      weight: 0.45,
      examples: ['Contact : Telegram @avis_stop', 'Écrivez-nous, Telegram : @ereput_fr'],
      counterExamples: ["On a utilisé WhatsApp pour l'arrivée, pratique"],
    },
  ],
};
export default family;
