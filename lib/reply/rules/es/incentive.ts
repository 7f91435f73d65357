/** Spanish: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

const OFFER = String.raw`(?:reembols\w{0,5}|devolv\w{0,5} (?:el|su) dinero|devolucion|gratis|gratuit\w{0,2}|de regalo|regal\w{0,4}|invitacion|descuento|rebaja|bono|vale|cupon|upgrade|mejora de habitacion|compensacion|compensar\w{0,4}|noche gratis|\d{1,3} ?% de descuento|le (?:ofreceremos|ofrecemos|daremos|damos|devolveremos|devolvemos|regalaremos|regalamos|invitaremos|invitamos))`;
const CHANGE = String.raw`(?:cambi\w{0,5}|modifi\w{0,5}|elimin\w{0,5}|borr\w{0,5}|retir\w{0,5}|quit\w{0,5}|actualiz\w{0,5}|corrig\w{0,5}|mejor\w{0,5}|revis\w{0,5}|sub\w{0,4})`;
const REVIEW = String.raw`(?:resena|opinion|valoracion|comentario|critica|puntuacion|nota|estrellas?|publicacion)`;

export const incentive: CheckRuleFamily = {
  lang: 'es',
  family: 'incentive',
  rules: [
    {
      id: 'es.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?]{0,80}\b(?:si (?:usted )?|una vez que (?:usted )?|en cuanto (?:usted )?|siempre que (?:usted )?|a cambio de |por )(?:\w{1,12} )?(?:${CHANGE}|la (?:eliminacion|modificacion|retirada) de)[^.!?]{0,30}\b${REVIEW}\b`,
      negatable: true,
      note: 'Una oferta y luego una condición sobre la reseña: «noche gratis si cambia su reseña».',
      examples: ['Le ofrecemos una noche gratis si cambia su reseña.', 'Un reembolso completo una vez que elimine este comentario.', 'un descuento a cambio de retirar su opinión'],
      counterExamples: ['Le hemos reembolsado la noche como acordamos. Gracias por su reseña.', 'La cancelación es gratuita si cambia de fechas.'],
    },
    {
      id: 'es.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:si (?:usted )?|una vez que (?:usted )?|en cuanto (?:usted )?|siempre que (?:usted )?)(?:\w{1,12} )?(?:${CHANGE}|dej\w{0,3}|public\w{0,3}|escrib\w{0,3}|pon\w{0,3}|da\w{0,3})[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,80}\b${OFFER}`,
      negatable: true,
      note: '«si cambia su reseña, le devolveremos el dinero».',
      examples: ['Si cambia su reseña, le devolveremos el dinero.', 'Si elimina el comentario le regalamos una cena.', 'Si deja una valoración de 5 estrellas, el postre es gratis'],
      counterExamples: ['Si nos deja una reseña, la leeremos con atención.'],
    },
    {
      id: 'es.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:a cambio de|como compensacion por|por) (?:(?:una|un|su|la|el|esta|este|buena|mejor|nueva|positiva|de 5 estrellas|5 estrellas)[ ]){0,3}(?:(?:eliminar|borrar|cambiar|modificar|retirar|quitar|mejorar|actualizar) (?:(?:su|la|esta|el|este|mi) )?${REVIEW}|(?:eliminacion|modificacion|retirada) de (?:(?:su|la|esta) )?${REVIEW})|\ba cambio de (?:(?:una|un|su|buena|mejor|nueva|positiva)[ ]){0,3}(?:resena|opinion|valoracion|comentario)`,
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
