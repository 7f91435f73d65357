/**
 * Conditional edit: a review (or its stars) offered for change or removal in exchange for something.
 * When the exchange names an advantage, it is blackmail on its own; otherwise it needs a demand nearby.
 */
import type { RuleFamily } from '../types';

const CAN_EDIT = "(?:i|we)(?:'ll|'d| will| would| can| could| might| may| am willing to| are willing to|'m willing to|'re willing to|'m happy to|'re happy to| am happy to| are happy to| will gladly| will happily| will consider| would consider| could consider)";
const EDIT = '(?:change|update|edit|remove|delete|take down|revise|amend|modify|raise|improve|upgrade|reconsider|withdraw|retract|adjust|bump up|pull|revisit|rethink|rewrite|soften|tone down)';
const REVIEW = "(?:(?:my |our |the |this |that )?(?:review|rating|ratings|stars?|post|comment|feedback|one[- ]star|1[- ]star|verdict|write-?up)|what (?:i|we) (?:wrote|posted|said))";
const ADVANTAGE_WORD = '(?:refund\\w*|reimburs\\w*|compensat\\w*|money|discount\\w*|voucher|free|upgrade|gift|rebate|paid|pay|cash|credit|financially)';

const family: RuleFamily = {
  lang: 'en',
  family: 'conditional-edit',
  rules: [
    {
      id: 'en.conditional_edit.edit_for_advantage',
      signal: 'conditional_edit',
      pattern: `\\b${CAN_EDIT} ${EDIT} ${REVIEW}\\b[^.!?]{0,50}?\\b(?:if|once|when|as soon as|after|provided|in exchange for|in return for|for|the moment|the day)\\b[^.!?]{0,40}?\\b${ADVANTAGE_WORD}|\\b(?:if|once|when|as soon as|after|the moment) (?:you|they|the hotel|the restaurant|the manager|management|i|we)\\b[^.!?]{0,40}?\\b${ADVANTAGE_WORD}\\b[^.!?]{0,50}?\\b(?:i|we)(?:'ll| will| can| could| might| may|'d| would)(?: gladly| happily| be happy to)? ${EDIT}\\b[^.!?]{0,15}?\\b(?:review|rating|stars?|post|comment)|\\b(?:refund (?:me|us)|pay (?:me|us)|give (?:me|us) (?:a |my |our )?${ADVANTAGE_WORD}|send (?:me|us) (?:the )?(?:money|refund|voucher)|(?:remove|waive|drop|cancel|take off|comp|refund) (?:the|my|our|this|that)(?: \\w+){0,2}? (?:fee|fees|charge|charges|bill|surcharge|dinner|meal|minibar|night|nights|cost|parking))\\b[^.!?]{0,20}?\\b(?:and|then)\\b[^.!?]{0,20}?\\b(?:the|my|our|this) (?:review|rating|post|stars?|verdict|write-?up) (?:goes away|disappears|comes down|gets deleted|will be deleted|will be removed|is gone|will change|changes|will be (?:favou?rable|positive|kind|generous|glowing|better))|\\bno (?:refund|discount|compensation|upgrade|voucher|money back)\\b[ ,=-]{1,4}(?:no (?:good|positive|nice) (?:review|rating)|(?:a |the )?(?:1|one|zero|0)[- ]star|(?:a )?bad review)|\\b(?:i|we)(?:'ll| will| would|'d| can| could)(?: happily| gladly)? (?:bump|raise|change|move|put|take|update|increase|upgrade|turn) (?:it|that|them|my rating|the rating|my review|the review|the stars?|my stars?)(?: up)? to (?:five|5|four|4|three|3)(?: stars?)?\\b[^.!?]{0,40}?\\b(?:if|once|when|as soon as|after|the moment|provided)\\b[^.!?]{0,40}?\\b${ADVANTAGE_WORD}`,
      weight: 0.95,
      examples: ["I'll change my rating once refunded", 'We will remove the review if you refund us', 'I am willing to update my review in exchange for a discount', 'If you refund me, I will delete my review', 'Once I get a discount I could edit the review', 'When I get the money back we will remove the one-star post', 'Refund me and the review goes away', 'give us a discount and my rating will change', 'remove the cleaning fee from my bill and my review disappears', 'Comp the dinner and the verdict will be favourable', 'No refund, no good review', 'no refund = one star', "I'll bump it to five the moment the refund hits my account"],
      counterExamples: ['I will update my review if the manager answers', 'We changed rooms after one night', 'When we got our refund we were happy', 'the review goes away eventually', 'no refund was possible', 'we moved dinner to five'],
    },
    {
      id: 'en.conditional_edit.would_look_different',
      signal: 'conditional_edit',
      pattern: `\\b(?:this|my|our|the) (?:review|rating|stars?)(?: would| could| might| will)(?: look| be| read| sound)(?: very| quite| a lot| much| completely)? (?:different|better|nicer|kinder|friendlier|more positive)\\b|\\bmake (?:the|my|our) (?:review|write-?up|rating) (?:a lot |much |far )?(?:warmer|kinder|nicer|better|friendlier)\\b|\\b(?:free \\w+|refund|discount|voucher|compensation|upgrade|gesture|credit|money back)\\b[^.!?]{0,20}?\\b(?:would|could|might|will)(?: really| certainly| definitely)? (?:change my mind|change our minds|make me reconsider|make us reconsider|stop me|stop us|keep me|keep us|(?:help|make|let|encourage) (?:me|us)(?: to)? ${EDIT})\\b[^.!?]{0,30}?\\b(?:post|posting|review|writing|publish|publishing|wrote|rating|stars?)|\\b(?:(?:whether|if) (?:i|we) (?:publish|post|put (?:it )?up|submit|keep|remove|delete|send|share)|whether (?:it|this|that) stays (?:that way|private|offline))\\b[^.!?]{0,30}?\\b(?:is |lies )?(?:up to you|in your hands|your (?:call|choice|decision))\\b`,
      weight: 0.9,
      examples: ['this review would look very different if', 'My rating could be a lot better', 'an upgrade would make the write-up a lot warmer', 'a free dinner would change my mind about posting this', 'A gesture would help me update what I wrote', 'whether I publish it is up to you', 'if we post the review is your call', 'Whether it stays that way is really in your hands'],
      counterExamples: ['the room would look better with paint', 'a refund would change my mind about the airline', 'whether we come back is up to the kids'],
      note: 'veiled blackmail (DESIGN.md): the condition is implied, the review held over the business',
    },
    {
      id: 'en.conditional_edit.depends_on',
      signal: 'conditional_edit',
      pattern: `\\b(?:how many stars|the (?:number of )?stars|my (?:review|rating|verdict)|the (?:review|rating|verdict)|what (?:i|we) (?:write|post|say|publish))\\b[^.!?]{0,30}?\\b(?:depends on|will depend on|is up to you|depend on|will reflect|reflects|hinges on|is tied to|will mirror)\\b|\\b(?:(?:5|five|4|four)[- ]stars?|(?:great|good|positive|glowing|nice|fair) review)\\b[^.!?]{0,30}?\\b(?:if|in exchange for|in return for|for|once|when)\\b[^.!?]{0,60}?\\b${ADVANTAGE_WORD}|\\b(?:torn|hesitating|undecided) between (?:\\d|one|two|three|four) and \\w+ stars\\b`,
      weight: 0.85,
      examples: ['How many stars I give depends on how you compensate us', 'my review is up to you', 'What I write will reflect how this is resolved', "I'll give you five stars if you waive the fee for free", 'Five star review in exchange for a free upgrade', 'a great review once it is settled financially', "I'm torn between 2 and 4 stars"],
      counterExamples: ['it depends on the season', 'five stars for the staff and the food'],
    },
    {
      id: 'en.conditional_edit.take_down',
      signal: 'conditional_edit',
      pattern: "\\b(?:i|we)(?:'ll| will| would|'d| can| could)(?: gladly| happily| then| just)? (?:(?:take|pull) (?:my|our|the|this) (?:review|rating|post|comment) (?:down|off)|forget (?:about )?(?:the|this|that|my|our|it)(?: whole)?(?: thing| matter| story)?\\b[^.!?]{0,15}?\\b(?:online|review|post|google|tripadvisor|internet))\\b|\\b(?:i|we) (?:say|post|write) nothing (?:online|on (?:google|tripadvisor))\\b|\\bmention (?:you|your \\w+|the \\w+) (?:nicely|favou?rably|kindly|positively)\\b|\\bput in a good word\\b|\\b(?:do the right thing|return the favou?r|be (?:fair|generous|kind)) (?:on|in) (?:my review|the review|google|tripadvisor|yelp|booking)\\b",
      weight: 0.6,
      examples: ['I will gladly take my review down', "we'll forget about the whole thing online", 'we say nothing online', 'I could ask her to mention you nicely', "I'll do the right thing on Google", "I'll forget about the review I was writing"],
      counterExamples: ['they took the sign down'],
      note: 'needs a demand nearby to make blackmail',
    },
    {
      id: 'en.conditional_edit.update_if',
      signal: 'conditional_edit',
      pattern: `\\b${CAN_EDIT} ${EDIT} ${REVIEW}\\b[^.!?]{0,30}?\\b(?:if|once|when|as soon as|provided|after)\\b|\\b(?:when|once|as soon as|the moment) (?:it|that|the \\w+|my \\w+|our \\w+) (?:arrives|comes through|lands|clears|is paid|shows up|hits)\\b[^.!?]{0,20}?\\b${CAN_EDIT}(?: happily| gladly)? ${EDIT} (?:this|it|that)\\b|\\b(?:one|two|three|1|2|3) stars? for now\\b|\\b${CAN_EDIT}(?: happily| gladly)? ${EDIT} (?:it|this)\\b[^.!?]{0,10}?\\b(?:when|once|as soon as) (?:he|she|they|you) (?:does|do)\\b`,
      weight: 0.55,
      examples: ['I will update my review if the manager contacts me', "when it arrives I'll happily revisit this", "I'll happily change it when he does", 'Three stars for now.'],
      counterExamples: ['we updated our booking when we arrived'],
      note: 'weak: an update promised on a fix is normal; only a demand nearby makes it blackmail',
    },
  ],
};

export default family;
