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
    {
      // a bare messenger handle is how review-extortion scams want to be reached; weak alone
      id: 'it.payment_channel.messenger_handle',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:telegram|whatsapp|signal|wickr|threema|snapchat)\b[ :]{0,3}@[a-z0-9_]{3,32}`,
      weight: 0.45,
      examples: ['Contatto: Telegram @stop_recensioni', 'Scriveteci, Telegram: @rep_gestione'],
      counterExamples: ['Il check-in via WhatsApp è stato comodo'],
    },
  ],
};
export default family;
