/**
 * A staff member named in the review: the reply must not repeat a name in a negative context, and
 * praise for a named person is worth passing on. Names are unknown words, so the rules anchor on
 * "called", "named", titles or a role followed by a name-like word.
 */
import type { RuleFamily } from '../types';

const ROLE = '(?:receptionist|waiter|waitress|manager|host|hostess|chef|bartender|barman|barmaid|concierge|housekeeper|cleaner|clerk|server|owner|driver|porter|sommelier|guide|lady|guy|man|woman|girl|boy|gentleman)';

// Words that follow "called"/"thanks to" without being a name.
const NOT_NAME = "(?!(?:us|me|him|her|them|you|back|for|to|over|out|the|a|an|all|everyone|everybody|security|police|my|our|his|their|it|in|on|at|and|again|up|down|off|someone|somebody|every|each|reception|housekeeping|management|staff|team)\\b)";

const family: RuleFamily = {
  lang: 'en',
  family: 'staff-named',
  rules: [
    {
      id: 'en.staff_named.called',
      signal: 'staff_named',
      pattern: `\\b${ROLE} (?:called|named|by the name of|whose name (?:is|was)|who introduced (?:himself|herself) as)\\s?${NOT_NAME}[a-z][a-z'-]{1,20}\\b`,
      weight: 0.9,
      examples: ['a waiter called Marco', 'the receptionist named Julie', 'the manager whose name is Paul'],
      counterExamples: ['the waiter called us back'],
    },
    {
      id: 'en.staff_named.title',
      signal: 'staff_named',
      pattern: "\\b(?:mr|mrs|ms|miss|monsieur|madame|senor|senora|signor|signora|herr|frau)\\.? [a-z][a-z'-]{1,20}\\b",
      weight: 0.8,
      examples: ['Mr. Dupont at the desk', 'ask for Mrs Smith'],
      counterExamples: ['mister bean was on TV'],
    },
    {
      id: 'en.staff_named.thanks_to',
      signal: 'staff_named',
      pattern: `\\b(?:thanks|thank you|kudos|shout ?out|special mention|big thanks) (?:to|for) ${NOT_NAME}[a-z][a-z'-]{1,20} (?:at|from|on|in|and) (?:the )?(?:reception|front desk|bar|restaurant|desk|team|concierge|kitchen|housekeeping|staff)\\b`,
      weight: 0.7,
      examples: ['Special thanks to Anna at the front desk', 'shout out to Leo and the team'],
      counterExamples: ['thanks to the team at the bar'],
    },
    {
      id: 'en.staff_named.role_comma_name',
      signal: 'staff_named',
      pattern: `\\b(?:our|the) ${ROLE}, (?!who\\b|which\\b|that\\b|however\\b|though\\b|too\\b|also\\b)[a-z][a-z'-]{2,20},`,
      weight: 0.7,
      examples: ['our waiter, Tom, was great'],
      counterExamples: ['our waiter, who was great,'],
      note: 'the comma pair makes a name likely; relative words ("who", "however") are excluded',
    },
  ],
};

export default family;
