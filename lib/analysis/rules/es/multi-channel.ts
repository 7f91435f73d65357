/** Spanish: the same story on several platforms. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'multi-channel',
  rules: [
    {
      id: 'es.multi-channel.multi-channel',
      signal: 'multi_channel',
      pattern: r`\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b[^.!?]{0,25}\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b`,
      weight: 0.5,
      examples: ['en Booking, Google y TripAdvisor', 'dejaré cinco estrellas en Google y TripAdvisor'],
      counterExamples: ['reservamos por Booking'],
    },
  ],
};
export default family;
