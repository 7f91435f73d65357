/** English: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

/** something of value */
const OFFER = String.raw`(?:refund\w{0,8}|reimburs\w{0,8}|free|complimentary|comp|discount\w{0,8}|vouchers?|gift\w{0,8}|upgrade|credit|compensat\w{0,8}|coupons?|money back|\d{1,3} ?(?:%|percent) off|on the house|on us|rewards?|cash|we(?:'ll| will| would|'d| can| could) (?:give|send|offer|refund|reimburse|credit|comp|cover|pay)\w{0,2})`;
/** a condition or an exchange */
const CONDITION = String.raw`(?:if|once|when|whenever|as soon as|provided|providing|on condition|should|after|in case|the moment|upon|in exchange for|in return for|(?<!\b(?:thank you|thanks|thank|grateful|sorry|apologies) )for)`;
/** a condition that can open the sentence (not the exchange prepositions: "thank you for updating your review") */
const CONDITION_FIRST = String.raw`(?:if|once|when|whenever|as soon as|provided|providing|on condition|should|after|in case|the moment|upon)`;
const REVIEW = String.raw`(?:reviews?|ratings?|comments?|feedback|posts?|stars?|score)`;
/** the review being changed: verb + object, object + (auxiliary) participle, or a noun ("removal of the review") */
const REVIEW_CHANGE = String.raw`(?:(?:(?:updat|chang|edit|remov|delet|revis|amend|modif|rais|reconsider|withdraw|retract|tak\w{0,3} down|pull\w{0,3} down|bump|rewrit)\w{0,4})(?:[ '][\w\-]{1,14}){0,3}[ ']${REVIEW}|${REVIEW}(?: (?!(?:we|i|our|us)\b)[\w\-']{1,14}){0,3}(?: (?:is|was|has been|have been|gets|got|be|being|are|were|comes|came|goes|went|has))?(?: (?!(?:we|i|our|us)\b)[\w\-']{1,14})? (?:(?:updated|changed|edited|removed|deleted|revised|amended|modified|raised|withdrawn|retracted|taken down|pulled|gone|down)|(?:updat|chang|edit|remov|delet|revis|amend|modif|rais|reconsider|withdraw|retract|tak\w{0,3} down|pull\w{0,3} down|bump|rewrit)\w{0,4})|(?:removal|deletion|withdrawal|modification|revision|update|change)s? (?:of|to) (?:the |your |this |that )?${REVIEW})`;
const CHANGE_VERB = String.raw`(?:(?:updat|chang|edit|remov|delet|revis|amend|modif|rais|reconsider|withdraw|retract|tak\w{0,3} down|pull\w{0,3} down|bump|rewrit)\w{0,4})`;
const CHANGE = CHANGE_VERB;

export const incentive: CheckRuleFamily = {
  lang: 'en',
  family: 'incentive',
  rules: [
    {
      id: 'en.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?;]{0,100}\b${CONDITION}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review in the same sentence.',
      examples: ['We\'d love to offer you a complimentary dinner once your review has been updated.', 'We will refund you in full provided the review is taken down.', 'We can offer you a free night if you change your rating.', 'We would gladly comp your dinner if you could reconsider your one-star rating.'],
      counterExamples: ['We have refunded the night as agreed. Thank you for your review.', 'We offer free cancellation if you change your mind.', 'We do not offer refunds in exchange for removing reviews.', 'Your review helps us improve, and we have refunded the breakfast.', 'After your review we changed our supplier and now offer free coffee.'],
    },
    {
      id: 'en.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${CONDITION_FIRST}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b[^.!?;]{0,100}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer, in the same sentence.',
      examples: ['If you update your review we will refund your stay.', 'Should you decide to revise your rating, we will happily refund the stay.', 'Once you delete the post, we’ll send you a voucher.', 'As soon as the negative review is gone, we\'ll refund you.'],
      counterExamples: ['If you leave us a review, we will read it with care.', 'If you update your booking, we will refund the difference.'],
    },
    {
      id: 'en.incentive.imperative',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`(?<=^|[.!?;:] )(?:(?:just |simply |please |kindly )?)${CHANGE_VERB}\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,20}\b(?:and|then)\b[^.!?]{0,60}\b${OFFER}`,
      negatable: true,
      note: 'An order to change the review, then an offer: "remove the review and we refund you".',
      examples: ['Remove the review and we\'ll refund you.', 'Take down your post and we will give you a free night.', 'Change your rating to 5 stars and your next stay is on us.'],
      counterExamples: ['Thank you for updating your review and for your patience.', 'We changed the mattresses and repainted the rooms.'],
    },
    {
      id: 'en.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:(?:in exchange for|in return for|against) (?:(?:a|an|the|your|this|that|good|better|positive|5-star|five-star|5 star|glowing|new|updated|revised|more positive|kind|nice)[ \-]){0,3}(?:reviews?|ratings?|feedback|(?:removal|deletion|withdrawal|modification|revision|removing|deleting|changing|updating|editing|amending|revising|withdrawing|taking down|improving|raising) (?:of )?(?:(?:the|your|this|that|a|my) )?${REVIEW})|(?<!\b(?:thank you|thanks|thank|grateful|appreciate you|apologies|sorry) )for (?:removing|deleting|changing|updating|editing|amending|revising|withdrawing|taking down|improving|raising) (?:(?:the|your|this|that|a|my) )?${REVIEW})\b`,
      negatable: true,
      note: '"in exchange for removing the review", "in return for a 5-star review"; "thank you for your review" has no gerund and stays fine.',
      examples: ['A free dinner in exchange for removing the review.', 'We offer upgrades in return for a positive review.', 'a voucher for deleting your review'],
      counterExamples: ['Thank you for your review.', 'We do not grant advantages in exchange for reviews.', 'We never offer anything in return for a review, but we would like to hear from you.'],
    },
    {
      id: 'en.incentive.post-and-get',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:leave|post|write|give)(?: us)? (?:a |an )?(?:(?:5|five)[ \-]?stars?|positive|good|glowing|great)(?: review| rating)?[^.!?]{0,60}\b(?:and|to) (?:get|receive|enjoy|win|earn|be rewarded)\b`,
      negatable: true,
      note: 'Buying a review: "leave a 5-star review and get 10% off".',
      examples: ['Leave us a 5-star review and get 10% off your next stay.', 'Post a positive review to receive a free cocktail'],
      counterExamples: ['Thank you for the five stars, and enjoy your summer.'],
    },
  ],
};
