/** Spanish: a threat to post, spread or worsen a review. Positive promises are cancelled by cues.positivePromise. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:resena|opinion|comentario|valoracion|critica|review|puntuacion|calificacion|nota|estrellas?)(?:e?s)?`;
const PLATFORM = r`(?:google|tripadvisor|trip advisor|booking|facebook|instagram|tiktok|twitter|yelp|internet|las redes|redes sociales|todas partes|todos lados)`;

const family: RuleFamily = {
  lang: 'es',
  family: 'review-threat',
  rules: [
    {
      id: 'es.review-threat.will-post',
      signal: 'review_threat',
      pattern: r`\b(?:publicare|publico|escribire|escribo|pondre|pongo|dejare|dejo|subire|hare|les hago|le hago|les dejo|voy a (?:publicar|escribir|poner|dejar|subir|hacer)(?:les|le)?)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.6,
      examples: ['publicaré una reseña muy negativa en TripAdvisor', 'o dejo una reseña horrible', 'les hago una reseña que los hunde', 'escribo una reseña negativa en Google'],
      counterExamples: ['leí una reseña antes de reservar', 'las reseñas de este hotel son buenas'],
      note: 'also matches honest reviews ("voy a dejar una reseña sincera"): blackmail needs a demand too',
    },
    {
      id: 'es.review-threat.negative-review',
      signal: 'review_threat',
      pattern: r`\b${REVIEW} (?:muy |bien |super )?(?:negativ[ao]s?|horrible|devastador[ao]|terrible|pesim[ao]|malisim[ao]|demoledor[ao]|de (?:una|1|cero) estrellas?)\b`,
      weight: 0.8,
      examples: ['reseña negativa en Google', 'pongo una reseña de una estrella en Booking', 'una opinión demoledora'],
      counterExamples: ['las reseñas positivas no mienten', 'una crítica constructiva'],
    },
    {
      id: 'es.review-threat.will-be',
      signal: 'review_threat',
      pattern: r`\b${REVIEW}\b[^.!?]{0,30}\bser(?:a|ia)\b[^.!?]{0,12}\b(?:devastador[ao]|horrible|terrible|negativ[ao]|demoledor[ao]|muy distint[ao]|muy diferente)`,
      weight: 0.85,
      examples: ['mi opinión en TripAdvisor será devastadora', 'esta reseña sería muy distinta'],
      counterExamples: ['la reseña será publicada pronto'],
    },
    {
      id: 'es.review-threat.everyone-reads',
      signal: 'review_threat',
      pattern: r`\b(?:todo el mundo|todos|toda la gente|la gente)\b[^.!?]{0,20}\b(?:(?:va|van|vaya) a )?(?:leer|saber|ver|enterar)\w{0,4}\b[^.!?]{0,40}\b${PLATFORM}`,
      weight: 0.75,
      examples: ['mañana todo el mundo va a leer en google lo que pasó', 'todos van a saber en internet cómo tratan a los clientes'],
      counterExamples: ['todo el mundo fue amable'],
    },
    {
      id: 'es.review-threat.tell-online',
      signal: 'review_threat',
      pattern: r`\b(?:contar|describir|explicar|publicar|relatar|difundir|contarlo|publicarlo|difundirlo)\b[^.!?]{0,40}\b(?:en|por) (?:${PLATFORM}|linea|la red)\b`,
      weight: 0.65,
      examples: ['me daría mucha pena tener que describir esta estancia en internet', 'voy a difundirlo por las redes'],
      counterExamples: ['vimos las fotos en internet'],
    },
    {
      id: 'es.review-threat.sink',
      signal: 'review_threat',
      pattern: r`\b${REVIEW}\b[^.!?]{0,20}\bque (?:los|les|te|le|lo) (?:hunde|hunda|hundira|destruye|destruya|arruina|arruine|cierra|cierre)\b`,
      weight: 0.85,
      examples: ['les hago una reseña que los hunde'],
      counterExamples: ['una reseña que me ayudó'],
    },
    {
      id: 'es.review-threat.one-star-everywhere',
      signal: 'review_threat',
      pattern: r`\b(?:una|1) estrella en (?:${PLATFORM})`,
      weight: 0.8,
      examples: ['una estrella en Booking, Google y TripAdvisor'],
      counterExamples: ['cinco estrellas en Google'],
    },
    {
      id: 'es.review-threat.tell-on-platform',
      signal: 'review_threat',
      pattern: r`\b(?:contare|contaremos|explicare|relatare|describire|compartire|publicare|publicaremos|escribire|pondre|dejare|subire|hablare)\b[^.!?]{0,60}\b(?:en|por) ${PLATFORM}`,
      weight: 0.75,
      examples: ['contaré con todo detalle nuestra experiencia en TripAdvisor', 'compartiré lo que pasó en las redes sociales'],
      counterExamples: ['contaré a mis amigos lo bien que comimos'],
    },
    {
      id: 'es.review-threat.before-writing',
      signal: 'review_threat',
      pattern: r`\bantes de (?:escribir|publicar|poner|dejar|subir|colgar) (?:mi|la|una|nuestra|cualquier) (?:resena|opinion|valoracion|critica|comentario|puntuacion)\b`,
      weight: 0.7,
      examples: ['Prefiero arreglarlo entre nosotros antes de escribir mi reseña'],
      counterExamples: ['antes de escribir la carta'],
    },
    {
      id: 'es.review-threat.review-ready',
      signal: 'review_threat',
      pattern: r`\b(?:tengo|tenemos) (?:la|una|mi|nuestra) ${REVIEW} (?:ya )?(?:escrita|preparada|lista|redactada)\b|\b${REVIEW} (?:ya )?(?:escrita|preparada|lista|redactada) (?:para|y) (?:publicar|subir|colgar)\b`,
      weight: 0.85,
      examples: ['Tengo la reseña ya escrita', 'la opinión lista para publicar'],
      counterExamples: ['tengo la cuenta ya pagada'],
    },
    {
      id: 'es.review-threat.tell-the-truth',
      signal: 'review_threat',
      pattern: r`\b(?:cuento|contare|digo|dire|publico|publicare|explico|explicare|contamos|contaremos|diremos)\b[^.!?]{0,10}\bla verdad\b`,
      weight: 0.65,
      examples: ['si no, cuento la verdad sobre su servicio', 'diré la verdad en mi reseña'],
      counterExamples: ['la verdad es que estuvo bien'],
    },
    {
      id: 'es.review-threat.burn-online',
      signal: 'review_threat',
      pattern: r`\b(?:los|les|la|lo|te|le) (?:quemo|quemare|hundo|hundire|destrozo|destrozare|destruyo|destruire|funo|funare|escracho|escrachare|hago mierda|pongo verdes?|pondre verdes?)\b[^.!?]{0,30}\b(?:en|por) ${PLATFORM}`,
      weight: 0.85,
      examples: ['o les quemo en google maps', 'los hundo en TripAdvisor', 'los escracho por las redes'],
      counterExamples: ['los vimos en google maps'],
    },
    {
      id: 'es.review-threat.reviews-everywhere',
      signal: 'review_threat',
      pattern: r`\b(?:resenas|opiniones|criticas|valoraciones|comentarios) (?:negativas|malas|de una estrella)\b[^.!?]{0,15}\b(?:en todos lados|en todas partes|por todas partes|en todas las (?:plataformas|redes|paginas))\b`,
      weight: 0.85,
      examples: ['reseñas negativas en todos lados'],
      counterExamples: ['opiniones positivas en todas partes'],
    },
  ],
};
export default family;
