/** French: verifiable facts (photos, receipts, room numbers, dates) that make a complaint credible. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'objective-fact',
  rules: [
    {
      id: 'fr.objective-fact.evidence',
      signal: 'objective_fact',
      pattern: String.raw`\b(?:photos? a l'appui|j'ai (?:des|les) photos|(?:avec|j'ai) (?:des )?preuves?|capture d'ecran|captures d'ecran|(?:la|une|ma) facture|ticket de caisse|releve bancaire|certificat medical|ordonnance|constat d'huissier|constate par|temoins?|video|filme|(?:chambre|table) (?:n ?o? ?)?\d{1,4}|le \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|\d{1,2}\/\d{1,2}\/\d{2,4})\b`,
      weight: 0.4,
      examples: ['photos à l\'appui', 'Des punaises de lit dans la chambre 12', 'arrivés le 12 mars'],
      counterExamples: ['une belle chambre', 'note 18/20', 'nous avons pu constater'],
    },
  ],
};
export default family;
