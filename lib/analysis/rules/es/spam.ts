/** Spanish: not an account of an experience with this business: ads, links, wrong place, politics, tests. Gibberish is the engine's. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'spam',
  rules: [
    {
      id: 'es.spam.link',
      signal: 'spam',
      pattern: r`\b(?:https?:\/\/|www\.)[a-z0-9-]{1,60}|\bt\.me\/|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|biz|xyz|io|ly|me|es|it|top|site|online|club)\b(?!\.)`,
      weight: 0.55,
      examples: ['Visita www.dinero-facil-ya.com', 'http://seguidores-top.net', 't.me/cripto-ganancias'],
      counterExamples: ['reservamos en la web del hotel'],
    },
    {
      id: 'es.spam.ad',
      signal: 'spam',
      pattern: r`\b(?:gan[ae] dinero|gane \d+|dinero facil|desde (?:su |tu )?casa sin|sin trabajar|prestamos? (?:rapidos?|sin aval)|compr[ae] seguidores|seguidores (?:baratos|reales)|criptomonedas?|invierte en|multiplica tu dinero|oferta especial|llame ya|haga clic|pincha aqui|promocion exclusiva|trabajo desde casa|bitcoin gratis|sorteo|concurso|etiqueta a (?:tres|dos|\d) amigos|ganar un viaje|gana un viaje|promocion (?:2x1|especial)|2x1|reserva ya|reserve ya|oferta limitada)\b`,
      weight: 0.85,
      examples: ['¡Gana dinero desde casa!', 'Compre seguidores para Instagram baratos', 'préstamos rápidos sin aval', 'invierte en nuestro nuevo token'],
      counterExamples: ['el dinero del viaje lo ahorramos'],
    },
    {
      id: 'es.spam.political-rant',
      signal: 'spam',
      pattern: r`\b(?:votar (?:a|contra|por)|(?:proximas|las) elecciones|los politicos son|presidente del gobierno|partido (?:popular|socialista|comunista)|abajo (?:el gobierno|la dictadura)|verguenza de (?:alcalde|gobierno|politicos|ayuntamiento)|(?:el ayuntamiento|el gobierno) (?:ha subido|sube) (?:otra vez )?(?:los )?impuestos)\b`,
      weight: 0.8,
      examples: ['Hay que votar contra ellos en las próximas elecciones', 'los políticos son todos unos corruptos', 'el ayuntamiento ha subido otra vez los impuestos'],
      counterExamples: ['el hotel del gobierno estaba bien'],
    },
    {
      id: 'es.spam.politics',
      signal: 'spam',
      pattern: r`\b(?:el gobierno|la dictadura|el regimen)\b`,
      weight: 0.4,
      examples: ['El gobierno es un desastre'],
      counterExamples: ['a la izquierda de la recepción'],
      note: 'weak: Cuban reviews mention the state in passing; only dominant when nothing else is said',
    },
    {
      id: 'es.spam.wrong-place',
      signal: 'spam',
      pattern: r`\b(?:me equivoque de (?:ficha|sitio|lugar|negocio|pagina|hotel|restaurante)|queria (?:opinar|escribir|comentar) (?:sobre|de) (?:el|la|otro|otra)|nunca (?:estuve|he estado|fui) (?:aqui|alli|ahi|en este)\b(?! tan)|no he estado nunca|solo estoy probando|(?:resena|comentario) de prueba|estoy probando (?:la|como)|mi primer comentario en google)\b`,
      weight: 0.85,
      examples: ['Me equivoqué de ficha', 'Nunca estuve aquí pero', 'solo estoy probando cómo funciona', 'Reseña de prueba para clase'],
      counterExamples: ['nunca estuve tan a gusto en un hotel'],
    },
    {
      id: 'es.spam.question',
      signal: 'spam',
      pattern: r`\balguien (?:sabe|vende|tiene|conoce|me pasa|(?:me |nos )?(?:puede|podria) (?:recomendar|decir|ayudar))\b`,
      weight: 0.8,
      examples: ['Alguien sabe a qué hora abre la farmacia', '¿Alguien me pasa el contacto del taxista?'],
      counterExamples: ['alguien nos ayudó con las maletas'],
    },
    {
      id: 'es.spam.sport',
      signal: 'spam',
      pattern: r`\b(?:hala madrid|visca (?:el )?barca|real madrid campeon|atleti campeon|aupa athletic|boca campeon|dale river)\b`,
      weight: 0.6,
      examples: ['Real Madrid campeón!!! Hala Madrid'],
      counterExamples: ['cerca del estadio del Real Madrid'],
    },
    {
      id: 'es.spam.classified-ad',
      signal: 'spam',
      pattern: r`\b(?:vendo|se vende|alquilo|se alquila|compro oro|interesados (?:llamar|escribir|contactar)|precio negociable|llamen al|escribanme al|contacto por whatsapp)\b`,
      weight: 0.85,
      examples: ['Vendo apartamento en la playa, interesados escribir', 'se alquila casa'],
      counterExamples: ['nos vendieron una excursión cara'],
    },
    {
      id: 'es.spam.greetings',
      signal: 'spam',
      pattern: r`\b(?:saludos a (?:todos|todas|mis|toda|mi)|feliz navidad|felices fiestas|un saludo a (?:todos|mis)|hola a todos (?:mis|los) (?:amigos|seguidores))\b`,
      weight: 0.6,
      examples: ['saludos a todos mis amigos de la uni', 'Feliz Navidad a todos'],
      counterExamples: ['saludos cordiales, Ana'],
    },
    {
      id: 'es.spam.self-promotion',
      signal: 'spam',
      pattern: r`\b(?:mi canal|suscribanse|suscribete|suscribirse|denle like|dale like|siganme en|sigueme en|sigan mi (?:cuenta|perfil|pagina)|visiten mi (?:pagina|perfil|tienda|web)|mi tienda online)\b`,
      weight: 0.85,
      examples: ['Sigan mi cuenta de recetas', 'Visiten mi canal de YouTube', 'suscríbanse y denle like', 'sígueme en Instagram'],
      counterExamples: ['seguimos las indicaciones'],
    },
    {
      id: 'es.spam.lost-and-found',
      signal: 'spam',
      pattern: r`\balguien (?:encontro|ha encontrado|vio|ha visto|perdio)\b`,
      weight: 0.6,
      examples: ['Alguien encontró unas llaves de coche'],
      counterExamples: ['alguien nos encontró una mesa'],
    },
    {
      id: 'es.spam.job-or-test',
      signal: 'spam',
      pattern: r`\b(?:busco a (?:una chica|un chico|una persona) que|busco (?:trabajo|empleo|companer[oa]s? de piso|compi|piso|habitacion en alquiler)|se busca (?:camarer[oa]|personal|cocinero)|ofrezco mis servicios|probando,? probando|prueba,? prueba)\b`,
      weight: 0.85,
      examples: ['Busco a una chica que conocí en este bar', 'Busco trabajo de camarera en la zona', 'busco compañeros de piso para septiembre', 'Probando probando, 1 2 3'],
      counterExamples: ['probamos todos los platos'],
    },
  ],
};
export default family;
