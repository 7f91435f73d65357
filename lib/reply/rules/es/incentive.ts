/** Spanish: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

/** something of value */
const OFFER = String.raw`(?:reembols\w{0,8}|devolv\w{0,8}|devolucion|gratis|gratuit\w{0,2}|de regalo|regal\w{0,8}|invit\w{0,8} a (?:cenar|comer|una|un)|descuento|rebaja|bono|vale|cupon|upgrade|mejora de habitacion|compens\w{0,8}|noche gratis|\d{1,3} ?% de descuento|le (?:ofreceremos|ofrecemos|daremos|damos))`;
/** a condition or an exchange */
const CONDITION = String.raw`(?:si|una vez|en cuanto|cuando|siempre que|despues de|tras|a cambio de|(?<!\bgracias )por|con tal de que)`;
/** a condition that can open the sentence (not the exchange prepositions: "thank you for updating your review") */
const CONDITION_FIRST = String.raw`(?:si|una vez|en cuanto|cuando|siempre que|despues de|tras|con tal de que)`;
const REVIEW = String.raw`(?:resena|opinion|valoracion|comentario|critica|puntuacion|nota|estrellas?|publicacion)`;
/** the review being changed: verb + object, object + (auxiliary) participle, or a noun ("removal of the review") */
const REVIEW_CHANGE = String.raw`(?:(?:(?:cambi|modifi|elimin|borr|retir|quit|actualiz|revis|edit)\w{0,5})(?:[ '][\w\-]{1,14}){0,3}[ ']${REVIEW}|${REVIEW}(?: [\w\-']{1,14}){0,3}(?: (?:es|sea|ha sido|haya sido|esta|este|fue|se))?(?: [\w\-']{1,14})? (?:(?:eliminad|borrad|retirad|quitad|modificad|cambiad|actualizad|revisad|editad)[oa]s?|(?:cambi|modifi|elimin|borr|retir|quit|actualiz|revis|edit)\w{0,5})|(?:la )?(?:eliminacion|modificacion|retirada|actualizacion) de (?:su |la |esta )?${REVIEW})`;
const CHANGE_VERB = String.raw`(?:(?:cambi|modifi|elimin|borr|retir|quit|actualiz|revis|edit)\w{0,5})`;
const CHANGE = CHANGE_VERB;

export const incentive: CheckRuleFamily = {
  lang: 'es',
  family: 'incentive',
  rules: [
    {
      id: 'es.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?;]{0,100}\b${CONDITION}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review in the same sentence.',
      examples: ['Le ofrecemos una noche gratis si cambia su reseña.', 'Podríamos compensarle si acepta cambiar su valoración.', 'Le reembolsaremos la noche cuando retire su comentario.'],
      counterExamples: ['Le hemos reembolsado la noche como acordamos. Gracias por su reseña.', 'La cancelación es gratuita si cambia de fechas.'],
    },
    {
      id: 'es.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${CONDITION_FIRST}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b[^.!?;]{0,100}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer, in the same sentence.',
      examples: ['Si cambia su reseña, le devolveremos el dinero.', 'Una vez eliminada la reseña, le invitamos a cenar.', 'Si la reseña se modifica, le haremos un descuento.'],
      counterExamples: ['Si nos deja una reseña, la leeremos con atención.'],
    },
    {
      id: 'es.incentive.imperative',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`(?<=^|[.!?;:] )(?:(?:basta con |solo tiene que )?)${CHANGE_VERB}\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,20}\b(?:y|e)\b[^.!?]{0,60}\b${OFFER}`,
      negatable: true,
      note: 'An order to change the review, then an offer: "remove the review and we refund you".',
      examples: ['Elimine su reseña y le devolvemos el dinero.'],
      counterExamples: ['Gracias por actualizar su reseña y por su paciencia.'],
    },
    {
      id: 'es.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:a cambio de|como compensacion por|(?<!\bgracias )por) (?:(?:una|un|su|la|el|esta|este|buena|mejor|nueva|positiva|de 5 estrellas|5 estrellas)[ ]){0,3}(?:(?:eliminar|borrar|cambiar|modificar|retirar|quitar|mejorar|actualizar) (?:(?:su|la|esta|el|este|mi) )?${REVIEW}|(?:eliminacion|modificacion|retirada) de (?:(?:su|la|esta) )?${REVIEW})|\ba cambio de (?:(?:una|un|su|buena|mejor|nueva|positiva)[ ]){0,3}(?:resena|opinion|valoracion|comentario)`,
      negatable: true,
      note: '«a cambio de una reseña», «por eliminar su opinión»; «no concedemos ventajas a cambio de reseñas» está negado.',
      examples: ['Una cena gratis a cambio de eliminar la reseña.', 'un upgrade a cambio de una reseña positiva', 'un vale por borrar su comentario'],
      counterExamples: ['No concedemos ninguna ventaja a cambio de reseñas.', 'Gracias por su reseña.'],
    },
    {
      id: 'es.incentive.post-and-get',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:deje(?:nos)?|publique|escriba|denos) (?:una |un )?(?:resena|opinion|valoracion|comentario)(?: de (?:5|cinco) estrellas| positiva| positivo)?[^.!?]{0,60}\b(?:y (?:reciba|obtenga|disfrute de|gane|consiga)|para (?:recibir|obtener|disfrutar|ganar|conseguir))\b`,
      negatable: true,
      note: 'Comprar una reseña: «deje una reseña de 5 estrellas y reciba un 10 %».',
      examples: ['Déjenos una reseña de 5 estrellas y reciba un 10 % de descuento.', 'Publique una opinión positiva para obtener un cóctel gratis'],
      counterExamples: ['Gracias por su opinión y disfrute del verano.'],
    },
  ],
};
