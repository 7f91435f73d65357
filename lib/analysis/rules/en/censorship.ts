/** Censorship claims: the reviewer says reviews are deleted, bought or suppressed (high-risk framing). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'censorship',
  rules: [
    {
      id: 'en.censorship.deleted_reviews',
      signal: 'censorship_claim',
      pattern: '\\b(?:they|tripadvisor|google|the (?:hotel|restaurant|owner|manager|management)|management)\\b[^.!?]{0,25}?\\b(?:delete|deletes|deleted|remove|removes|removed|censor|censors|censored|hide|hides|hid|suppress\\w*|bury|buries|buried)(?: all)? (?:the |my |any |every )?(?:bad |negative |honest |critical |1[- ]star |one[- ]star )?(?:reviews?|comments?|posts?)\\b',
      weight: 0.8,
      negatable: true,
      examples: ['They delete all the bad reviews', 'Tripadvisor removed my honest review'],
      counterExamples: ['they answered all the negative reviews politely'],
    },
    {
      id: 'en.censorship.previous_review_removed',
      signal: 'censorship_claim',
      pattern: '\\b(?:my|our) (?:previous|last|first|original|earlier) (?:review|post|comment) (?:was|got|has been|had been) (?:deleted|removed|taken down|censored|hidden|rejected)\\b',
      weight: 0.85,
      examples: ['My previous review was deleted', 'our first review got taken down'],
      counterExamples: ['my previous stay was great'],
    },
    {
      id: 'en.censorship.pressured',
      signal: 'censorship_claim',
      pattern: '\\b(?:asked|pressured|pushed|bribed|offered|threatened|begged) (?:me|us) to (?:remove|delete|change|take down|edit|withdraw) (?:my|our|the) (?:review|rating|post|comment)\\b',
      weight: 0.8,
      examples: ['they pressured us to remove our review', 'the owner offered me to change my rating'],
      counterExamples: ['they asked us to change rooms'],
    },
    {
      id: 'en.censorship.fake_reviews',
      signal: 'censorship_claim',
      pattern: '\\b(?:fake|bought|paid|planted) (?:positive |good |5[- ]star |five[- ]star )?reviews\\b|\\b(?:the )?(?:good |positive |5[- ]star )?reviews (?:here )?(?:are|must be|seem) (?:fake|bought|paid for|written by (?:the owner|staff|friends))\\b',
      weight: 0.75,
      negatable: true,
      examples: ['all the good reviews are fake', 'they must have bought positive reviews'],
      counterExamples: ['the reviews are accurate'],
    },
  ],
};

export default family;
