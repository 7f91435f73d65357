/** Italian: the same story on several platforms. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'multi-channel',
  rules: [
    {
      id: 'it.multi-channel.multi-channel',
      signal: 'multi_channel',
      pattern: r`\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b[^.!?]{0,25}\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b`,
      weight: 0.5,
      examples: ['su Booking, Google e TripAdvisor', 'Lascerò cinque stelle su Google e TripAdvisor'],
      counterExamples: ['prenotato su Booking'],
    },
  ],
};
export default family;
