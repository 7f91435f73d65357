/** Multi-channel (German): the story is or will be posted on several sites (004: diffusion). */
import type { RuleFamily } from '../types';

const SITE = String.raw`(?:google|tripadvisor|facebook|instagram|tiktok|youtube|booking(?:\.com)?|holidaycheck|yelp|twitter|trustpilot|thefork|expedia)`;

const family: RuleFamily = {
  lang: 'de',
  family: 'multi-channel',
  rules: [
    {
      id: 'de.multi_channel.sites_list',
      signal: 'multi_channel',
      pattern: String.raw`\b${SITE}\b[^.!?]{0,20}?\b${SITE}\b`,
      weight: 0.8,
      examples: ['auf TripAdvisor und Google', 'Google, Tripadvisor, Facebook und Instagram'],
      counterExamples: ['auf Google gefunden'],
    },
    {
      id: 'de.multi_channel.also_posted',
      signal: 'multi_channel',
      pattern: String.raw`\b(?:auch|ebenfalls|zusae?tzlich|parallel) (?:auf|bei|in) (?:${SITE}|allen (?:portalen|plattformen)|den sozialen (?:medien|netzwerken))`,
      weight: 0.75,
      examples: ['Diese Bewertung steht auch auf Booking', 'ebenfalls in den sozialen Medien'],
      counterExamples: ['auch das Frühstück war gut'],
    },
    {
      id: 'de.multi_channel.all_sites',
      signal: 'multi_channel',
      pattern: String.raw`\b(?:auf allen (?:portalen|plattformen|kanae?len|seiten)|in allen (?:portalen|foren|netzwerken)|ue?berall im (?:internet|netz))\b`,
      weight: 0.75,
      examples: ['auf allen Portalen', 'überall im Internet'],
      counterExamples: ['in allen Zimmern'],
    },
  ],
};
export default family;
