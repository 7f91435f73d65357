/** Spanish: calls on others to stay away. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'boycott',
  rules: [
    {
      id: 'es.boycott.boycott',
      signal: 'boycott_call',
      pattern: r`\b(?:no (?:vayan|vayais|vaya|reserven|reserveis|reserve|vengan|vengais|se alojen|coman)\b(?! a perder)|eviten|evitad|eviten este|huyan|huid|no lo recomiendo a nadie|no se lo recomiendo a nadie|alejense|no pisen)\b`,
      weight: 0.5,
      examples: ['No vayan a este hotel', 'Huyan de este lugar', 'no lo recomiendo a nadie'],
      counterExamples: ['no vayan a perderse la playa'],
    },
  ],
};
export default family;
