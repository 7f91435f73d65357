/** French: audience, influence, media (seed 004, ingredient 4). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'virality',
  rules: [
    {
      id: 'fr.virality.virality',
      signal: 'virality',
      pattern: String.raw`\b(?:mes (?:\d[\d .]{0,8}k? )?(?:abonnes|followers|lecteurs|fans)|(?:\d[\d .]{0,8}k? )(?:abonnes|followers)|influenceu(?:r|se)s?|blogueu(?:r|se)s?|ma chaine|mon blog|journalistes?|la presse|les medias|(?:faire|fera|va faire) le buzz|bad buzz|viral\w{0,3}|(?:60|soixante) millions de consommateurs|que choisir|envoye special|france ?(?:2|3|inter|bleu)|le parisien|le progres)\b`,
      weight: 0.6,
      examples: ['je vais en parler à tous mes abonnés', 'je suis influenceuse avec 50k followers', 'j\'ai contacté la presse'],
      counterExamples: ['la capitale des Gaules'],
    },
  ],
};
export default family;
