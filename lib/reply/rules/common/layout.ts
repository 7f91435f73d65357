/** Layout: lists and repeated exclamation marks (capitals are computed, see check.ts). */
import type { CheckRuleFamily } from '../types';

export const layout: CheckRuleFamily = {
  lang: 'common',
  family: 'layout',
  rules: [
    {
      id: 'common.layout.bullet',
      rule: 'list_formatting',
      kind: 'list_formatting.bullet',
      pattern: String.raw`(?:^|(?<=\n))[ \t]{0,8}(?:[\-*•‣◦▪●–]|\d{1,2}[.)])[ \t][^\n]{0,300}`,
      on: 'original',
      ownContactExempt: true,
      note: 'Lines that start with a bullet or a number ("- ", "* ", "• ", "1. ", "2) "); a dash before the signature name is fine.',
      examples: ['We have:\n- changed the beds\n- repainted', '1. new beds\n2. new curtains', '• faster check-in'],
      counterExamples: ['We fixed it - promise.', 'Room rates rose 2. Then'],
    },
    {
      id: 'common.layout.exclamations',
      rule: 'shouting',
      kind: 'shouting.exclamations',
      pattern: String.raw`!(?: ?[!?1]){1,40}|\?(?: ?\?)*!(?: ?[!?]){0,40}`,
      on: 'original',
      note: '"!!" or more, "?!" and "!!1".',
      examples: ['Never!!', 'Really?!', 'Unbelievable !!!'],
      counterExamples: ['Thank you!', 'Really?'],
    },
  ],
};
