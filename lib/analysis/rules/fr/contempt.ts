/** French: contempt or denial reported by the guest (seed 004: what turns a complaint into a crisis). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'contempt',
  rules: [
    {
      id: 'fr.contempt.contempt',
      signal: 'contempt_reported',
      pattern: String.raw`\b(?:s'en (?:fichait|fichaient|fiche|fichent|foutait|foutaient|fout|foutent|moque|moquait|moquaient)|rien (?:voulu|a) savoir|n'a rien voulu savoir|(?:nie|niait|nient|nier) (?:tout|les faits|en bloc)|la direction nie|sans (?:meme )?(?:s'excuser|un mot d'excuse|une excuse)|aucune? (?:excuses?|geste|reponse|explication|compassion|empathie)|pas (?:un mot d'|une )excuse|meprisant\w{0,2}|avec mepris|de haut en bas|(?:nous|me|les|m') ?(?:a |ont |avait |avaient )?(?:pris|regarde|toise|traite)\w{0,3} de haut|(?:leve|levait|levant) les yeux au ciel|(?:haussant|hausse|haussait) les epaules|rit au nez|ri au nez|rire au nez|nous a raccroche au nez|raccroche au nez|ignores?|ignoree?s? (?:par|pendant)|personne (?:n'a|ne) (?:reagi|repond|repondu|bouge)|personne pour s'en soucier|a remis en cause notre parole|traite(?:e|s|es)? de menteu\w{1,3})\b`,
      weight: 0.55,
      examples: ['Le personnel s\'en fichait complètement', 'la réception n\'a rien voulu savoir', 'Le restaurant nie tout', 'sans même s\'excuser', 'un serveur qui lève les yeux au ciel'],
      counterExamples: ['ils se sont excusés et ont réglé le souci', 'un sommelier de haut vol'],
    },
  ],
};
export default family;
