/**
 * Payment channel (German): gift cards, crypto, transfer services and private messengers that extortion
 * scams ask for. Weak alone: a guest may mention WhatsApp for a check-in.
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'payment-channel',
  rules: [
    {
      id: 'de.payment_channel.gift_card',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:gutscheinkarte\w{0,2}|geschenkkarte\w{0,2}|guthabenkarte\w{0,2}|google[- ]play(?:[- ]?(?:karte\w{0,2}|gutschein\w{0,2}|guthaben))?|amazon[- ]?(?:guthaben|gutschein\w{0,2}|geschenkkarte\w{0,2}|gutscheinkarte\w{0,2})|itunes[- ]?\w{0,12}|apple[- ]gift ?cards?|paysafe\w{0,6}|steam[- ]?(?:karte\w{0,2}|guthaben))`,
      weight: 0.6,
      examples: ['Für 300 € in Gutscheinkarten (Google Play oder Amazon)', 'Kaufen Sie Amazon-Gutscheinkarten im Wert von 200 Euro', 'per Paysafecard'],
      counterExamples: ['Wir haben einen Gutschein für das Restaurant geschenkt bekommen'],
    },
    {
      id: 'de.payment_channel.crypto_transfer',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:bitcoin\w{0,2}|btc|krypto(?:wae?hrung\w{0,2})?|usdt|tether|western union|moneygram)\b`,
      weight: 0.6,
      examples: ['Zahlung nur in Bitcoin', 'per Western Union'],
      counterExamples: ['Zahlung mit Karte möglich'],
    },
    {
      id: 'de.payment_channel.private_messenger',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:(?:per|auf|ue?ber|via|bei) (?:whatsapp|telegram|signal|threema)|(?:whatsapp|telegram)[- ]?(?:nummer|kontakt)?:? ?\+?\d[\d ]{6,16})\b`,
      weight: 0.35,
      examples: ['Melden Sie sich per WhatsApp unter +44 7700 900123', 'kontaktieren Sie mich auf WhatsApp', 'Schreiben Sie mir auf Telegram'],
      counterExamples: ['Die Rezeption hat uns eine Nachricht geschickt'],
      note: 'weak: only counts with a third-party claim or a demand',
    },
    {
      // a bare messenger handle is how review-extortion scams want to be reached; weak alone
      id: 'de.payment_channel.messenger_handle',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:telegram|whatsapp|signal|wickr|threema|snapchat)\b[ :]{0,3}@[a-z0-9_]{3,32}`,
      weight: 0.45,
      examples: ['Kontakt: Telegram @bew_stopp_de', 'Antwort an Telegram: @ruf_schutz'],
      counterExamples: ['Der Check-in lief über WhatsApp, sehr praktisch'],
    },
  ],
};
export default family;
