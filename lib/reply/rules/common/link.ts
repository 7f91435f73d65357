/** Links: the platforms reject promotional links, TripAdvisor any URL or HTML. */
import type { CheckRuleFamily } from '../types';

export const link: CheckRuleFamily = {
  lang: 'common',
  family: 'link',
  rules: [
    {
      id: 'common.link.url',
      rule: 'link',
      kind: 'link.url',
      pattern: String.raw`\b(?:https?|ftp)://[^\s<>"'()\[\]]{1,2000}|\bwww\.[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,5}(?:/[^\s<>"'()\[\]]{0,1000})?`,
      note: 'http(s):// and www. addresses.',
      examples: ['see https://hotel.example/offers', 'visit www.hotel-des-arts.fr'],
      counterExamples: ['the www is down'],
    },
    {
      id: 'common.link.domain',
      rule: 'link',
      kind: 'link.url',
      pattern: String.raw`(?<![@\p{L}\p{N}.\-/])[\p{L}\p{N}][\p{L}\p{N}\-]{0,62}(?:\.[\p{L}\p{N}\-]{1,63}){0,3}\.(?:com|net|org|fr|de|it|es|eu|be|ch|at|nl|uk|info|biz|io|co|hotel|travel|shop|online|site|COM|NET|ORG)(?![\p{L}\p{N}])(?!\.?[\p{L}\p{N}])(?:/[^\s<>"'()]{0,500})?`,
      on: 'original',
      note: 'Bare domain names (hotel-des-arts.fr, booking.com), on the text as typed: a missing space before a sentence ("nett.Es", "hotel.It") is not a domain; the domain of an e-mail address is the personal_data rule’s.',
      examples: ['book on hoteldesarts.com next time', 'sur booking.com', 'our site parkhotel.de/angebote'],
      counterExamples: ['etc. and so on', 'write to contact@hotel.fr', 'it was 3.5 stars', 'e.g. the pool', 'war sehr nett.Es gab', 'the hotel.It was'],
    },
    {
      id: 'common.link.markdown',
      rule: 'link',
      kind: 'link.markup',
      pattern: String.raw`\[[^[\]\n]{1,200}\]\([^()\s]{1,500}\)`,
      on: 'original',
      note: 'Markdown links.',
      examples: ['[our offers](https://x.example)'],
      counterExamples: ['[Name]'],
    },
    {
      id: 'common.link.html',
      rule: 'link',
      kind: 'link.markup',
      pattern: String.raw`<a\s[^<>]{0,500}>|</a>`,
      note: 'HTML anchors.',
      examples: ['<a href="https://x.example">here</a>'],
      counterExamples: ['a < b'],
    },
  ],
};
