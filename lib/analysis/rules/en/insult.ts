/**
 * Insult: name-calling, slurs and hostility aimed at staff or owners (abuse). Swearing about the food or
 * the room ("the food was shit") is not aimed at a person and stays a complaint.
 */
import type { RuleFamily } from '../types';

const INSULT_NOUN =
  '(?:rats?|snakes?|weasels?|idiots?|morons?|imbeciles?|cretins?|clowns?|losers?|scum(?:bags?)?|pigs?|bastards?|assholes?|arseholes?|a-holes?|bitch(?:es)?|cunts?|dickheads?|dicks?|pricks?|retards?|wankers?|jerks?|twats?|douche(?:bags?)?|halfwits?|dimwits?|numpties|numpty|muppets?|cows?|witch(?:es)?|hags?|worms?|liars?|slags?|sluts?|whores?|(?:pieces?|sacks?|bags?) of (?:shit|garbage|trash|crap)|wastes? of (?:space|oxygen)|sons? of (?:a )?bitch(?:es)?|low ?lifes?|vermin)';
const STAFF =
  '(?:manager|owner|owners|receptionist|receptionists|waiter|waiters|waitress|waitresses|staff|chef|host|hostess|clerk|bartender|concierge|boss|cook|server|servers|employee|employees|guy|woman|lady|girl|man|people|management|housekeeper|porter|security guard|doorman|bouncer)';

const family: RuleFamily = {
  lang: 'en',
  family: 'insult',
  rules: [
    {
      id: 'en.insult.you_are',
      signal: 'insult',
      pattern: `\\byou(?: are|'re| r| guys are| people are| lot are)?(?: (?:a|an|such a|such an|all|bunch of|a bunch of|pathetic|fucking|fking|stupid|absolute|complete|total|utter|incompetent|useless|lazy|fat|ugly|greedy|arrogant|little|bloody)){0,3} ${INSULT_NOUN}\\b`,
      weight: 0.9,
      examples: ['You are a bunch of idiots', "you're pathetic losers", 'You stupid cow', 'you fucking morons'],
      counterExamples: ['you are welcome', 'you are a great team'],
    },
    {
      id: 'en.insult.staff_is',
      signal: 'insult',
      pattern: `\\b(?:the|this|that|your|their|our) (?:(?:old|young|fat|rude|night|day|head|front desk|duty|restaurant|hotel) )?${STAFF}\\b[^.!?]{0,25}? (?:is|was|are|were|acted like|behaved like)(?: (?:a|an|such a|such an|the biggest|a total|a complete|an absolute|a fucking|a stupid|a fat|an ugly|an arrogant|a lazy|a rude|a real|a right|just a|nothing but a|nothing but|a lying|a little|a sneaky|a dirty|little|lying)){0,3} ${INSULT_NOUN}\\b`,
      weight: 0.85,
      examples: ['The manager is a complete idiot', 'the night receptionist was an arrogant pig', 'your staff are morons', 'The receptionist is a lying little rat'],
      counterExamples: ['the manager is a lovely man', 'the waiter was a star'],
    },
    {
      id: 'en.insult.name_calling',
      signal: 'insult',
      pattern: `\\b(?:fucking|fking|stupid|dumb|fat|ugly|useless|incompetent|lazy|filthy|disgusting|arrogant|pathetic|greedy|miserable|old|absolute|complete|total|utter|bloody|brain-?dead) ${INSULT_NOUN}\\b|, (?:you )?${INSULT_NOUN}(?=[.!?]|$)`,
      weight: 0.8,
      examples: ['that fat pig behind the desk', 'useless idiots everywhere', 'greedy bastards', 'Absolute idiots work here', 'a brain-dead cow', 'learn to cook or find another job, clown'],
      counterExamples: ['useless remote', 'greedy prices'],
    },
    {
      id: 'en.insult.demonstrative',
      signal: 'insult',
      pattern: '\\b(?:that|this|the|your|their) (?:moron|idiot|imbecile|cretin|bitch|bastard|asshole|arsehole|prick|dickhead|wanker|twat|scumbag|retard|cow|pig|slag)s?\\b(?! (?:proof|-proof|friendly))',
      weight: 0.75,
      examples: ['tell that moron at the front desk', 'the idiot at reception'],
      counterExamples: ['idiot-proof instructions', 'cheese from the farm'],
    },
    {
      id: 'en.insult.direct_hostility',
      signal: 'insult',
      pattern: "\\b(?:fuck|f\\*+k|f\\*ck|fck|screw|damn) (?:you|off|u|the owner|the manager|your staff|your family|the staff)\\b|\\bgo (?:to hell|fuck yourself|fuck yourselves|die)\\b|\\b(?:shove|stick) it up your\\b|\\beat shit\\b|\\bkiss my\\b",
      weight: 0.85,
      examples: ['Fuck you and your hotel', 'go to hell', 'f*ck off'],
      counterExamples: ['what the hell was that noise', 'screw-top wine'],
    },
    {
      id: 'en.insult.slur',
      signal: 'insult',
      pattern: '\\b(?:f[a@]gg?ots?|f[a@]gs|n[i1]gg(?:er|a|az|ers)|trann(?:y|ies)|kikes?|spics?|chinks?|wetbacks?|ragheads?|towelheads?|dykes?|retards?|gypp?os?|paki|pakis|coons?|sand ?n[i1]gg\\w*)\\b',
      weight: 0.95,
      examples: ['a bunch of retards at reception', 'the staff called us p a k i'],
      counterExamples: ['the pakistani food was great'],
      note: 'slurs are listed only so they can be recognised; "p a k i" shows the spaced-letter normalisation',
    },
    {
      id: 'en.insult.dehumanising',
      signal: 'insult',
      pattern: `\\b(?:the|this|that|your) ${STAFF} (?:should be|deserves? to be|needs to be) (?:fired|sacked|locked up|ashamed)\\b[^.!?]{0,20}?\\b(?:idiot|moron|scum|pig|disgrace|animal)s?\\b|\\b(?:treated|behaved) (?:us )?like (?:an? )?(?:animal|animals|pig|pigs) (?:that|this) (?:idiot|moron|bitch|bastard)`,
      weight: 0.75,
      examples: ['the manager should be fired, the idiot', 'behaved like animals that idiot'],
      counterExamples: ['the manager should be fired'],
    },
  ],
};

export default family;
