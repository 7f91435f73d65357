/** Test data for check.test.ts: per language, offending texts each rule must find exactly, and measured replies. */
import type { Language } from '../../../lib/platforms';
import type { CheckRuleId } from '../../../lib/reply/types';

export interface HitCase {
  rule: CheckRuleId;
  /** the text the finding must span exactly */
  hit: string;
}

/** A neutral sentence of each language, put before and after a hit. */
export const FILLER: Record<Language, string> = {
  en: 'Thank you for taking the time to write to us about your stay.',
  fr: 'Merci d’avoir pris le temps de nous écrire au sujet de votre séjour.',
  es: 'Gracias por tomarse el tiempo de escribirnos sobre su estancia.',
  de: 'Vielen Dank, dass Sie sich die Zeit genommen haben, uns über Ihren Aufenthalt zu schreiben.',
  it: 'Grazie per aver dedicato del tempo a scriverci del suo soggiorno.',
};

export const HITS: Partial<Record<Language, HitCase[]>> = {
  en: [
    { rule: 'personal_data', hit: 'john.smith@gmail.com' },
    { rule: 'personal_data', hit: '+44 20 7946 0958' },
    { rule: 'personal_data', hit: '(212) 555-0123' },
    { rule: 'personal_data', hit: 'room 212' },
    { rule: 'personal_data', hit: 'booking number 4829371' },
    { rule: 'personal_data', hit: '4242 4242 4242 4242' },
    { rule: 'personal_data', hit: 'ending in 4242' },
    { rule: 'conditional_incentive', hit: 'free night if you change your rating' },
    { rule: 'conditional_incentive', hit: 'if you update your review we will refund' },
    { rule: 'conditional_incentive', hit: 'in exchange for removing the review' },
    { rule: 'unfilled_placeholder', hit: '[HOTEL]' },
    { rule: 'unfilled_placeholder', hit: '{name}' },
    { rule: 'hostile_tone', hit: 'you are lying' },
    { rule: 'hostile_tone', hit: "don't come back" },
    { rule: 'hostile_tone', hit: 'you were drunk' },
    { rule: 'public_accusation', hit: 'fake review' },
    { rule: 'public_accusation', hit: 'written by a competitor' },
    { rule: 'public_accusation', hit: 'blackmail' },
    { rule: 'legal_threat', hit: 'our lawyers' },
    { rule: 'legal_threat', hit: 'legal action' },
    { rule: 'shouting', hit: 'NEVER' },
    { rule: 'list_formatting', hit: '- new curtains' },
    { rule: 'link', hit: 'www.hotel-example.com' },
  ],
};

export const MEASURED: Partial<Record<Language, string[]>> = {
  en: [
    'Dear guest, we do not grant advantages in exchange for reviews. We would be glad to discuss your stay directly.\nKind regards,\nPaul Martin, Manager',
    'Dear Anna, thank you for your review. We have refunded the night as agreed and we apologise again for the noise.',
    'Thank you for your kind words. This is not a fake smile: our team loves welcoming you, and as our guest you deserve the best.',
    'Dear guest, the Hotel Police Station is a listed building and the WIFI now works in every room. Call us on +33 4 72 00 00 00.',
    'Hello Mark, the room rate was 120 € per night from 12/05/2024 to 15/05/2024, breakfast included. Write to us at contact@hotel-lumiere.fr.',
  ],
};
