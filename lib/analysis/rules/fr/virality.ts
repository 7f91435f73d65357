/** French: audience, influence, media and diffusion on several channels (seed 004, ingredients 3 and 4). */
import type { RuleFamily } from '../types';

const PLATFORM = String.raw`(?:google|tripadvisor|trip advisor|trip|booking|facebook|insta|instagram|tiktok|twitter|yelp|thefork|la fourchette|airbnb|expedia|youtube|linkedin)`;

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
    {
      id: 'fr.virality.multi_channel',
      signal: 'multi_channel',
      pattern: String.raw`\b${PLATFORM}\b[^.!?]{0,25}\b(?:et|,|ou)\b[^.!?]{0,5}\b${PLATFORM}\b`,
      weight: 0.6,
      examples: ['un avis détaillé sur Google, TripAdvisor et Booking', 'sur insta et trip'],
      counterExamples: ['réservé sur Booking'],
    },
    {
      id: 'fr.virality.everywhere',
      signal: 'multi_channel',
      pattern: String.raw`\b(?:partout|sur tous les sites|sur toutes les plateformes|sur tous les reseaux|sur les reseaux sociaux|sur les reseaux)\b`,
      weight: 0.45,
      examples: ['je le partagerai partout', 'sur les réseaux sociaux'],
      counterExamples: ['il y avait du monde'],
      note: 'a positive promise ("avis dithyrambique partout") still counts here; risk reads it with the category',
    },
  ],
};
export default family;
