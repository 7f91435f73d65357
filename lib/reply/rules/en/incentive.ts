/** English: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

const OFFER = String.raw`(?:refund\w{0,3}|reimburs\w{0,5}|free|complimentary|discount\w{0,3}|vouchers?|gift\w{0,5}|upgrade|credit|compensat\w{0,6}|coupons?|money back|\d{1,3} ?(?:%|percent) off|on the house|rewards?|cash|we(?:'ll| will| would|'d| can| could) (?:give|send|offer|refund|reimburse|credit|comp)\w{0,2})`;
const CHANGE = String.raw`(?:updat|chang|edit|remov|delet|revis|amend|tak\w{0,3} down|modif|improv|rais|reconsider|withdraw|retract|adjust|correct|pull|bump)\w{0,4}`;
const REVIEW = String.raw`(?:reviews?|ratings?|comments?|feedback|posts?|stars?|score)`;

export const incentive: CheckRuleFamily = {
  lang: 'en',
  family: 'incentive',
  rules: [
    {
      id: 'en.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?]{0,80}\b(?:if|once|when|as soon as|provided(?: that)?|in return for|in exchange for|for|after) (?:you )?(?:\w{1,12} )?${CHANGE}[^.!?]{0,30}\b${REVIEW}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review: "free night if you change your rating".',
      examples: ['We can offer you a free night if you change your rating.', 'A full refund once you remove this review.', 'We will give you 20% off for updating your review'],
      counterExamples: ['We have refunded the night as agreed. Thank you for your review.', 'We offer free cancellation if you change your mind.', 'We do not offer refunds in exchange for removing reviews.'],
    },
    {
      id: 'en.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:if|once|when|as soon as|provided(?: that)?) you(?: \w{1,12})? (?:${CHANGE}|leav\w{0,3}|post\w{0,3}|writ\w{0,3}|giv\w{0,3})[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,80}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer: "if you update your review we\'ll refund".',
      examples: ['If you update your review we will refund your stay.', 'Once you delete the post, we’ll send you a voucher.', 'If you leave a 5-star review you get a free drink'],
      counterExamples: ['If you leave us a review, we will read it with care.', 'If you update your booking, we will refund the difference.'],
    },
    {
      id: 'en.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:(?:in exchange for|in return for|against) (?:(?:a|an|the|your|this|that|good|better|positive|5-star|five-star|5 star|glowing|new|updated|revised|more positive|kind|nice)[ \-]){0,3}(?:reviews?|ratings?|feedback|(?:removal|deletion|withdrawal|modification|revision|removing|deleting|changing|updating|editing|amending|revising|withdrawing|taking down|improving|raising) (?:of )?(?:(?:the|your|this|that|a|my) )?${REVIEW})|for (?:removing|deleting|changing|updating|editing|amending|revising|withdrawing|taking down|improving|raising) (?:(?:the|your|this|that|a|my) )?${REVIEW})\b`,
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
