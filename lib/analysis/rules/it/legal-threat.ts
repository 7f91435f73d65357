/** Italian: lawyers, police, consumer bodies, lawsuits (a crisis ingredient, seed 004). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'legal-threat',
  rules: [
    {
      id: 'it.legal-threat.legal',
      signal: 'legal_threat',
      pattern: r`\b(?:avvocat[oia]|legal[ei]|denunc(?:ia|e|iare|ero|eremo|iato|iamo)|querela\w{0,4}|fare causa|faremo causa|tribunale|giudice|carabinieri|polizia|guardia di finanza|nas|asl|codacons|altroconsumo|associazione consumatori|azione legale|azioni legali|vie legali)\b`,
      weight: 0.6,
      negatable: true,
      examples: ['ho già parlato con il mio avvocato', 'faremo una segnalazione ai NAS', 'sporgerò denuncia'],
      counterExamples: ['la domanda di camere era alta'],
    },
  ],
};
export default family;
