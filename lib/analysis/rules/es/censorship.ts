/** Spanish: claims that reviews were deleted or censored. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'censorship',
  rules: [
    {
      id: 'es.censorship.censorship',
      signal: 'censorship_claim',
      pattern: r`\b(?:(?:borraron|eliminaron|quitaron|censuraron|retiraron|han borrado|han eliminado) (?:mi|nuestra|la|las|mis) (?:resena|opinion|comentario|valoracion)e?s?|censura\w{0,3}|solo (?:dejan|publican) (?:las )?(?:resenas|opiniones) (?:buenas|positivas))\b`,
      weight: 0.6,
      examples: ['Borraron mi reseña anterior', 'esto es censura', 'solo dejan las opiniones positivas'],
      counterExamples: ['borraron la pizarra'],
    },
  ],
};
export default family;
