/** English: room numbers, booking references, card endings. */
import type { CheckRuleFamily } from '../types';

export const personal: CheckRuleFamily = {
  lang: 'en',
  family: 'personal',
  rules: [
    {
      id: 'en.personal.room',
      rule: 'personal_data',
      kind: 'personal_data.room',
      pattern: String.raw`\b(?:room|suite|apartment|cabin|bungalow|chalet)(?: (?:no\.?|number|nr\.?|n°|#))? ?#?\d{1,4}[a-z]?\b(?! ?(?:guests?|people|persons|adults|children|nights?|beds?|bedrooms|stars?|minutes|hours|percent|%|m2|sq|floors?))`,
      note: 'A room number identifies the guest.',
      examples: ['the noise in room 212', 'Room 14B was cleaned', 'suite no. 5'],
      counterExamples: ['a room for 2 people', 'our 40 rooms', 'room 2 guests'],
    },
    {
      id: 'en.personal.booking',
      rule: 'personal_data',
      kind: 'personal_data.booking',
      pattern: String.raw`\b(?:booking|reservation|confirmation|reference|ref|order|folio|invoice|itinerary)(?: (?:number|no\.?|nr\.?|#|code|id|ref\.?))?(?: (?:is|was))?[ :#.]{0,3}(?=[a-z\-]{0,12}\d)[a-z0-9][a-z0-9\-]{4,20}\b`,
      validate: 'bookingCode',
      note: 'Booking, reservation or confirmation numbers.',
      examples: ['your booking number 4829371', 'reservation #HX72931', 'confirmation: 1234-5678'],
      counterExamples: ['your reservation in 2024', 'a booking for 2 people', 'our booking team'],
    },
    {
      id: 'en.personal.card-ending',
      rule: 'personal_data',
      kind: 'personal_data.card',
      pattern: String.raw`\b(?:ending|ends|ended|finishing) (?:in|with) \*{0,12}\d{4}\b|\blast (?:four|4) digits(?: (?:are|were|of))?[^.!?\d]{0,20}\d{4}\b`,
      note: 'Partial card numbers: "the card ending in 4242".',
      examples: ['the Visa ending in 4242', 'last four digits 1234'],
      counterExamples: ['the season ending in May'],
    },
  ],
};
