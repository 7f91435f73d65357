/** Spanish: a threat to post, spread or worsen a review. Positive promises are cancelled by cues.positivePromise. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:resena|opinion|comentario|valoracion|critica|review|puntuacion|calificacion|nota|estrellas?)(?:e?s)?`;
const PLATFORM = r`(?:google|tripadvisor|trip advisor|booking|facebook|instagram|tiktok|twitter|yelp|internet|todas las redes|las redes|redes sociales|todas partes|todos lados|todas las plataformas|todos los sitios|(?:todas )?las webs(?: de viajes)?|los portales(?: de opinion)?)`;

const family: RuleFamily = {
  lang: 'es',
  family: 'review-threat',
  rules: [
    {
      id: 'es.review-threat.will-post',
      signal: 'review_threat',
      pattern: r`\b(?:publicare(?:mos)?|publico|escribire(?:mos)?|escribo|pondre(?:mos)?|pongo|dejare(?:mos)?|dejo|subire|hare|les? hago|les dejo|(?:voy|vamos|van|a punto de) (?:a )?(?:publicar|escribir|poner|dejar|subir|hacer)(?:les|le)?)\b[^.!?]{0,30}\b(?:${REVIEW}|(?:mi|nuestra|sus?) experiencias?)\b|\b(?:mala|malas|pesima|pesimas|negativa|negativas|horrible|horribles|terrible|terribles|fea|feas) (?:resena|opinion|critica|valoracion|puntuacion|nota|publicidad)e?s?\b`,
      weight: 0.6,
      examples: ['publicaré una reseña muy negativa en TripAdvisor', 'o dejo una reseña horrible', 'les hago una reseña que los hunde', 'escribo una reseña negativa en Google', 'publicaremos nuestra valoración del trato recibido', 'Van a publicar sus experiencias', 'estoy a punto de publicar mi opinión', 'dejar una mala opinión en Booking', 'les voy a hacer mala publicidad'],
      counterExamples: ['leí una reseña antes de reservar', 'las reseñas de este hotel son buenas', 'una buena opinión'],
      note: 'also honest reviews ("voy a dejar una reseña sincera", "tengo mala opinión del hotel"): blackmail needs a demand beside it',
    },
    {
      id: 'es.review-threat.negative-review',
      signal: 'review_threat',
      pattern: r`\b${REVIEW} (?:muy |bien |super )?(?:negativ[ao]s?|horrible|devastador[ao]|terrible|pesim[ao]|malisim[ao]|demoledor[ao]|de (?:una|1|cero) estrellas?)\b|\b(?:una|1) estrella en (?:${PLATFORM})|\bsu (?:negocio|ficha|hotel|restaurante|local|perfil) con (?:una|1) estrella\b|\bya (?:veremos|vere|veran) (?:que|lo que|como) (?:escribimos|escribo|escribiremos|escribire|ponemos|pongo|pondremos|pondre|publicamos|publico|opinamos|contamos)\b|\b(?:publico|publicare|subo|subire|comparto|compartire|difundo|difundire|pongo|pondre|cuelgo|colgare|voy a (?:publicar|subir|compartir|difundir|colgar))\b[^.!?]{0,30}\b(?:fotos|videos|todo|lo que paso|mi experiencia|la verdad|capturas)\b[^.!?]{0,30}\b(?:en|por) ${PLATFORM}`,
      weight: 0.8,
      examples: ['reseña negativa en Google', 'pongo una reseña de una estrella en Booking', 'una opinión demoledora', 'una estrella en Booking, Google y TripAdvisor', 'Si no quiere ver su negocio con 1 estrella', 'Si no, ya veremos qué escribimos', 'publico las fotos del baño en todas las redes', 'voy a subir todo en internet'],
      counterExamples: ['las reseñas positivas no mienten', 'una crítica constructiva', 'cinco estrellas en Google', 'ya veremos qué hacemos mañana', 'subí fotos preciosas de la playa'],
    },
    {
      id: 'es.review-threat.tell-online',
      signal: 'review_threat',
      pattern: r`\b(?:contar|describir|explicar|publicar|relatar|difundir|compartir|hablar|contarlo|publicarlo|difundirlo|compartirlo|subirlo)\b[^.!?]{0,40}\b(?:en|por) (?:${PLATFORM}|linea|la red)\b|\b(?:cuento|contare|contara|digo|dire|publico|publicare|explico|explicare|contamos|contaremos|diremos|escribo|escribire)\b[^.!?]{0,10}\b(?:la verdad|como fue|tal cual|con pelos y senales)\b|\blo (?:subo|cuento|publico|pongo|subire|contare|publicare) (?:a|en|por) (?:todos lados|todas partes|las redes|internet)\b`,
      weight: 0.65,
      examples: ['lo subo a todos lados con fotos', 'procederé a relatar públicamente lo sucedido en los portales de opinión', 'me daría mucha pena tener que describir esta estancia en internet', 'voy a difundirlo por las redes', 'empezaremos a compartir nuestra experiencia en todas las plataformas', 'si no, cuento la verdad sobre su servicio', 'diré la verdad en mi reseña', 'si no, pues la escribo como fue', 'contará todo con pelos y señales'],
      counterExamples: ['vimos las fotos en internet', 'la verdad es que estuvo bien'],
    },
    {
      id: 'es.review-threat.tell-on-platform',
      signal: 'review_threat',
      pattern: r`\b(?:(?:cont|explic|relat|public|habl|desahog|dej)are|(?:describ|compart|escrib|sub)ire|pondre|contaremos|publicaremos)\b[^.!?]{0,60}\b(?:en|por) ${PLATFORM}|\b(?:todo el mundo|el mundo entero|todos|toda la gente|la gente)\b[^.!?]{0,20}\b(?:(?:va|van|vaya) a )?(?:leer|lee|saber|sabr|ver|enterar)\w{0,5}\b[^.!?]{0,40}\b${PLATFORM}|\b(?:mis|nuestros) (?:seguidores|lectores|suscriptores|fans)\b[^.!?]{0,30}\b(?:sabran|veran|conoceran|se enteraran|leeran|van a saber|van a ver)\b|\b(?:contactare|hablare|llamare|escribire) (?:con|a) (?:la prensa|los medios|periodistas|un periodista|la television)\b`,
      weight: 0.75,
      examples: ['contaré con todo detalle nuestra experiencia en TripAdvisor', 'compartiré lo que pasó en las redes sociales', 'ya me desahogaré en google', 'mañana todo el mundo va a leer en google lo que pasó', 'todos van a saber en internet cómo tratan a los clientes', 'mis seguidores sabrán cómo tratan aquí a los clientes', 'contactaré con la prensa'],
      counterExamples: ['contaré a mis amigos lo bien que comimos', 'todo el mundo fue amable', 'mis seguidores me recomendaron este sitio'],
    },
    {
      id: 'es.review-threat.before-writing',
      signal: 'review_threat',
      pattern: r`\bantes de (?:que [^.!?]{0,25})?(?:escribir|publicar|poner|dejar|subir|colgar|escriba|publique|ponga|deje|suba|cuelgue) (?:mi|la|una|nuestra|su|cualquier) (?:resena|opinion|valoracion|critica|comentario|puntuacion)\b|\bantes de darle a (?:publicar|enviar)\b|\bantes de (?:escribir|publicar|opinar) en\b|\bantes de (?:dar|poner|decidir) (?:mi|la|una|nuestra) (?:valoracion|puntuacion|nota|calificacion|opinion|resena)\b`,
      weight: 0.7,
      examples: ['Prefiero arreglarlo entre nosotros antes de escribir mi reseña', 'antes de que mi marido publique su crítica', 'Antes de darle a publicar', 'antes de escribir en Tripadvisor', 'Antes de dar mi valoración en Google'],
      counterExamples: ['antes de escribir la carta', 'antes de dar la vuelta'],
    },
    {
      id: 'es.review-threat.review-ready',
      signal: 'review_threat',
      pattern: r`\b(?:tengo|tenemos) (?:la|una|mi|nuestra) ${REVIEW} (?:ya )?(?:escrita|preparada|lista|redactada)\b|\bel texto (?:ya )?(?:escrito|preparado|listo|redactado)\b|\b${REVIEW} (?:ya )?(?:escrita|preparada|lista|redactada) (?:para|y) (?:publicar|subir|colgar)\b|\b(?:tengo|tenemos) (?:ya )?(?:escrit|preparad|redactad|list)[ao]s? [^.!?]{0,20}\b${REVIEW}\b|\b(?:estoy|estamos) (?:redactando|escribiendo|preparando|terminando) (?:mi|la|una|nuestra|las|mis) ${REVIEW}\b|\b(?:tengo|tenemos) (?:la app de |la aplicacion de )?(?:google|tripadvisor|booking)(?: maps)? (?:abiert[oa]|a mano)\b`,
      weight: 0.85,
      examples: ['Tengo la reseña ya escrita', 'la opinión lista para publicar', 'Tengo preparadas cinco reseñas', 'estoy redactando mi opinión para Tripadvisor', 'Tengo la app de Google abierta', 'Tengo el móvil en la mano y el texto escrito'],
      counterExamples: ['tengo la cuenta ya pagada'],
    },
    {
      id: 'es.review-threat.burn-online',
      signal: 'review_threat',
      pattern: r`\b(?:los|les|la|lo|te|le|os) (?:quemo|quemare|hundo|hundire|destrozo|destrozare|destruyo|destruire|funo|funare|escracho|escrachare|hago mierda|pongo verdes?|pondre verdes?|pongo a (?:caer de un burro|parir))\b[^.!?]{0,30}\b(?:en|por) ${PLATFORM}|\b(?:resenas|opiniones|criticas|valoraciones|comentarios) (?:negativas|malas|de una estrella)\b[^.!?]{0,15}\b(?:en todos lados|en todas partes|por todas partes|en todas las (?:plataformas|redes|paginas))\b|\b${REVIEW}\b[^.!?]{0,30}\bser(?:a|ia)\b[^.!?]{0,12}\b(?:devastador[ao]|horrible|terrible|negativ[ao]|demoledor[ao]|muy distint[ao]|muy diferente)|\b${REVIEW}\b[^.!?]{0,20}\bque (?:los|les|te|le|lo) (?:hunde|hunda|hundira|destruye|destruya|arruina|arruine|cierra|cierre)\b`,
      weight: 0.85,
      examples: ['os pongo a caer de un burro en booking', 'o les quemo en google maps', 'los hundo en TripAdvisor', 'los escracho por las redes', 'reseñas negativas en todos lados', 'mi opinión en TripAdvisor será devastadora', 'esta reseña sería muy distinta', 'les hago una reseña que los hunde'],
      counterExamples: ['los vimos en google maps', 'opiniones positivas en todas partes', 'la reseña será publicada pronto', 'una reseña que me ayudó'],
    },
    {
      id: 'es.review-threat.hate-to-write',
      signal: 'review_threat',
      pattern: r`\b(?:evitar|no quisiera|no me gustaria|odiaria|me daria pena|me sabria mal|lamentaria|preferiria no|me veo obligad[oa] a|me vere (?:obligad[oa] a|en la obligacion de))\b[^.!?]{0,20}\b(?:tener que )?(?:dejar|escribir|publicar|poner|subir|contar|describir)(?:le|les|lo)?\b[^.!?]{0,30}\b(?:${REVIEW}|(?:en|por) ${PLATFORM}|al mundo)|\b(?:no quisiera|no me gustaria|odiaria|por el bien de) (?:tener que )?(?:empanar |manchar |perjudicar |bajar )?(?:su|sus|esas?|vuestra) (?:puntuacion|reputacion|notas?|imagen)\b|\b(?:seria una pena|seria una lastima|no queremos|no quiero|no nos gustaria|no me gustaria)\b[^.!?]{0,40}\b(?:acab\w{1,4} en (?:internet|las redes|google|tripadvisor)|se (?:sepa|supiera|entere|enterara|enteren|enteraran)|(?:otros|futuros|demas|proximos) (?:viajeros|clientes|huespedes)\b[^.!?]{0,12}\b(?:supieran|sepan|leyeran|lean|llevaran|lleven))\b|\b(?:nota|puntuacion|valoracion|media|calificacion|estrellas)\b[^!?]{0,40}\b(?:seria una (?:pena|lastima)|no (?:querra|querran|querriais|quieren)) que (?:baj|cayer|caig|perdier)\w{1,4}\b`,
      weight: 0.85,
      examples: ['No me gustaría nada tener que contarle al mundo lo de la piscina', 'Me gustaría evitar tener que dejar una mala opinión en Booking', 'No quisiera tener que escribir una reseña negativa', 'no quisiera empañar su puntuación', 'Por el bien de esas notas', 'sería una pena que otros viajeros lo supieran', 'no quiero que esto acabe en internet', 'Sería una pena que se enteraran de cómo nos trataron', 'No me gustaría que los futuros huéspedes se llevaran una mala impresión', 'tiene una nota de 4,6 en Google. Sería una pena que bajara'],
      counterExamples: ['quisiera dejar una reseña positiva', 'sería una pena que cerraran el restaurante'],
    },
    {
      id: 'es.review-threat.reach',
      signal: 'review_threat',
      pattern: r`\blo que (?:yo )?(?:publique|escriba|diga|cuente|suba) lo (?:leen|ven|leeran|veran|siguen)\b|\b(?:lee|leen|sigue|siguen) mis ${REVIEW}\b|\b(?:escrib|trabaj|colabor)[oe] (?:para|con|en) (?:una|un|la|el) (?:revista|periodico|diario|blog|guia|medio|cadena|web)\b|\b(?:amigos|contactos|conocidos) (?:periodistas|en la prensa|en los medios)\b|\b(?:amig[oa]s|familiares|conocidos|contactos|companeros|seguidores|vecinos|grupo)\b[^.!?]{0,40}\b(?:escriben|escribiran|opinan|opinaran|publican|publicaran|comentan|comentaran|resenan|valoran|dejaran|pondran|van a (?:escribir|opinar|publicar|dejar|poner))\b|\bya (?:se (?:lo )?)?(?:imaginara|imaginaran|imaginan|puede imaginar|pueden imaginar|me entiende|me entienden|me entendeis|sabeis|sabra|sabran)\b`,
      weight: 0.6,
      examples: ['lo que yo publique lo leen miles de personas', '¿Sabe cuánta gente lee mis reseñas?', 'escribo para una revista', 'mi mujer, que escribe en una web de viajes', 'Tengo amigos periodistas en el diario local', 'tengo muchos amigos en el pueblo y todos escriben en google', 'mis compañeros de trabajo también dejarán su opinión', 'Si no, ya se imaginará', 'Ya me entienden.', 'Sin detallito, ya sabéis', 'si no pues ya sabrá'],
      counterExamples: ['lo que nos sirvieron lo comimos todo', 'mis amigos me recomendaron el sitio', 'se imaginarán lo bien que lo pasamos'],
      note: 'veiled leverage (an audience, the guest\'s circle, "ya se imaginará"): alone a profession or a turn of phrase, so blackmail needs a demand beside it',
    },
    {
      id: 'es.review-threat.not-yet-written',
      signal: 'review_threat',
      pattern: r`\b(?:todavia|aun) no he (?:escrito|publicado|puesto|decidido|valorado|subido)\b[^.!?]{0,30}\b(?:${REVIEW}|cuantas estrellas|que nota|que puntuacion)\b|\b(?:estoy dudando|dudo|no se todavia|aun no se|decidire|decidiremos) (?:que|cuantas|entre|como)\b[^.!?]{0,20}\b(?:nota|estrellas|puntuacion|valoracion|cuento|escribo|pongo|publico)\b`,
      weight: 0.75,
      examples: ['Todavía no he escrito mi reseña', 'estoy dudando qué nota poner', 'aún no he decidido cuántas estrellas', 'decidiré qué cuento en mi perfil de Google'],
      counterExamples: ['todavía no he decidido si volver'],
    },
    {
      id: 'es.review-threat.let-everyone-read',
      signal: 'review_threat',
      pattern: r`\bque (?:lo )?(?:lea|sepa|vea|lean|sepan|vean) (?:todo el mundo|el mundo entero|todos|la gente|toda la red|todo (?:google|tripadvisor|booking|internet))\b|\b(?:no|tampoco) (?:habra|tendran|tendreis|veran) (?:una |la )?${REVIEW}|\b(?:quede|queden) entre nosotros\b|\bno respondo de lo que (?:diga|escriba|publique|cuente|ponga|suba)\b|\b(?:tendran|tendreis|recibiran) (?:la|lo) que se (?:merecen|han ganado)\b|\b${REVIEW} nueva\b|\bno (?:os|les|le) va a gustar\b|\b(?:hundir|destruir|arruinar|destrozar|manchar|danar)(?:les|le)?\b[^.!?]{0,12}\b(?:su|tu|vuestra|la) (?:reputacion|imagen|fama|nota|puntuacion|valoracion)\b`,
      weight: 0.7,
      examples: ['mañana tenéis reseña nueva y no os va a gustar', 'Ahora que lo lea todo el mundo', 'que lo sepa todo TripAdvisor', 'tampoco habrá reseña bonita', 'preferirán que queden entre nosotros', 'no respondo de lo que diga', 'Sin ella, tendrán la que se merecen', 'Nos ha contratado para hundir su reputación online'],
      counterExamples: ['que lo disfrute todo el mundo', 'la lluvia arruinó la excursión'],
    },
    {
      id: 'es.review-threat.review-reference',
      signal: 'review_threat',
      pattern: r`\b(?:mi|esta|nuestra|mis) (?:resena|valoracion|critica|puntuacion|calificacion|review)\b|\b(?:en|por) (?:google(?: maps)?|tripadvisor|booking|las redes|redes sociales|internet|todas las webs)\b|\b(?:siete|ocho|nueve|diez|\d{2,}) (?:resenas|opiniones|valoraciones)\b`,
      weight: 0.45,
      examples: ['Somos siete. Siete reseñas.', 'si no, mi reseña lo dirá', 'o lo cuento en Google', 'atente a las consecuencias en todas las webs de viajes'],
      counterExamples: ['reservamos directamente con el hotel'],
      note: 'a bare reference to a review or a platform: under the engine\'s 0.5 tie floor, so blackmail only through the soft tie (a demand and a condition such as "si", "o…o", "a cambio" nearby)',
    },
    {
      id: 'es.review-threat.your-score',
      signal: 'review_threat',
      pattern: r`\b(?:su|sus|esas?|vuestra|vuestras) (?:puntuacion|reputacion|notas?|valoraciones|imagen)(?: online| en (?:internet|google|booking|tripadvisor))?\b`,
      weight: 0.45,
      examples: ['su reputación online es importante', 'Por el bien de esas notas'],
      counterExamples: ['mi nota es un ocho'],
      note: 'the business\'s own score named to it: leverage only beside a demand and a condition or deadline (soft tie)',
    },
  ],
};
export default family;
