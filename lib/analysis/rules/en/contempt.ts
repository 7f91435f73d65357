/**
 * Contempt or denial reported by the guest (crisis ingredient 2 of seed 004): the business is said to
 * have laughed, ignored, denied or blamed. Raises risk; the category comes from elsewhere.
 */
import type { RuleFamily } from '../types';

const STAFF = '(?:he|she|they|reception|the (?:manager|owner|receptionist|reception|staff|waiter|waitress|clerk|host|chef|management|front desk))';

const family: RuleFamily = {
  lang: 'en',
  family: 'contempt',
  rules: [
    {
      id: 'en.contempt.mocked',
      signal: 'contempt_reported',
      pattern: `\\b${STAFF} (?:just |simply |only |actually )?(?:laughed|smirked|sneered|scoffed|rolled (?:his|her|their) eyes|shrugged|hung up|walked away|turned (?:his|her|their) back)\\b`,
      weight: 0.8,
      examples: ['the manager laughed at us', 'She rolled her eyes', 'they just shrugged'],
      counterExamples: ['we laughed all evening'],
    },
    {
      id: 'en.contempt.did_not_care',
      signal: 'contempt_reported',
      pattern: "\\b(?:(?:didn't|did not|couldn't|could not|don't|do not|doesn't|does not) (?:seem to |even )?care(?: less)?|couldn't care less|not my problem|not our problem|too bad for you|so what|take it or leave it|nothing (?:we|i) can do|deal with it)\\b",
      weight: 0.7,
      examples: ["The staff couldn't care less", 'he said not my problem', 'they did not care'],
      counterExamples: ['they took care of everything'],
    },
    {
      id: 'en.contempt.no_apology',
      signal: 'contempt_reported',
      pattern: "\\b(?:no apology|not (?:even )?(?:a|one) (?:single )?apology|never (?:even )?apologi[sz]ed|(?:didn't|did not) (?:even )?apologi[sz]e|not (?:even )?(?:a|one) sorry|without (?:an|any) apology|refused to apologi[sz]e)\\b",
      weight: 0.75,
      examples: ['No apology whatsoever', 'they never even apologised', 'not even a sorry'],
      counterExamples: ['they apologised many times'],
    },
    {
      id: 'en.contempt.denial_blame',
      signal: 'contempt_reported',
      pattern: "\\b(?:denied (?:everything|it|any|that)|blamed (?:us|me|the guests?|my (?:wife|husband|kids|children))|(?:told|said to) (?:us|me) it was (?:our|my) (?:own )?fault|called (?:us|me) (?:liars?|a liar)|accused (?:us|me) of (?:lying|stealing|damaging|breaking)|said (?:we|i) (?:were|was) lying|treated (?:us|me) like (?:criminals|dirt|idiots|children|trash|animals))\\b",
      weight: 0.8,
      examples: ['the manager denied everything', 'they blamed us for the leak', 'called me a liar'],
      counterExamples: ['we did not blame the staff'],
    },
    {
      id: 'en.contempt.ignored',
      signal: 'contempt_reported',
      pattern: "\\b(?:ignored (?:us|me|our|my|all)|(?:never|no one|nobody) (?:ever )?(?:replied|answered|responded|got back|called back|returned (?:my|our) (?:call|calls|emails?))|(?:emails?|calls|complaints|messages) (?:went |were |was |have gone )?(?:unanswered|ignored)|(?:refused|declined) to (?:help|listen|do anything|speak to us|give (?:us|me) (?:a name|their name)))\\b",
      weight: 0.7,
      examples: ['They ignored our complaints', 'nobody ever replied to my emails', 'the manager refused to help'],
      counterExamples: ['they replied within an hour'],
    },
    {
      id: 'en.contempt.attitude',
      signal: 'contempt_reported',
      pattern: '\\b(?:dismissive|condescending|patronising|patronizing|arrogant|contemptuous|disdainful|smug|belittl\\w+|mocking)\\b',
      weight: 0.6,
      negatable: true,
      examples: ['a condescending manager', 'dismissive and arrogant'],
      counterExamples: ['never dismissive, always kind'],
    },
  ],
};

export default family;
