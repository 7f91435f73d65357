/**
 * Demand: the writer asks for an advantage (refund, free night, upgrade, discount, money, gift card).
 * On its own a demand is a complaint; tied to a review (threat, conditional edit, retaliation) it is blackmail.
 */
import type { RuleFamily } from '../types';

// What a blackmailer asks for; shared by the rules of this file only.
const ADVANTAGE =
  '(?:(?:a |an |my |our |the |some )?(?:full |partial |complete |total |immediate )?(?:refund|reimbursement|compensation|money back|discount|voucher|gift card|upgrade|rebate|credit note|goodwill \\w+)|(?:a |an )?(?:free|complimentary) (?:\\w+ )?(?:night|nights|stay|room|meal|meals|dinner|lunch|breakfast|upgrade|drinks?|bottle|weekend|suite|spa|menu|massage|treatment)|(?:\\d+ ?%|\\d+ percent|half) off|(?:to be |be )?(?:on the house|free of charge|for free))';

const family: RuleFamily = {
  lang: 'en',
  family: 'demand',
  rules: [
    {
      id: 'en.demand.want_advantage',
      signal: 'demand',
      pattern: `\\b(?:i|we) (?:want|demand|expect|need|insist on|require|deserve|am owed|are owed|am entitled to|are entitled to|would like|'d like|request)\\b[^.!?]{0,25}?${ADVANTAGE}`,
      weight: 0.8,
      negatable: true,
      examples: ['I want a full refund.', 'We expect compensation for this disaster', 'I demand a free night', 'We deserve at least 50% off', 'I expect the two nights to be on the house'],
      counterExamples: ['I want to thank the staff', 'We did not expect a refund', 'they gave us a refund'],
    },
    {
      id: 'en.demand.imperative',
      signal: 'demand',
      pattern: `\\b(?:(?:refund|reimburse|compensate|repay|upgrade|comp|credit) (?:me|us)\\b|credit back\\b|give (?:me|us)(?: back)? ${ADVANTAGE}|give (?:me|us) (?:my|our) money back|give (?:me|us) (?:the |a |our )?\\w+ (?:for free|free of charge|on the house)|(?:send|offer) (?:me|us) ${ADVANTAGE}|(?:sort out|arrange|process) ${ADVANTAGE})`,
      weight: 0.8,
      examples: ['Refund me now', 'Give us a free night', 'give me my money back', 'Send me a voucher and', 'Upgrade us tonight', 'give us the room for free tonight', 'sort out a refund for the broken safe', 'credit back the resort fee'],
      counterExamples: ['they refunded us at once', 'the manager offered a drink'],
    },
    {
      id: 'en.demand.money_back',
      signal: 'demand',
      pattern: '\\b(?:want|demand|expect|need|get|getting|deserve) (?:all of )?(?:my|our) (?:money|deposit|cash) back\\b|\\b(?:refund|money) (?:they|you|he|she) owes? (?:me|us)\\b',
      weight: 0.75,
      negatable: true,
      examples: ['I want my money back', 'we deserve our money back', 'if i dont get my deposit back', 'the refund they owe me'],
      counterExamples: ['we did not want our money back, just an apology', 'I got my money back from the bank'],
      note: 'negatable: "did not want our money back" is cancelled',
    },
    {
      id: 'en.demand.give_back',
      signal: 'demand',
      pattern: `\\b(?:give|pay|hand|send) (?:me|us) back\\b|\\b(?:\\d+|half)(?: \\w+)? back (?:and|then) (?:we\'re|we are|i\'m|it\'s|we call it) (?:good|square|even|done|quits|sorted)\\b|\\b(?:half|part|most|\\d+ ?%) of (?:that|it|this|the \\w+) (?:should|must|ought to) (?:come back|be (?:refunded|returned|given back))\\b|\\b(?:give|send|pay) (?:me|us) (?:\\d+ ?%|half|part|the money|our money|my money|the difference)|(?:[$€£] ?\\d[\\d,.]*|\\b\\d[\\d,.]* ?(?:[$€£]|dollars|euros|pounds|usd|eur|gbp)\\b)(?: back| refund| off| in compensation| compensation)?(?: (?:would be|is|seems|sounds|feels)) (?:fair|reasonable|appropriate|the least you can do|enough)\\b|${ADVANTAGE}(?: (?:of|for|on) [^.!?]{0,30}?)?(?: now| today)? (?:(?:would|will|should|could|seems?|sounds?|feels?|is)(?: to me)? (?:be )?(?:a (?:good |fair )?start|spare (?:us|me|you)|an? (?:fair|appropriate|reasonable|acceptable) (?:way|solution|gesture|outcome)|fair|reasonable|appropriate|acceptable|appreciated|settle|fix|resolve|sort|make (?:this|it|things) right|go a long way|make up for|change (?:my|our) minds?|make (?:me|us) reconsider)|and (?:we|i|you and i)(?: can| could|'ll| will)?(?: both| all)? (?:move on|call it (?:even|quits)|be (?:square|even|done)|forget (?:it|about it|this)|put this behind us|make sure (?:they|everyone|people|my \\w+)))`,
      weight: 0.75,
      examples: ['Give us back 50% or else', 'pay me back by Monday', 'send us the difference', "100 back and we're good", 'half of that should come back to me', 'I think 300 euros back is fair', '$200 would be reasonable', 'a refund would settle it', 'a free night will make things right', 'a free dinner would change my mind', 'A refund of the second night would be a good start', 'a discount seems fair', 'a refund and we can both move on', 'two free nights would be an appropriate way', 'a complimentary menu would go a long way', 'a refund now would spare us both', 'a refund is reasonable'],
      counterExamples: ['they gave us back our passports', '300 euros a night for Paris', 'a good night would fix everything'],
    },
    {
      id: 'en.demand.waive_charge',
      signal: 'demand',
      pattern: "\\b(?:(?:comp|waive|remove|drop|cancel|take off|knock off|refund|cover|reverse|pay back|sort|settle|reimburse|write off) (?:the|my|our|this|that|all the|these)(?: \\w+){0,2}? (?:fee|fees|charge|charges|bill|tab|dinner|meal|drinks|minibar|night|nights|room|stay|surcharge|cost|costs|parking|taxi|transfer|tour|excursion|treatment|tickets?)|(?:take|knock|shave) (?:a|one|two|the|half|\\d+ ?%?)(?: \\w+){0,2}? off (?:the|my|our|this) (?:bill|invoice|total|price|rate))\\b",
      weight: 0.7,
      reportable: true,
      examples: ['comp our dinner tonight', 'remove the cleaning fee from my bill', 'waive the parking charges', 'refund the taxi you promised', 'Sort the parking charge', 'if you reimburse the full stay', 'Maybe take a night off our bill?'],
      counterExamples: ['they kindly waived the parking charges', 'we moved the dinner booking'],
    },
    {
      id: 'en.demand.unless_advantage',
      signal: 'demand',
      pattern: `\\b(?:unless|if) (?:you|she|he|they|the (?:hotel|manager|owner|staff|restaurant|receptionist|management))(?: [a-z']+){0,3}? (?:refund|refunds|refunded|compensate|compensates|compensated|pay|pays|paid|discount|waive|waives|waived|comp|comps|upgrade|upgrades|give (?:me|us)|gives (?:me|us)|offer (?:me|us))\\b|\\b(?:make (?:this|it|things) right|make it up to (?:me|us)|compensate (?:me|us) (?:properly|fairly|accordingly))\\b[^.!?]{0,30}?\\b(?:refund|money|discount|free|compensat\\w*|voucher|pay)`,
      weight: 0.7,
      examples: ['unless she refunded the minibar', "if you don't refund me", 'unless the manager gives us a discount', 'Make it right with a refund', 'make it up to us with a free dinner'],
      counterExamples: ['if you stay here, bring earplugs', 'make it right next time'],
    },
    {
      id: 'en.demand.pay_back_thing',
      signal: 'demand',
      pattern: '\\b(?:pays?|gives?|sends?|hands?) (?:back|me back|us back) (?:the|my|our) (?:deposit|money|fee|fees|payment|excursion|booking|bill)\\b|\\b(?:return|refund) (?:the|my|our) (?:deposit|payment|money)\\b|\\b(?:charges?|fees?|deposit|surcharge|money) (?:is |are |gets |get |to be )?(?:disappears?|removed|waived|refunded|returned|credited|reversed|taken off|comes? off|paid back|written off)\\b|\\b(?:bill|tab) is written off\\b',
      weight: 0.75,
      reportable: true,
      examples: ['pay back the deposit today', 'refund my deposit now', 'once the charge disappears', 'as long as the deposit is returned', 'I expect the spa charges to be removed'],
      counterExamples: ['they refunded our deposit quickly', 'the deposit was returned'],
    },
    {
      id: 'en.demand.arrangement',
      signal: 'demand',
      pattern: `\\b(?:find|come to|reach|work out|make|strike) (?:an|some|a) (?:arrangement|agreement|deal|understanding|settlement)\\b|${ADVANTAGE} (?:that )?(?:i|we) (?:asked for|requested|demanded|was promised|were promised)\\b`,
      weight: 0.55,
      examples: ["I'm sure we can find an arrangement", 'the goodwill voucher I asked for'],
      counterExamples: ['the flower arrangement was lovely', 'I asked for a refund and they refused'],
      note: 'a negotiation opener or an advantage asked for: blackmail only with a threat or an edit nearby',
    },
    {
      id: 'en.demand.advantage_mention',
      signal: 'demand',
      pattern: '\\b(?:refund|refunded|reimbursed|reimbursement|compensation|compensated|money back|discount|voucher|upgrade|on the house|comp|comped|waived?|free (?:breakfast|night|nights|stay|meal|dinner|drinks?|room|upgrade|parking|week))\\b|(?:[$€£] ?\\d[\\d,.]*|\\b\\d[\\d,.]* ?(?:[$€£]|usd|eur|euros|dollars|pounds|gbp)\\b)',
      weight: 0.4,
      negatable: true,
      reportable: true,
      examples: ['unless we agree on compensation tonight', 'free breakfast for the rest of the week'],
      counterExamples: ['they refunded us without asking', 'no discount at all'],
      note: 'an advantage merely named: only a review mention AND a condition close by make it count (engine: soft tie)',
    },
    {
      id: 'en.demand.payment',
      signal: 'demand',
      pattern: `\\b(?:pay|send|transfer|wire|give)(?: me| us)? (?:[$€£] ?\\d[\\d,.]*|\\d[\\d,.]* ?(?:[$€£]|dollars|euros|pounds|usd|eur|gbp)\\b)|\\b(?:buy|send|get|purchase) (?:me |us )?(?:\\d+ |some |a |an )?(?:amazon |apple |itunes |google play |steam |visa |vanilla )?gift ?cards?\\b`,
      weight: 0.8,
      examples: ['Send me $300 by Friday', 'pay us 500 euros', 'Transfer €200', 'buy 3 Amazon gift cards', 'send us a gift card worth $100'],
      counterExamples: ['we paid $300 for one night', 'the gift shop was nice'],
    },
    {
      id: 'en.demand.what_offer',
      signal: 'demand',
      pattern: "\\bwhat (?:are you|will you|do you|is the hotel|is the restaurant) (?:going to |gonna |willing to )?(?:offer|give|do for) (?:me|us)\\b|\\bwhat (?:you can|you could|you(?:'re| are|'d be| would be) (?:willing|prepared) to) (?:offer|do)\\b|\\b(?:bottle|round) of \\w+\\b[^.!?]{0,30}?\\b(?:would|could|might) (?:certainly |really )?(?:help|do the trick)\\b",
      weight: 0.6,
      examples: ['What are you going to offer me?', 'what will you give us to make up for it', 'Let me know what you can offer', 'A bottle of champagne would certainly help'],
      counterExamples: ['what do you offer for breakfast'],
    },
    {
      id: 'en.demand.free_thing',
      signal: 'demand',
      pattern: '\\b(?:a |an |another )?free (?:night|nights|stay|meal|dinner|upgrade|weekend|suite)\\b|\\b(?:dinner|meal|drinks|night|room|bill) (?:was|is|were|be) on you\\b',
      weight: 0.5,
      negatable: true,
      reportable: true,
      examples: ['a free night, then', 'another free stay', 'if our dinner was on you tonight'],
      counterExamples: ['they gave us a free upgrade without asking', 'we were offered a free dinner', 'no free upgrade this time'],
      note: 'weak alone; only with a review threat does it make blackmail. Reported gifts are cancelled.',
    },
  ],
};

export default family;
