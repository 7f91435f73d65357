/** Objective fact (German): verifiable evidence (photos, receipts, a doctor, an official report) (004). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'objective-fact',
  rules: [
    {
      id: 'de.objective_fact.evidence',
      signal: 'objective_fact',
      pattern: String.raw`\b(?:fotos?|bilder|videos?|beweisfotos?|screenshots?) (?:\w+ ){0,2}(?:gemacht|aufgenommen|als beweis|liegen vor|habe ich|haben wir)|\b(?:fotografiert|gefilmt|beweise|beweis(?:fotos?|material)|dokumentiert)\b`,
      weight: 0.8,
      examples: ['wir haben Fotos gemacht', 'Ich habe alles dokumentiert'],
      counterExamples: ['Die Bilder im Internet sind schön'],
    },
    {
      id: 'de.objective_fact.official',
      signal: 'objective_fact',
      pattern: String.raw`\b(?:ae?rztlich\w{0,2} (?:attest|bescheinigung|befund)|attest|arztbericht|befund|krankenhausbericht|quittung|rechnung liegt vor|kontoauszug|polizeibericht|aktenzeichen|gesundheitsamt ist informiert)\b`,
      weight: 0.75,
      examples: ['Ein ärztliches Attest liegt vor', 'Das Gesundheitsamt ist informiert.'],
      counterExamples: ['Die Rechnung kam schnell'],
    },
    {
      id: 'de.objective_fact.amount',
      signal: 'objective_fact',
      pattern: String.raw`\b\d{2,5}(?:[.,]\d{2})? ?(?:€|(?:euro?)\b)[^.!?]{0,30}?\b(?:abgebucht|berechnet|belastet|gestohlen|einbehalten)\b`,
      weight: 0.6,
      examples: ['200 Euro wurden gestohlen', '89 € zu viel abgebucht'],
      counterExamples: ['Das Zimmer kostete 120 Euro'],
    },
  ],
};
export default family;
