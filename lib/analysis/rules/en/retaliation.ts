/**
 * Retaliation: a review posted because a demanded advantage was refused (DESIGN.md: blackmail).
 * A refusal with no review tied to it stays a complaint ("I asked for a refund and they refused").
 */
import type { RuleFamily } from '../types';

const REFUSED = "(?:refused|declined|wouldn't|would not|won't|will not|didn't|did not|hasn't|has not|haven't|have not|denied|rejected|turned down|said no)";
const ADVANTAGE = '(?:refund\\w*|reimburs\\w*|compensat\\w*|discount\\w*|upgrade\\w*|free|money back|voucher|comp|gesture|credit|waived?|pa(?:y|id) (?:me |us )?back)';
const REVIEW_NOW = "(?:(?:this|my|a|the|our) (?:review|rating)|(?:one|1|single|zero|0|two|2)[- ]stars?|(?:a |this )?bad review|stars? (?:go|goes|come|comes|drop|drops) down|down to (?:one|1|zero|0)\\b)";

const family: RuleFamily = {
  lang: 'en',
  family: 'retaliation',
  rules: [
    {
      id: 'en.retaliation.because_refused',
      signal: 'retaliation',
      pattern: `\\b(?:since|because|as|now that) (?:you|they|the (?:hotel|manager|owner|restaurant|staff|reception)|management)\\b[^.!?]{0,30}?\\b${REFUSED}\\b[^.!?]{0,40}?\\b${ADVANTAGE}[^.!?]{0,80}?\\b${REVIEW_NOW}|\\b${REFUSED}\\b[^.!?]{0,30}?\\b${ADVANTAGE}\\b[^!?]{0,80}?\\b(?:hence|so|that's why|that is why|therefore|thus|which is why|and now|enjoy|so here's|so here is|here is|here's)\\b[^.!?]{0,25}?\\b${REVIEW_NOW}|\\bno (?:refund|discount|compensation|upgrade|voucher|gesture|money back)(?: offered| given)?[,.]? (?:so|hence|therefore|=|means) (?:the |this |my |a )?${REVIEW_NOW}|\\b(?:asked|requested|wanted|demanded)\\b[^.!?]{0,40}?\\b${ADVANTAGE}[^!?]{0,60}?\\b(?:${REFUSED}|got a shrug|shrugged)\\b[^!?]{0,80}?\\b(?:so|hence|now|therefore|that's why|here's|here is|enjoy|lowering|dropping)\\b[^!?]{0,70}?\\b${REVIEW_NOW}|\\b(?:posted|writing|wrote|leaving|left|giving) (?:this|my|a|the)(?: review| rating)? (?:after|because|since|as) (?:they|you|the \\w+|management)\\b[^.!?]{0,15}?\\b${REFUSED}\\b[^.!?]{0,20}?\\b(?:budge|${ADVANTAGE}|fee|charge|deposit)`,
      weight: 0.9,
      examples: ['Since you refused to refund us, here is my one-star review', 'Because the manager would not give us a discount, you get this review', 'They refused any compensation, hence the one star.', 'You would not refund us. So here is my review', 'The manager declined a refund, so 1 star', 'Management refused to refund our cancelled excursion, so they get the one star they deserve', "he hasn't paid back the fee, so the stars go down", 'No refund offered, so one star', 'no compensation = 1 star', 'Asked for the fee to be waived. Manager said no. Well, now: one star.', 'asked for a discount, got a shrug. Lowering to 1 star', "Posted this after they wouldn't budge on the fee"],
      counterExamples: ['Because they refused to refund us, we had to pay twice', 'They refused a refund and we left', 'we did not ask for a discount, so five stars', 'no refund offered, so we complained to the bank', 'I asked for a discount; they said no. Shame, it has potential.', 'Posted this after they fixed the heating'],
    },
  ],
};

export default family;
