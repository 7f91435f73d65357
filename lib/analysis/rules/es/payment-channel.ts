/** Spanish: how extortionists want to be paid or contacted (gift cards, crypto, WhatsApp, Telegram). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'payment-channel',
  rules: [
    {
      id: 'es.payment-channel.payment-channel',
      signal: 'payment_channel',
      pattern: r`\b(?:tarjetas? (?:de )?regalo|gift ?cards?|google play|itunes|steam|bitcoins?|btc|usdt|criptomonedas?|en cripto|western union|moneygram|bizum|zelle|paysafecard|por whatsapp|a este whatsapp|al whatsapp|por telegram)\b`,
      weight: 0.65,
      examples: ['envíe 300 USD en tarjetas regalo de Amazon a este WhatsApp', 'contáctenos por Telegram', 'paga en tarjetas de regalo de Google Play'],
      counterExamples: ['reservamos por teléfono', 'nos regalaron una tarjeta de bienvenida'],
    },
  ],
};
export default family;
