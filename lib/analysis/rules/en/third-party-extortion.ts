/**
 * Third-party extortion: someone says they posted, or were ordered or paid to post, negative reviews,
 * usually before asking for money to stop (the opening move of a review-extortion scam).
 */
import type { RuleFamily } from '../types';

const BAD = '(?:negative|bad|fake|one[- ]star|1[- ]star|poor|critical)';
const NEG = `(?:${BAD} )?`;
// reviews in the plural or bad ones: "someone asked me to write a review" is no scam
const BAD_REVIEWS = `(?:reviews|${BAD} reviews?)`;

const family: RuleFamily = {
  lang: 'en',
  family: 'third-party-extortion',
  rules: [
    {
      id: 'en.third_party_extortion.ordered_to_post',
      signal: 'third_party_extortion',
      pattern: `\\b(?:i|we) (?:was|were|have been|am|are|got|had been) (?:(?:ordered|paid|hired|instructed|told|asked|contracted|commissioned|employed) to (?:post|write|leave|publish|put)|(?:given the task of|tasked with) (?:posting|leaving))\\b[^.!?]{0,30}?\\b${BAD_REVIEWS}\\b|\\b(?:contracted|hired|paid) by (?:a|an|your) (?:rival|competitor|client)\\b[^.!?]{0,50}?\\b(?:reviews?|ratings?)\\b|\\b(?:asked|paid|hired|told|ordered) to (?:review|rate) (?:your|the) \\w+ negatively\\b|\\bnegative (?:feedback|reviews?) (?:program|campaign|list)\\b[^!?]{0,100}?\\b(?:fee|pay|payment)\\b|\\b(?:someone|somebody|they|(?:a|an|one|my|our|your) (?:client|customer|employer|boss|competitor|company|agency|rival|third party)(?: of (?:ours|mine))?) (?:has |have )?(?:ordered|paid|hired|asked|instructed|told|commissioned) (?:me|us) to (?:post|write|leave|publish)\\b[^.!?]{0,40}?\\b${BAD_REVIEWS}\\b`,
      weight: 0.95,
      examples: ['I was ordered to post negative reviews about your business', 'we were paid to leave 1-star reviews', 'we were given the task of leaving 1* reviews', 'contracted by a rival business to target your ratings', 'Our members have been asked to review your venue negatively', 'our negative feedback program: a fee of $150', 'Someone ordered me to post reviews on your page', 'a competitor paid us to write bad reviews', 'A client of ours has instructed us to publish negative reviews'],
      counterExamples: ['I was asked to fill in a survey', 'I was told to leave the key at reception', 'I was asked to leave a review at checkout', 'someone asked me to book a table', 'Someone told me to write a review about the cocktails'],
    },
    {
      id: 'en.third_party_extortion.pay_to_remove',
      signal: 'third_party_extortion',
      pattern: `\\bto (?:remove|delete|stop|take down|end|halt|prevent) (?:these|the|those|all|further|more|any more|future)? ?${NEG}(?:reviews|ratings)\\b[^.!?]{0,50}?\\b(?:pay|send|contact|whatsapp|telegram|transfer|gift ?cards?|bitcoin|btc|usdt|crypto|fee|\\$|€|£)|\\b(?:the )?(?:reviews|ratings|attacks) (?:will )?(?:stop|end|disappear|be removed|go away) (?:when|once|as soon as|after|if) (?:you|we|i)\\b[^.!?]{0,30}?\\b(?:pay|paid|receive|received|transfer|send|get)|\\b(?:i|we|our (?:agency|company|team|client|partners)|my (?:agency|company|team|client)) (?:has |have |just |already )*(?:posted|left|published|written|wrote|placed|dropped|put) (?:\\d+|two|three|four|five|ten|several|multiple|many|some|a few|these|those|a series of|a number of) ${NEG}(?:reviews?|ratings?) (?:on|about|for|to|under) (?:your|the) (?:business|page|profile|listing|hotel|restaurant|google|location)`,
      weight: 0.9,
      examples: ['To remove these reviews, contact us on WhatsApp', 'to stop the negative reviews pay $200 in gift cards', 'The reviews will stop once you pay', 'reviews disappear when we receive the transfer', 'We have posted 5 negative reviews on your business', 'I left several one-star reviews on your profile', 'Our agency has placed several one-star ratings on your listing'],
      counterExamples: ['to remove stains, ask housekeeping', 'the noise will stop when the works end', 'we posted photos on your page'],
    },
    {
      id: 'en.third_party_extortion.make_reviews_vanish',
      signal: 'third_party_extortion',
      pattern: `\\b(?:we|i) (?:can|could|will) (?:make|have) (?:the |these |those |all |your |all the |all your )?${NEG}(?:reviews|ratings)(?: on your \\w+| about you)? (?:go away|disappear|vanish|removed|deleted|taken down)\\b|\\b(?:we|i|(?:my|our) (?:agency|team)) (?:can|could|will) (?:have|get) (?:them|these|those) (?:removed|deleted|taken down)\\b[^.!?]{0,30}?\\b(?:fee|pay|price)|\\b(?:we|i) (?:will|can) (?:make sure|ensure) (?:no ${NEG}(?:reviews|ratings) appear|(?:the |these |those )?(?:reviews|ratings) never appear)\\b|\\b(?:we|i) (?:can|could|will) (?:remove|delete|take down|get rid of) (?:the |these |those |all |your |all the |all your )?${NEG}(?:reviews|ratings) (?:on|from|about) (?:your|the)\\b|\\b(?:pay|send|transfer|wire)\\b[^.!?]{0,40}?\\band (?:they|the reviews|the ratings|these reviews|those reviews|them|all of them) (?:will|shall|would|are) (?:be )?(?:deleted|removed|gone|disappear|go away|stop|taken down)\\b|\\b(?:reviews|ratings) (?:this month |this week |today )?(?:from|by|through) our (?:network|team|agency|accounts|people|partners)\\b|\\b(?:stand down|back off) in (?:return|exchange) for\\b|\\b(?:decline|cancel|call off) (?:this|the) (?:job|campaign|task)\\b[^.!?]{0,20}?\\bif\\b[^.!?]{0,30}?\\bpay|\\b(?:pay|send|transfer)\\b[^!?]{0,60}?\\b(?:we|i) (?:cancel|stop|call off) the (?:order|job|campaign)\\b|\\b(?:more|further|additional|other|dozens of|hundreds of) ${NEG}(?:reviews|ratings) (?:will|are going to|shall) (?:follow|come|be posted|appear|keep coming|arrive)\\b|\\b(?:listing|business|page|profile|hotel|restaurant) (?:is scheduled to|will|is going to|is about to|is set to) (?:receive|get)\\b[^.!?]{0,20}?\\b${BAD} (?:reviews|ratings)`,
      weight: 0.85,
      examples: ['We can make the bad reviews on your page go away', 'I can remove all the negative reviews from your profile', 'we will make sure those reviews never appear', 'we can ensure no negative reviews appear', 'My agency can have them removed within 48 hours for a fee', 'Pay 300 USD via Western Union and they will be deleted', 'Your hotel received 8 bad reviews this month from our network', 'decline this job if you make a payment', 'Send 0.005 BTC and we cancel the order', 'willing to stand down in return for a fee', 'More negative reviews will follow', 'dozens of 1-star reviews are going to appear', 'your listing is scheduled to receive 20 one-star ratings'],
      counterExamples: ['we can make the room darker', 'we can ensure the reviews appear on Google', 'we paid and they were very kind', 'we had to cancel the order and pay', 'more photos will follow', 'the hotel will get more good reviews'],
      note: 'an unsolicited offer to remove reviews for money is the other face of the extortion scam',
    },
    {
      id: 'en.third_party_extortion.bombing',
      signal: 'third_party_extortion',
      pattern: '\\b(?:(?:1|one)[- ]?star|review|rating) (?:bombing|bomb|attack|campaign)\\b|\\bon our list\\b',
      weight: 0.5,
      examples: ['Ur restaurant is on our list for 1 star bombing this weekend'],
      counterExamples: ['a rating attached to the photo'],
      note: 'weak alone (news talk of review bombing); with a payment channel: the scam',
    },
  ],
};

export default family;
