/** Spanish: a review posted as retaliation for a refused demand. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:resena|opinion|comentario|valoracion|critica|review|puntuacion|calificacion|nota|estrellas?)(?:e?s)?`;

const family: RuleFamily = {
  lang: 'es',
  family: 'retaliation',
  rules: [
    {
      id: 'es.retaliation.retaliation-refused',
      signal: 'retaliation',
      pattern: r`\b(?:(?:como|ya que|dado que|puesto que|visto que|porque) no|se negaron|se nego|no quisieron|no quiso|no lo hicieron|no lo hizo|no accedieron|no aceptaron|(?:me|nos) (?:lo |la )?(?:negaron|denegaron|rechazaron)|(?:me|nos) (?:dijeron|contestaron|respondieron) que (?:no|imposible)|(?:fue|era) un no|no (?:hubo|hay) manera|se (?:rieron|burlaron)|(?:nunca|no) llego)\b[^!?]{0,80}\b(?:(?:aqui|ahi) (?:tienen|esta|va)|les dejo|le dejo|dejo aqui|(?:os|les) toca|asi que|por eso|de ahi|pues|entonces|por (?:lo )?tanto|en consecuencia|ahora)\b[^.!?]{0,50}\b(?:${REVIEW}|en (?:google|tripadvisor|booking|internet|las redes)|dejo constancia|que se merecen|que (?:lo )?(?:lea|sepa|vea|lean|sepan) (?:todo el mundo|todos|la gente))`,
      weight: 0.9,
      examples: ['Se negaron, así que aquí tienen su reseña de una estrella', 'me dijeron que no, pues ahí tienen mi opinión: una estrella', 'la respuesta fue un no rotundo. Pues nada, ahí va mi opinión', 'Me dijeron que imposible. Por tanto, esta es mi valoración', 'Como nos negaron el cambio sin coste, os toca esta opinión', 'Esperaba una compensación que nunca llegó. Así que aquí va mi crítica', 'no hay manera de que me quitéis lo del minibar. pues nada, ya me desahogaré en google', 'se rieron en mi cara. Ahora que aguanten esta reseña', 'Como no hubo manera de que nos quitaran el suplemento, dejo aquí mi puntuación más baja', 'Como no quisieron rebajarme la cuenta, les dejo la puntuación que se merecen'],
      counterExamples: ['Como nos gustó tanto, aquí está mi reseña'],
      note: 'blackmail only with a demand in the same text',
    },
    {
      id: 'es.retaliation.deserved-score',
      signal: 'retaliation',
      pattern: r`\b(?:la|su|una) (?:resena|puntuacion|valoracion|nota|opinion|calificacion) que (?:se )?(?:merecen|merece|se han ganado)\b`,
      weight: 0.6,
      examples: ['les dejo la puntuación que se merecen'],
      counterExamples: ['la atención que merecen los clientes'],
    },
    {
      id: 'es.retaliation.no-then-here-it-is',
      signal: 'retaliation',
      pattern: r`\bno (?:quisieron|quiso|aceptaron|accedieron)\b[^!?]{0,20}\baqui (?:esta|la tienen|tienen)\b`,
      weight: 0.8,
      examples: ['No quisieron. Aquí está.'],
      counterExamples: ['Aquí está el hotel'],
    },
  ],
};
export default family;
