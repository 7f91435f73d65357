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
      pattern: r`\b(?:imbecil(?:es)?|idiotas?|cretin[oa]s?|subnormal(?:es)?|gilipollas|cabron(?:es|a|as)?|hij[oa]s? de (?:puta|perra)|hdp|pendej[oa]s?|malparid[oa]s?|comemierdas?|singa[od]s?|hijueputas?|pelotud[oa]s?|boludos?|huevon(?:es|a)?|mamahuevos?|tarad[oa]s?|retrasad[oa]s? mentales?|mongol(?:o|os|a)|cerd[oa]s? asqueros[oa]s?|gordo asqueroso|zorras?|putas?|mamon(?:es|a)?|capull[oa]s?|desgraciad[oa]s?|energumen[oa]s?|gentuza|chusma|escoria|bastard[oa]s?|maldit[oa]s? (?:cabron\w{0,3}|ladron\w{0,3}|sea|seas|sean))\b`,
      weight: 0.8,
      examples: ['La recepcionista es una imbécil', 'hijos de puta', 'su marido un pendejo', 'Unos subnormales', 'malditos cabrones', 'Gentuza.'],
      counterExamples: ['la comida era estupenda', 'un estúpido error de reserva nuestro'],
      note: '"estúpido error" is a known false positive guarded by the counter-example only at word level',
    },
    {
      id: 'es.insult.you-are',
      signal: 'insult',
      pattern: r`\b(?:es|son|eres|sois|un|una|unos|unas|menud[oa]s?|panda de|pandilla de|banda de|atajo de|hatajo de|manada de|monton de)\s(?:(?:vieja|viejo|pedazo de|puto|puta|pobre)\s)?(?:inutiles|incompetentes|payasos?|payasas?|brujas?|bestias|animales|cerdos?|cerdas?|ratas|ignorantes|estupid[oa]s?(?! (?:error|fallo|detalle|problema|malentendido))|analfabetos?|tarados?|retrasad[oa]s?|guarr[oa]s?|tont[oa]s? de remate|muert[oa]s? de hambre|chupasangres|viboras?|mangantes|cretinos?|imbeciles|idiotas)\b`,
      weight: 0.75,
      examples: ['pandilla de mangantes', 'Menudo retrasado', 'La dueña es una víbora', 'un muerto de hambre y un chupasangres', 'es tonta de remate y el cocinero un guarro', 'Panda de inútiles', 'un cretino y un payaso', 'es una vieja bruja amargada', 'el dueño un estúpido'],
      counterExamples: ['el hotel es una basura', 'una rata de campo', 'Cuán estúpidos podemos ser', 'un estúpido error nuestro'],
      note: 'predicates about things ("el hotel es una basura") are complaints, so only people-nouns and slurs are listed',
    },
    {
      id: 'es.insult.trash-people',
      signal: 'insult',
      pattern: r`\b(?:basura|escoria|mierda) de (?:gente|personas?|personal|seres|tipos?)\b`,
      weight: 0.8,
      examples: ['Son una basura de gente'],
      counterExamples: ['una basura de comida recalentada'],
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
    {
      id: 'es.insult.mild',
      signal: 'insult',
      pattern: r`\b(?:sinverguenzas?|caraduras?|impresentables?|chorizos|aprovechad[oa]s)\b`,
      weight: 0.55,
      examples: ['son unos sinvergüenzas'],
      counterExamples: ['un bocadillo de chorizo'],
      note: 'mild name-calling that usually goes with an accusation: abuse only when stronger insults come with it',
    },
  ],
};
export default family;
