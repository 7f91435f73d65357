/** French: diffusion on several platforms or "everywhere" (seed 004, ingredient 3). */
import type { RuleFamily } from '../types';

const PLATFORM = String.raw`(?:google|tripadvisor|trip advisor|trip|booking|facebook|insta|instagram|tiktok|twitter|yelp|thefork|la fourchette|airbnb|expedia|youtube|linkedin)`;

const family: RuleFamily = {
  lang: 'fr',
  family: 'multi-channel',
  rules: [
    {
      id: 'fr.multi-channel.multi_channel',
      signal: 'multi_channel',
      pattern: String.raw`\b${PLATFORM}\b[^.!?]{0,25}\b(?:et|,|ou)\b[^.!?]{0,5}\b${PLATFORM}\b`,
      weight: 0.6,
      examples: ['un avis détaillé sur Google, TripAdvisor et Booking', 'sur insta et trip'],
      counterExamples: ['réservé sur Booking'],
    },
    {
      id: 'fr.multi-channel.everywhere',
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
