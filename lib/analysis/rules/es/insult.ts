/** Spanish: insults and slurs aimed at staff or owners (not at the food or the room). */
import type { RuleFamily } from '../types';

const r = String.raw;
const PEOPLE = r`(?:personal|gente|gentuza|dueno|duena|duenos|jefe|jefa|gerente|encargad[oa]|camarer[oa]s?|mesero|meseros|recepcionistas?|empleados?|trabajadores|propietari[oa]s?|ladrones|cocineros?|administrador|director|directora|seguridad|portero)`;

const family: RuleFamily = {
  lang: 'es',
  family: 'insult',
  rules: [
    {
      id: 'es.insult.slur',
      signal: 'insult',
      pattern: r`\b(?:imbecil(?:es)?|idiotas?|estupid[oa]s?(?! (?:error|fallo|detalle|problema|malentendido))|cretin[oa]s?|subnormal(?:es)?|gilipollas|cabron(?:es|a|as)?|hij[oa]s? de (?:puta|perra)|hdp|pendej[oa]s?|malparid[oa]s?|comemierdas?|singa[od]s?|hijueputas?|pelotud[oa]s?|boludos?|huevon(?:es|a)?|mamahuevos?|tarad[oa]s?|retrasad[oa]s? mentales?|mongol(?:o|os|a)|cerd[oa]s? asqueros[oa]s?|gordo asqueroso|zorras?|putas?|mamon(?:es|a)?|capull[oa]s?|desgraciad[oa]s?|sinverguenzas|energumen[oa]s?|gentuza|chusma|escoria|bastard[oa]s?|maldit[oa]s? (?:cabron\w{0,3}|ladron\w{0,3}|sea|seas|sean))\b`,
      weight: 0.8,
      examples: ['La recepcionista es una imbécil', 'hijos de puta', 'su marido un pendejo', 'Unos subnormales', 'malditos cabrones', 'Gentuza.'],
      counterExamples: ['la comida era estupenda', 'un estúpido error de reserva nuestro'],
      note: '"estúpido error" is a known false positive guarded by the counter-example only at word level',
    },
    {
      id: 'es.insult.you-are',
      signal: 'insult',
      pattern: r`\b(?:es|son|eres|sois|un|una|unos|unas|panda de|pandilla de|banda de|atajo de|hatajo de|manada de|monton de)\s(?:(?:vieja|viejo|pedazo de|puto|puta|pobre)\s)?(?:inutiles|incompetentes|payasos?|payasas?|basura(?! de (?:comida|hotel|sitio|lugar|habitacion|servicio|buffet|cena|desayuno|cafe|vino))|brujas?|bestias|animales|cerdos?|cerdas?|ratas|mierda|asquerosos?|asquerosas?|ignorantes|analfabetos?|tarados?|cretinos?|imbeciles|idiotas)\b`,
      weight: 0.75,
      examples: ['Panda de inútiles', 'un cretino y un payaso', 'Son una basura de gente', 'es una vieja bruja amargada'],
      counterExamples: ['el buffet era una basura de comida recalentada', 'una rata de campo'],
      note: 'counterexample: "una basura" about food is a complaint; only "basura" after people-verbs is kept (engine sees the object)',
    },
    {
      id: 'es.insult.of-shit',
      signal: 'insult',
      pattern: r`\b${PEOPLE} de mierda\b`,
      weight: 0.75,
      examples: ['Personal de mierda', 'ladrones de mierda'],
      counterExamples: ['hotel de mierda con vistas', 'la comida de mierda'],
    },
    {
      id: 'es.insult.filthy-staff',
      signal: 'insult',
      pattern: r`\b(?:camarer[oa]|recepcionista|dueno|duena|encargad[oa]|mesero)\b[^.!?]{0,15}\b(?:gord[oa]|asquerosos?|asquerosas?|feo|fea)\b[^.!?]{0,20}\b(?:asquerosos?|asquerosas?|cerdos?|cerdas?)\b`,
      weight: 0.7,
      examples: ['El camarero gordo y asqueroso nos atendió como un cerdo'],
      counterExamples: ['el camarero muy atento'],
    },
  ],
};
export default family;
