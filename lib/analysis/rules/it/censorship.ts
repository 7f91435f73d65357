/** Italian: claims that reviews were deleted or censored. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'censorship',
  rules: [
    {
      id: 'it.censorship.censorship',
      signal: 'censorship_claim',
      pattern: r`\b(?:(?:hanno (?:cancellato|rimosso|eliminato|censurato)) (?:la mia|le mie|la nostra|la) (?:recensione|recensioni|commento|opinione)|censur\w{1,5}|(?:lasciano|pubblicano) solo (?:le )?recensioni (?:buone|positive))\b`,
      weight: 0.6,
      examples: ['Hanno cancellato la mia recensione precedente', 'questa è censura', 'lasciano solo recensioni positive'],
      counterExamples: ['hanno cancellato la lavagna'],
    },
  ],
};
export default family;
