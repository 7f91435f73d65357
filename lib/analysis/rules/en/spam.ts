/**
 * Off-topic: advertising, links, wrong business, unrelated rants. Gibberish is detected by the engine
 * (no language rule can list it).
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'spam',
  rules: [
    {
      id: 'en.spam.link',
      signal: 'spam',
      pattern: '\\bhttps?:\\/\\/|\\bwww\\.[a-z0-9-]+\\.|\\b[a-z0-9-]{3,}\\.(?:com|net|org|io|ru|xyz|biz|info|top|shop|click|link|online)\\/|\\b(?:t\\.me|wa\\.me|bit\\.ly)\\/',
      weight: 0.5,
      examples: ['visit https://example.com now', 'www.cheap-deals.biz'],
      counterExamples: ['booking.com was cheaper'],
      note: 'a link alone is weak (guests share photos); with advertising words it is spam',
    },
    {
      id: 'en.spam.advertising',
      signal: 'spam',
      pattern: "\\b(?:click (?:here|the link|below)|check out my|check my (?:profile|page|channel|bio)|(?:message|dm|pm|text) me if interested|visit (?:my|our) (?:website|site|page|profile|channel|shop)|buy now|order now|promo code|discount code|coupon code|use (?:my )?code|limited (?:time )?offer|earn (?:\\$|€|£)?\\d+|work from home|make money (?:fast|online|from home)|crypto (?:investment|trading|signals)|passive income|(?:returns|profits?) guaranteed|guaranteed (?:returns|profits?)|trading bot|forex|binary options|(?:buy|cheap|get) (?:followers|likes|reviews)|followers for sale|subscribe to my|follow me on|dm me for|seo services|online casino|casino bonus|viagra|cialis|cbd oil|payday loans?|weight loss pills|hot singles|onlyfans)\\b",
      weight: 0.85,
      examples: ['Click here to earn $500 a day', 'Buy followers cheap', 'use my code SAVE20 at checkout', 'Crypto trading signals, DM me for details', 'Check my profile', 'message me if interested'],
      counterExamples: ['we got a special rate from the hotel', 'we worked from the lobby', 'nobody would check my booking'],
    },
    {
      id: 'en.spam.wrong_business',
      signal: 'spam',
      pattern: '\\b(?:sorry,? wrong (?:hotel|restaurant|place|business|listing|page|location)|(?:posted|put|left|wrote) (?:this |my review |it )?(?:on|to|under|for) the wrong (?:hotel|restaurant|place|business|listing|page|location)|wrong (?:listing|business page)|this (?:is a )?review (?:is )?(?:of|about|for) [^.!?]{0,40}?, not (?:the|this|about the|about this) (?:hotel|restaurant|place|business|establishment)|meant to (?:review|post|write about) (?:a |another |the other )|this review (?:is|was) (?:meant )?for (?:a different|another|the other)|(?:i|we) (?:never|have never|didn\'t|did not) (?:stay|stayed|eat|ate|go|went|been) (?:here|there|at this)\\b[^.!?]{0,30}?\\b(?:but|just|only))',
      weight: 0.85,
      examples: ['This is a review of the city bus service, not the hotel', 'Sorry, wrong hotel', 'I posted this on the wrong listing', 'I meant to review the other restaurant', 'We never stayed here but the parking lot is ugly'],
      counterExamples: ['we went to the wrong floor', 'the taxi took us to the wrong hotel first'],
    },
    {
      id: 'en.spam.unrelated_rant',
      signal: 'spam',
      pattern: '\\b(?:vote (?:for|against)|the (?:government|president|prime minister|mayor) (?:is|are|should)|(?:democrats|republicans|liberals|conservatives|socialists|communists|immigrants) (?:are|will|should)|wake up (?:people|sheeple)|does anyone know (?:if|whether|where|how|when)|(?:jesus|god|allah) (?:loves you|saves|is coming)|repent|the end is near|flat earth|chemtrails|5g (?:towers|causes))\\b',
      weight: 0.6,
      examples: ['Vote for Smith on Tuesday', 'Wake up people, the government is lying', 'Jesus loves you, repent', 'Does anyone know if the bus from the airport still runs?'],
      counterExamples: ['the mayor of the town dined next to us'],
    },
    // word classes of other subjects: a service that is not this place; public affairs. Weak alone: off topic only
    // when no aspect of a stay is named (engine/category.ts)
    {
      id: 'en.spam.other_service',
      signal: 'spam',
      pattern: "\\b(?:recommend|know of|suggest|looking for|need) (?:a |an |any )?(?:good |decent |reliable |cheap |local )?(?:dentist|doctor|gp|lawyer|solicitor|plumber|electrician|mechanic|garage|hairdresser|barber|vet|babysitter|driving instructor|accountant|dermatologist|physio|builder|locksmith|estate agent)\\b",
      weight: 0.5,
      examples: ['Can anyone recommend a decent plumber in the area?', 'looking for a good vet nearby'],
      counterExamples: ['we recommend a good dinner at the bar'],
    },
    {
      id: 'en.spam.public_affairs',
      signal: 'spam',
      pattern: "\\b(?:the government|politicians|(?:income |council |property )?taxes|the tax office|inflation|the economy|parliament|the elections?|this country|the council)\\b",
      weight: 0.4,
      examples: ['The government keeps raising taxes on small businesses'],
      counterExamples: ['the counter staff were friendly'],
    },
  ],
};

export default family;
