/** Italian: influencers, followers, media, "everywhere": what makes a post spread. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'virality',
  rules: [
    {
      id: 'it.virality.virality',
      signal: 'virality',
      pattern: r`\b(?:\d{1,3}(?:[.,]\d{3}| ?mila| ?k)? ?follower|influencer|blogger|youtuber|tiktoker|giornalist[ai]|la stampa|i media|televisione|tg|viral\w{1,6}|ovunque|dappertutto|su tutti i social|condivider(?:o|lo) (?:su|sui) (?:tutti i )?social)\b`,
      weight: 0.5,
      examples: ['ho 20mila follower su instagram', 'sono una travel blogger', 'diventerà virale', 'una recensione entusiasta ovunque'],
      counterExamples: ['abbiamo seguito le indicazioni'],
    },
  ],
};
export default family;
