/** English: public accusations — fake review, competitor, blackmail, fraud. */
import type { CheckRuleFamily } from '../types';

export const accusation: CheckRuleFamily = {
  lang: 'en',
  family: 'accusation',
  rules: [
    {
      id: 'en.accusation.fake',
      rule: 'public_accusation',
      kind: 'public_accusation.fake',
      pattern: String.raw`\b(?:(?:fake|fabricated|bogus|fraudulent|made[ \-]up|invented|fictitious|fictional|false)(?: \w{1,15})? (?:reviews?|ratings?|comments?|posts?|accounts?|profiles?|stor(?:y|ies)|complaints?|claims?|allegations?|guests?)|(?:this|your|the) (?:review|post|comment|account|story) (?:is|was|seems|looks|appears) (?:(?:to be|clearly|obviously|completely|totally|entirely|probably|a|an) ){0,2}(?:fake|false|fabricated|bogus|invented|fiction|made up|fraud)|you (?:never|did not|didn't|have never|haven't ever|have not) (?:even )?(?:stayed|eaten|dined|been|set foot|visited)(?: (?:with|here|at|in))?|no (?:record|trace) of (?:your|any|a|this) (?:stay|booking|reservation|visit|guest))\b`,
      note: 'Calling the review fake or saying the reviewer never came (TripAdvisor: no accusation of review fraud, no speculation about the reviewer).',
      examples: ['This is a fake review.', 'Your review is clearly fabricated.', 'You never stayed with us.', 'We have no record of your stay'],
      counterExamples: ['This is not a fake smile: our staff love their work.', 'We could not find your booking; please contact us.'],
    },
    {
      id: 'en.accusation.competitor',
      rule: 'public_accusation',
      kind: 'public_accusation.competitor',
      pattern: String.raw`\b(?:(?:written|posted|paid for|ordered|planted|sent|left) by (?:a |an |one of our |our |some )?(?:competitors?|competition|rivals?|competing (?:hotel|restaurant|business))|(?:a|one of our|our|some) (?:competitors?|rivals?)(?: \w{1,12}){0,4} (?:wrote|posted|is behind|are behind|left|paid)|(?:paid|bought|sponsored) (?:reviews?|trolls?|reviewers?)|(?:competitors?|rivals?)'s? (?:smear|attack|campaign|review))\b`,
      note: 'Saying a competitor wrote the review.',
      examples: ['This review was written by a competitor.', 'One of our competitors obviously posted this.', 'a paid troll'],
      counterExamples: ['Our rates compare well with the competition in town.'],
    },
    {
      id: 'en.accusation.blackmail',
      rule: 'public_accusation',
      kind: 'public_accusation.blackmail',
      pattern: String.raw`\b(?:blackmail\w{0,3}|extort\w{0,6}|ransom\w{0,2}|racketeer\w{0,3}|shakedown|holding us (?:to )?ransom)\b`,
      note: 'Naming blackmail or extortion in public: the blackmail reply stays neutral (DESIGN.md, journey 2).',
      examples: ['This is blackmail.', 'Your attempt to extort a refund failed.', 'holding us to ransom'],
      counterExamples: ['We do not grant any advantage in exchange for reviews.'],
    },
    {
      id: 'en.accusation.fraud',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:you(?: are|'re| were)(?: (?:a|an|just|nothing but|clearly))? (?:fraud(?:ster)?|scammer|con (?:man|artist)|crook|cheat|thief|swindler)|fraudsters?|scammers?|con artists?|(?:tried|trying|attempt(?:ed|ing)?|try) to (?:scam|defraud|cheat|con|swindle|rip off|trick) us|(?:insurance|credit card|chargeback|refund) fraud|fraudulent (?:claim|chargeback|dispute|request|refund)|scam (?:artist|attempt))\b`,
      note: 'Accusing the guest of fraud or a scam.',
      examples: ['You are a fraud.', 'You tried to scam us.', 'This is chargeback fraud.'],
      counterExamples: ['We understand the price felt high; here is what it includes.'],
    },
    {
      id: 'en.accusation.scam-claim',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:this|that|it|your (?:review|complaint|claim|story|post))(?: is|'s| was) (?:(?:just|nothing but|clearly|simply|obviously|a|an|pure|an attempted) ){0,3}(?:scam|con|fraud|hoax|swindle|shakedown)\b`,
      negatable: true,
      note: 'Calling the review or the complaint a scam; negatable ("this is not a scam": our prices are shown up front).',
      examples: ['This is a scam to get a free stay.', 'Your complaint is nothing but a con.'],
      counterExamples: ['Our breakfast is not a scam: it is included in every rate.'],
    },
  ],
};
