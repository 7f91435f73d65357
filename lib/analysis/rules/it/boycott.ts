/** Italian: calls on others to stay away. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'boycott',
  rules: [
    {
      id: 'it.boycott.boycott',
      signal: 'boycott_call',
      pattern: r`\b(?:non (?:andateci|andate|prenotate|venite|mangiate qui|ci andate)\b(?! a perder)(?! via)|evitate|evitatelo|evitatela|state alla larga|statene alla larga|scappate|fuggite|non lo consiglio a nessuno|sconsigliat(?:o|issimo) a tutti)\b`,
      weight: 0.5,
      examples: ['Non andateci', 'Evitate questo posto', 'state alla larga'],
      counterExamples: ['non andate via senza aver visto la spiaggia'],
    },
  ],
};
export default family;
