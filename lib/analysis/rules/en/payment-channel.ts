/**
 * Payment channel: how an extortionist wants to be paid or reached (gift cards, crypto, messaging apps,
 * untraceable transfers). Evidence on its own; blackmail only with a review threat or extortion signal.
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'payment-channel',
  rules: [
    {
      id: 'en.payment_channel.gift_card',
      signal: 'payment_channel',
      pattern: '\\b(?:amazon|apple|itunes|google play|steam|visa|vanilla|ebay|prepaid)? ?gift ?cards?\\b|\\b(?:amazon|apple|itunes|google play|steam|vanilla|ebay|prepaid) cards\\b',
      weight: 0.6,
      examples: ['pay in Amazon gift cards', 'three Google Play gift cards', 'For $250 in Google Play cards'],
      counterExamples: ['the gift shop sells cards'],
    },
    {
      id: 'en.payment_channel.crypto',
      signal: 'payment_channel',
      pattern: '\\b(?:bitcoins?|btc|usdt|tether|crypto(?:currency)?|ethereum|eth|monero|wallet address|btc wallet)\\b',
      weight: 0.7,
      examples: ['send 0.01 BTC to this wallet address', 'payment in USDT only'],
      counterExamples: ['a wallet was left in the room'],
    },
    {
      id: 'en.payment_channel.messaging_app',
      signal: 'payment_channel',
      pattern: '\\b(?:contact|message|text|write|reach|call|reply|respond|dm)\\b[^.!?]{0,25}?\\b(?:on|via|through|by) (?:whatsapp|telegram|signal|wickr|viber|wechat)\\b|\\b(?:whatsapp|telegram)(?: number)?:? ?(?:\\+?\\d|@\\w)',
      weight: 0.8,
      examples: ['Contact us on WhatsApp', 'WhatsApp: +44 7700 900123', 'message me via Telegram', 'Contact our manager on Telegram @repfix_team', 'Reply on WhatsApp only'],
      counterExamples: ['the hotel has a chat on its website'],
    },
    {
      id: 'en.payment_channel.untraceable_transfer',
      signal: 'payment_channel',
      pattern: '\\b(?:western union|moneygram|paypal friends|(?:as|via|by|using) friends (?:and|&) family|cash app|cashapp|zelle|venmo|wise transfer|remitly)\\b',
      weight: 0.6,
      examples: ['pay via Western Union', 'send it with Cash App'],
      counterExamples: ['we paid by card', 'my friends and family are waiting for my verdict'],
    },
    {
      // a bare messenger handle is how review-extortion scams want to be reached; weak alone
      id: 'en.payment_channel.messenger_handle',
      signal: 'payment_channel',
      pattern: String.raw`\b(?:telegram|whatsapp|signal|wickr|threema|snapchat)\b[ :]{0,3}@[a-z0-9_]{3,32}`,
      weight: 0.45,
      examples: ['Contact us on Telegram @fix_reviews_now', 'Reach us: WhatsApp @hotel_help_team'],
      counterExamples: ['We used WhatsApp to check in, very handy'],
    },
  ],
};

export default family;
