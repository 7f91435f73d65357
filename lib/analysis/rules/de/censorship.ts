/** Censorship claim (German): the writer says reviews are deleted, bought or suppressed. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'censorship',
  rules: [
    {
      id: 'de.censorship.deleted_reviews',
      signal: 'censorship_claim',
      pattern: String.raw`\b(?:bewertung|rezension|kommentar|kritik)\w{0,2}\b[^.!?]{0,40}?\b(?:geloe?scht|entfernt|zensiert|unterdrue?ckt|verschwunden)\b|\bzensur\b`,
      weight: 0.8,
      examples: ['Meine letzte Bewertung wurde gelöscht', 'negative Kommentare werden hier zensiert'],
      counterExamples: ['Die Bewertungen sind sehr gut'],
    },
    {
      id: 'de.censorship.fake_reviews',
      signal: 'censorship_claim',
      pattern: String.raw`\b(?:gekaufte|gefae?lschte|fake|falsche|bestellte) (?:\d+[- ]sterne[- ])?(?:bewertung|rezension|review)\w{0,2}|\b(?:bewertungen|rezensionen) (?:sind|wirken) (?:alle )?(?:gekauft|gefae?lscht|fake)\b`,
      weight: 0.7,
      examples: ['Die vielen 5-Sterne-Bewertungen sind gekauft', 'lauter gefälschte Bewertungen'],
      counterExamples: ['Die Bewertungen stimmen'],
    },
    {
      id: 'de.censorship.pressured',
      signal: 'censorship_claim',
      pattern: String.raw`\b(?:gedrae?ngt|unter druck gesetzt|genotigt|aufgefordert|gebeten),? (?:\w+ ){0,3}(?:bewertung|rezension)\w{0,2} (?:zu )?(?:loe?schen|ae?ndern|entfernen)`,
      weight: 0.75,
      examples: ['Man hat mich unter Druck gesetzt, die Bewertung zu löschen'],
      counterExamples: ['Wir wurden gebeten, eine Bewertung zu schreiben'],
    },
  ],
};
export default family;
