/** Boycott calls: the reviewer tells others to stay away (raises the diffusion risk, never blackmail alone). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'boycott',
  rules: [
    {
      id: 'en.boycott.avoid',
      signal: 'boycott_call',
      pattern: '\\b(?:avoid (?:at all costs|like the plague|this (?:place|hotel|restaurant|dump|establishment)|it)|stay (?:well )?away|steer clear|save your money|run (?:away|a mile)|look elsewhere|go elsewhere|book elsewhere|boycott\\w*)\\b',
      weight: 0.75,
      negatable: true,
      examples: ['Avoid at all costs!', 'Stay away from this place', 'save your money and book elsewhere'],
      counterExamples: ["don't look elsewhere, this is the place"],
    },
    {
      id: 'en.boycott.do_not',
      signal: 'boycott_call',
      pattern: "\\b(?:do not|don't|dont|never) (?:stay|go|eat|book|come|waste your (?:money|time))(?: here| there| at this| in this)?\\b(?! (?:elsewhere|anywhere else))",
      weight: 0.65,
      examples: ["Don't stay here", 'do not book this hotel', "don't waste your money"],
      counterExamples: ['we did not eat at the hotel'],
    },
    {
      id: 'en.boycott.tell_others',
      signal: 'boycott_call',
      pattern: "\\b(?:tell|telling|told|warn|warning) (?:all )?(?:my|our|everyone|everybody|all) ?(?:friends|family|colleagues|followers|contacts)?\\b[^.!?]{0,15}?\\b(?:to avoid|to stay away|not to (?:go|book|stay|eat))\\b",
      weight: 0.7,
      examples: ['I will tell all my friends to avoid it', 'warning everyone not to book'],
      counterExamples: ['I told my friends about the lovely view'],
    },
  ],
};

export default family;
