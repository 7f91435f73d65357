/** German: room numbers, booking references, card endings. */
import type { CheckRuleFamily } from '../types';

export const personal: CheckRuleFamily = {
  lang: 'de',
  family: 'personal',
  rules: [
    {
      id: 'de.personal.room',
      rule: 'personal_data',
      kind: 'personal_data.room',
      pattern: String.raw`\b(?:zimmer|zimmernummer|suite|appartement|apartment|ferienwohnung)(?: (?:nr\.?|nummer|no\.?|#))? ?#?\d{1,4}[a-z]?\b(?! ?(?:personen|betten?|nachte|nacht|sterne|erwachsene|kinder|minuten|stunden|%|m2|qm|stockwerke?))`,
      note: 'Eine Zimmernummer identifiziert den Gast.',
      examples: ['der Lärm in Zimmer 212', 'Zimmer Nr. 14', 'Zimmernummer 5'],
      counterExamples: ['ein Zimmer für 2 Personen', 'unsere 40 Zimmer', 'Zimmer 2 Betten'],
    },
    {
      id: 'de.personal.booking',
      rule: 'personal_data',
      kind: 'personal_data.booking',
      pattern: String.raw`\b(?:buchung\w{0,2}|buchungsnummer|reservierung\w{0,2}|reservierungsnummer|bestatigungsnummer|bestatigung|rechnung\w{0,2}|rechnungsnummer|vorgangsnummer|referenz)(?: (?:nr\.?|nummer|no\.?|#))?(?: (?:ist|war|lautet))?[ :#.]{0,3}(?=[a-z\-]{0,12}\d)[a-z0-9][a-z0-9\-]{4,20}\b`,
      validate: 'bookingCode',
      note: 'Buchungs-, Reservierungs- oder Rechnungsnummern.',
      examples: ['Ihre Buchungsnummer 4829371', 'Reservierung Nr. HX72931', 'Rechnung: 1234-5678'],
      counterExamples: ['Ihre Buchung im Jahr 2024', 'eine Reservierung für 2 Personen'],
    },
    {
      id: 'de.personal.card-ending',
      rule: 'personal_data',
      kind: 'personal_data.card',
      pattern: String.raw`\b(?:endend auf|endet auf|endet mit|mit der endung) \*{0,12}\d{4}\b|\bletzten (?:vier|4) (?:ziffern|stellen)[^.!?\d]{0,20}\d{4}\b`,
      note: 'Teilweise Kartennummer: „die Karte endend auf 4242“.',
      examples: ['die Karte endend auf 4242', 'die letzten 4 Ziffern: 1234'],
      counterExamples: ['die Saison endet mit einem Fest'],
    },
  ],
};
