/** Virality: audience, influence, media, "everywhere" (crisis ingredient 4 of seed 004). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'virality',
  rules: [
    {
      id: 'en.virality.audience',
      signal: 'virality',
      pattern: '\\b(?:\\d[\\d,.]* ?[km]?|thousands of|millions of|hundreds of thousands of|\\d+ ?(?:thousand|million)) (?:followers|subscribers|readers|viewers|fans|people follow me)\\b',
      weight: 0.85,
      examples: ['I have 50k followers', 'my 120,000 subscribers', 'thousands of readers'],
      counterExamples: ['we were 2 guests'],
    },
    {
      id: 'en.virality.influencer',
      signal: 'virality',
      pattern: "\\b(?:influencer|content creator|travel blogger|food blogger|blogger|youtuber|tiktoker|my (?:blog|vlog|channel|youtube|instagram|tiktok|podcast|followers|audience|newsletter))\\b",
      weight: 0.75,
      examples: ['As a travel blogger', 'I will tell my followers', 'on my YouTube channel'],
      counterExamples: ['the channel on the TV did not work'],
    },
    {
      id: 'en.virality.media',
      signal: 'virality',
      pattern: '\\b(?:journalists?|the press|the media|newspapers?|news channel|local news|tv station|reporters?|go(?:es|ing)? viral|went viral|viral video)\\b',
      weight: 0.8,
      negatable: true,
      examples: ['I am contacting the local news', 'this will go viral', 'I work for a newspaper'],
      counterExamples: ['a free paper was available at breakfast'],
    },
    {
      id: 'en.virality.everywhere',
      signal: 'virality',
      pattern: '\\b(?:post|share|spread|write about|tell about|put) (?:it |this |the story |my experience )?(?:everywhere|all over (?:the internet|social media|the web)|far and wide)\\b',
      weight: 0.7,
      examples: ['I will share this everywhere', 'spread it all over social media'],
      counterExamples: ['dust everywhere'],
    },
  ],
};

export default family;
