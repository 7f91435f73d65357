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
      pattern: r`\b(?:tarjetas? (?:de )?(?:regalo|amazon|google play|apple)|gift ?cards?|google play|itunes|steam|bitcoins?|btc|usdt|criptomonedas?|en cripto|western union|moneygram|paysafecard)\b`,
      weight: 0.65,
      reportable: true,
      examples: ['envíe 300 USD en tarjetas regalo de Amazon', 'paga en tarjetas de regalo de Google Play', 'adquirir tarjetas Amazon'],
      counterExamples: ['nos regalaron una tarjeta de bienvenida', 'Nos regalaron una tarjeta regalo de Amazon por el cumpleaños'],
    },
    {
      id: 'es.payment-channel.contact-app',
      signal: 'payment_channel',
      pattern: r`\b(?:bizum|zelle|por whatsapp|a este whatsapp|al whatsapp|por telegram)\b`,
      weight: 0.5,
      examples: ['contáctenos por Telegram', 'escríbame a este WhatsApp'],
      counterExamples: ['reservamos por teléfono'],
      note: 'also how honest guests book and pay: weak, never blackmail beside a bare review mention',
    },
    {
      // a bare messenger handle is how review-extortion scams want to be reached; weak alone
      id: 'es.payment_channel.messenger_handle',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:telegram|whatsapp|signal|wickr|threema|snapchat)\b[ :]{0,3}@[a-z0-9_]{3,32}`,
      weight: 0.45,
      examples: ['Contacto: Telegram @resenas_fix', 'Escríbenos, Telegram: @gestion_rep'],
      counterExamples: ['Hicimos el check-in por WhatsApp, muy cómodo'],
    },
  ],
};
export default family;
