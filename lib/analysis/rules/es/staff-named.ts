/** Spanish: a member of staff named in the text. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'staff-named',
  rules: [
    {
      id: 'es.staff-named.staff-named',
      signal: 'staff_named',
      pattern: r`\b(?:de nombre|gracias a|(?:senor|senora|sr|sra)\.?) (?!(?:todo|todos|todas|toda|la|el|los|las|usted|ustedes|ellos|ellas|dios|que|su|sus|mi|tu|ti|un|una|nuestro|nuestra|vosotros|este|esta|ese|esa|eso|esto|ella|el|por|tanto|tantos)\b)[a-z]{3,15}\b|\b[a-z]{3,15},? se llama\b|\bse llama [a-z]{3,15}\b`,
      weight: 0.4,
      examples: ['Gracias a Yanet por su atención', 'el encargado, Carlos se llama', 'la señora Mercedes'],
      counterExamples: ['gracias a todos', 'el camarero nos atendió'],
    },
  ],
};
export default family;
