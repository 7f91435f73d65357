/** Italian: how extortionists want to be paid or contacted (gift cards, crypto, WhatsApp, Telegram). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'payment-channel',
  rules: [
    {
      id: 'it.payment-channel.payment-channel',
      signal: 'payment_channel',
      pattern: r`\b(?:carte? regalo|gift ?cards?|buoni regalo|google play|itunes|steam|bitcoin|btc|usdt|criptovalut[ae]|in cripto|ethereum|binance|western union|moneygram|paysafe ?card|ricarica postepay|postepay|su whatsapp|via whatsapp|telegram|usdt|wallet|su signal|codice (?:della )?ricarica)\b`,
      weight: 0.65,
      examples: ['inviate 200 euro in carte regalo Amazon su WhatsApp', 'contattateci su Telegram'],
      counterExamples: ['abbiamo prenotato per telefono', 'ci hanno regalato una cartolina'],
    },
  ],
};
export default family;
