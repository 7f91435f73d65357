/** Italian: verifiable evidence the guest says they hold (photos, invoice, medical report). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'objective-fact',
  rules: [
    {
      id: 'it.objective-fact.proof',
      signal: 'objective_fact',
      pattern: r`\b(?:ho|abbiamo|allego|alleghiamo|conservo|con) (?:le |la |il |i |una |un |gli )?(?:foto|fotografie|video|prove|screenshot|fattura|fatture|scontrino|ricevuta|referto|certificato medico|denuncia)\b|\breferto (?:medico|del pronto soccorso)\b`,
      weight: 0.5,
      examples: ['ho le foto di tutto', 'allego la fattura', 'con il referto del pronto soccorso'],
      counterExamples: ['abbiamo fatto tante foto della spiaggia'],
    },
  ],
};
export default family;
