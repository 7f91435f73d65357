/** French: claims that the business deleted or censored reviews. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'censorship',
  rules: [
    {
      id: 'fr.censorship.censorship',
      signal: 'censorship_claim',
      pattern: String.raw`\b(?:censur\w{1,5}|(?:mon|mes|notre|nos) (?:avis|commentaires?|messages?|posts?|critiques?) (?:a|ont) ete (?:supprime|efface|retire|masque)\w{0,2}|(?:ont|a|avez) (?:fait )?(?:supprimer|retirer|effacer|supprime|retire|efface) (?:mon|mes|notre|nos|l') ?(?:avis|commentaires?|messages?|posts?)|(?:ils|vous) (?:l'ont|l'avez|les ont|les avez) (?:supprime|efface|retire))\b`,
      weight: 0.6,
      examples: ['Ça censure sec sur cette page', 'ils l\'ont supprimé', 'ont supprimé mon avis'],
      counterExamples: ['ils ont retiré le plat de l\'addition', 'donc je retire mon avis négatif'],
    },
  ],
};
export default family;
