/** Italian: a member of staff named in the text. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'staff-named',
  rules: [
    {
      id: 'it.staff-named.staff-named',
      signal: 'staff_named',
      pattern: r`\b(?:grazie a|(?:il )?signor|(?:la )?signora|sig\.?|sig\.ra) (?!(?:tutti|tutto|tutta|voi|lei|loro|dio|la|il|lo|le|gli|i|un|una|uno|vostro|vostra|questo|questa|noi|te|me)\b)[a-z]{3,15}\b|\b[a-z]{3,15},? si chiama\b|\bsi chiama [a-z]{3,15}\b`,
      weight: 0.4,
      examples: ['Grazie a Giulia per la sua gentilezza', 'si chiama Marco', 'la signora Anna'],
      counterExamples: ['grazie a tutti', 'il cameriere ci ha servito'],
    },
  ],
};
export default family;
