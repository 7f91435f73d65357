/** Italian: room numbers, booking references, card endings. */
import type { CheckRuleFamily } from '../types';

export const personal: CheckRuleFamily = {
  lang: 'it',
  family: 'personal',
  rules: [
    {
      id: 'it.personal.room',
      rule: 'personal_data',
      kind: 'personal_data.room',
      pattern: String.raw`\b(?:camera|stanza|suite|appartamento|bungalow)(?: (?:n°|n\.|nr\.?|numero|num\.?|#))? ?#?\d{1,4}[a-z]?\b(?! ?(?:persone|posti|letti|notti|stelle|adulti|bambini|minuti|ore|%|m2|metri|piani))`,
      note: 'Un numero di camera identifica l’ospite.',
      examples: ['il rumore nella camera 212', 'Stanza n. 14', 'la suite 5'],
      counterExamples: ['una camera per 2 persone', 'le nostre 40 camere', 'camera 2 letti'],
    },
    {
      id: 'it.personal.booking',
      rule: 'personal_data',
      kind: 'personal_data.booking',
      pattern: String.raw`\b(?:prenotazione|conferma|riferimento|pratica|fattura|ordine|codice prenotazione)(?: (?:n°|n\.|nr\.?|numero|num\.?|#))?(?: (?:e|era))?[ :#.]{0,3}(?=[a-z\-]{0,12}\d)[a-z0-9][a-z0-9\-]{4,20}\b`,
      validate: 'bookingCode',
      note: 'Numeri di prenotazione, di conferma, di fattura.',
      examples: ['la sua prenotazione numero 4829371', 'conferma HX72931', 'fattura: 1234-5678'],
      counterExamples: ['la sua prenotazione nel 2024', 'una prenotazione per 2 persone'],
    },
    {
      id: 'it.personal.card-ending',
      rule: 'personal_data',
      kind: 'personal_data.card',
      pattern: String.raw`\b(?:che termina|terminante|che finisce|finale) (?:con|in|per) \*{0,12}\d{4}\b|\b(?:quattro|4) ultime cifre[^.!?\d]{0,20}\d{4}\b|\bultime (?:quattro|4) cifre[^.!?\d]{0,20}\d{4}\b`,
      note: 'Numero di carta parziale: «la carta che termina con 4242».',
      examples: ['la carta che termina con 4242', 'le ultime 4 cifre: 1234'],
      counterExamples: ['la stagione che termina con una festa'],
    },
  ],
};
