/** Italian: contempt or denial reported by the guest (seed 004: what turns a complaint into a crisis). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'contempt',
  rules: [
    {
      id: 'it.contempt.contempt',
      signal: 'contempt_reported',
      pattern: r`\b(?:(?:ci|mi) (?:hanno|ha) (?:derisi|deriso|derise|presi in giro|preso in giro|ignorat[oiae]|riso in faccia|sbattuto fuori|cacciat[oiae])|nemmeno (?:una|le) scus[ae]|neanche (?:una|le) scus[ae]|senza (?:chiedere )?scus[ae]|(?:ci|mi) hanno detto che era (?:un )?(?:nostro|mio) problema|con disprezzo|in malo modo|(?:ci|mi) hanno trattat[oiae] come (?:pezze|cani|delinquenti|spazzatura)|se ne sono fregati|se ne e fregato)\b`,
      weight: 0.55,
      examples: ['il receptionist ci ha derisi', 'nemmeno una scusa', 'ci hanno detto che era un nostro problema', 'se ne sono fregati'],
      counterExamples: ['abbiamo riso tanto con l\'animatore'],
    },
  ],
};
export default family;
