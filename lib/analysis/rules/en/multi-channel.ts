/** Diffusion across channels (crisis ingredient 3 of seed 004): the story is, or will be, on several sites. */
import type { RuleFamily } from '../types';

const SITE = '(?:google|tripadvisor|trip advisor|yelp|booking(?:\\.com)?|facebook|instagram|twitter|tiktok|trustpilot|expedia|hotels\\.com|airbnb|reddit|youtube|the fork|thefork|opentable|linkedin|threads|x\\.com)';

const family: RuleFamily = {
  lang: 'en',
  family: 'multi-channel',
  rules: [
    {
      id: 'en.multi_channel.also_posted',
      signal: 'multi_channel',
      pattern: `\\b(?:also|already|too|as well) (?:posted|shared|written|wrote|published|reported|put|left)\\b[^.!?]{0,25}?\\b(?:on|to) ${SITE}\\b|\\b(?:posted|shared|published|reported|left) (?:this |it |the same |my review |a review )?(?:on|to) ${SITE} (?:too|as well|also)\\b`,
      weight: 0.85,
      examples: ['I have also posted this on Facebook', 'posted it on Google too'],
      counterExamples: ['we booked on Booking.com'],
    },
    {
      id: 'en.multi_channel.sites_list',
      signal: 'multi_channel',
      pattern: `\\b(?:on|to|across) ${SITE}(?:,| and| &| as well as| plus)(?: on| to)? ${SITE}\\b`,
      weight: 0.85,
      examples: ['on Google, TripAdvisor and Facebook', 'to Yelp and Trustpilot'],
      counterExamples: ['on Google Maps the hotel looks closer'],
    },
    {
      id: 'en.multi_channel.all_sites',
      signal: 'multi_channel',
      pattern: '\\b(?:all|every|each) (?:the )?(?:review )?(?:sites?|platforms?|websites?|social networks?|forums?)\\b|\\b(?:social media|social networks|facebook groups?|travel forums?)\\b',
      weight: 0.6,
      examples: ['on every review site', 'shared in Facebook groups', 'all over social media'],
      counterExamples: ['we found it on one site'],
    },
  ],
};

export default family;
