/** Spanish: insults, slurs, threats of violence, stalking and doxxing aimed at staff or owners (Spain and Latin America). */
import type { RuleFamily } from '../types';

const r = String.raw;
const PEOPLE = r`(?:personal|gente|gentuza|dueno|duena|duenos|jefe|jefa|gerente|encargad[oa]|camarer[oa]s?|mesero|meseros|recepcionistas?|empleados?|trabajadores|propietari[oa]s?|ladrones|cocineros?|administrador|director|directora|seguridad|portero)`;

const family: RuleFamily = {
  lang: 'es',
  family: 'abuse',
  rules: [
    {
      id: 'es.abuse.slur',
      signal: 'insult',
      pattern: r`\b(?:imbecil(?:es)?|idiotas?|estupid[oa]s?(?! (?:error|fallo|detalle|problema|malentendido))|cretin[oa]s?|subnormal(?:es)?|gilipollas|cabron(?:es|a|as)?|hij[oa]s? de (?:puta|perra)|hdp|pendej[oa]s?|malparid[oa]s?|comemierdas?|singa[od]s?|hijueputas?|pelotud[oa]s?|boludos?|huevon(?:es|a)?|mamahuevos?|tarad[oa]s?|retrasad[oa]s? mentales?|mongol(?:o|os|a)|cerd[oa]s? asqueros[oa]s?|gordo asqueroso|zorras?|putas?|mamon(?:es|a)?|capull[oa]s?|desgraciad[oa]s?|sinverguenzas|energumen[oa]s?|gentuza|chusma|escoria|bastard[oa]s?|maldit[oa]s? (?:cabron\w{0,3}|ladron\w{0,3}|sea|seas|sean))\b`,
      weight: 0.8,
      examples: ['La recepcionista es una imbécil', 'hijos de puta', 'su marido un pendejo', 'Unos subnormales', 'malditos cabrones', 'Gentuza.'],
      counterExamples: ['la comida era estupenda', 'un estúpido error de reserva nuestro'],
      note: '"estúpido error" is a known false positive guarded by the counter-example only at word level',
    },
    {
      id: 'es.abuse.you-are',
      signal: 'insult',
      pattern: r`\b(?:es|son|eres|sois|un|una|unos|unas|panda de|pandilla de|banda de|atajo de|hatajo de|manada de|monton de)\s(?:(?:vieja|viejo|pedazo de|puto|puta|pobre)\s)?(?:inutiles|incompetentes|payasos?|payasas?|basura(?! de (?:comida|hotel|sitio|lugar|habitacion|servicio|buffet|cena|desayuno|cafe|vino))|ladrones|brujas?|bestias|animales|cerdos?|cerdas?|ratas|mierda|asquerosos?|asquerosas?|ignorantes|analfabetos?|tarados?|cretinos?|imbeciles|idiotas|estafadores)\b`,
      weight: 0.6,
      examples: ['Panda de inútiles', 'un cretino y un payaso', 'Son una basura de gente', 'es una vieja bruja amargada'],
      counterExamples: ['el buffet era una basura de comida recalentada', 'una rata de campo'],
      note: 'counterexample: "una basura" about food is a complaint; only "basura" after people-verbs is kept (engine sees the object)',
    },
    {
      id: 'es.abuse.of-shit',
      signal: 'insult',
      pattern: r`\b${PEOPLE} de mierda\b`,
      weight: 0.75,
      examples: ['Personal de mierda', 'ladrones de mierda'],
      counterExamples: ['hotel de mierda con vistas', 'la comida de mierda'],
    },
    {
      id: 'es.abuse.filthy-staff',
      signal: 'insult',
      pattern: r`\b(?:camarer[oa]|recepcionista|dueno|duena|encargad[oa]|mesero)\b[^.!?]{0,15}\b(?:gord[oa]|asquerosos?|asquerosas?|feo|fea)\b[^.!?]{0,20}\b(?:asquerosos?|asquerosas?|cerdos?|cerdas?)\b`,
      weight: 0.6,
      examples: ['El camarero gordo y asqueroso nos atendió como un cerdo'],
      counterExamples: ['el camarero muy atento'],
    },
    {
      id: 'es.abuse.violence',
      signal: 'violence_threat',
      pattern: r`\b(?:os|les|te|le|lo|la|los) (?:voy|vamos) a (?:partir|romper|matar|reventar|pegar|dar una paliza|quemar|destrozar|joder|buscar)\b|\b(?:ya (?:va|vas|van|veras|vera|veran) (?:a ver|lo que)|ya (?:veras|vera|veran)\b)|\bte (?:voy a )?esper(?:ar|o|amos) a la salida\b|\bos (?:parto|rompo|reviento) la cara\b`,
      weight: 0.8,
      examples: ['os voy a partir la cara a todos', 'Ya va a ver lo que le pasa', 'Te voy a esperar a la salida del restaurante, ya verás'],
      counterExamples: ['ya veremos si volvemos', 'te voy a recomendar este sitio'],
    },
    {
      id: 'es.abuse.wish-harm',
      signal: 'violence_threat',
      pattern: r`\bojala (?:se|les|le|te|os)\b[^.!?]{0,30}\b(?:queme|quemen|muera|mueran|mueras|pase algo|caiga|caigan|hunda|cierren y se pudran|pudran)\b`,
      weight: 0.7,
      examples: ['ojala se les queme el local con ustedes adentro'],
      counterExamples: ['ojalá les vaya muy bien', 'ojala volvamos pronto'],
    },
    {
      id: 'es.abuse.stalking',
      signal: 'violence_threat',
      pattern: r`\b(?:se|sabemos|conozco) donde vive(?:s|n)?\b|\b(?:publicare|publicar|difundire|difundir|voy a publicar|voy a difundir|dare|dar)\b[^.!?]{0,30}\b(?:direccion|telefono|domicilio|matricula)\b[^.!?]{0,20}\b(?:casa|hij[oa]s?|familia|mujer|marido|esposa|particular|personal)\b`,
      weight: 0.7,
      examples: ['Sé dónde vive el gerente', 'Voy a publicar la dirección de su casa y el teléfono de su hija'],
      counterExamples: ['publicaré fotos del hotel', 'la dirección del hotel es fácil de encontrar'],
    },
    {
      id: 'es.abuse.death-threat',
      signal: 'violence_threat',
      pattern: r`\b(?:os|les|te|lo|la|los) (?:mato|matare|matamos|mataremos)\b|\bvais a (?:morir|pagarlo caro)\b|\bme las (?:van|vas) a pagar\b`,
      weight: 0.85,
      examples: ['te mato', 'me las van a pagar'],
      counterExamples: ['el calor nos mató'],
    },
  ],
};
export default family;
