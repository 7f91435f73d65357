/**
 * Spanish review-sentiment lexicon (hotel and restaurant register, Spain and Latin America, Cuba included).
 * Adjectives are listed once in the masculine singular and expanded (forms.ts); nouns, verbs and phrases as
 * they occur. Normalised form: lower case, no accents, ñ → n. Weights -4..+4, round values chosen by hand.
 */
import type { PolarityLexicon } from '../types';
import { expandAdjectives } from './forms';

const ADJECTIVES: Record<string, number> = {
  // praise
  bueno: 2, buenisimo: 3, buen: 2, estupendo: 3, excelente: 3, magnifico: 3, fantastico: 3, maravilloso: 3,
  espectacular: 3, increible: 2, perfecto: 3, impecable: 3, inmejorable: 3, insuperable: 3, extraordinario: 3,
  fabuloso: 3, genial: 3, ideal: 2, estupendisimo: 4, excepcional: 3, sublime: 3, esplendido: 3, soberbio: 3,
  precioso: 3, hermoso: 3, bonito: 2, lindo: 2, bello: 2, bellisimo: 3, preciosisimo: 3, lindisimo: 3,
  encantador: 3, agradable: 2, acogedor: 2, confortable: 2, comodo: 2, comodisimo: 3, amplio: 1, espacioso: 2,
  luminoso: 1, tranquilo: 1, silencioso: 1, relajante: 2, moderno: 1, renovado: 1, nuevo: 1, elegante: 2,
  lujoso: 2, 'bien cuidado': 2, limpio: 2, limpisimo: 3, pulcro: 2, reluciente: 2, ordenado: 1,
  amable: 2, amabilisimo: 3, atento: 2, atentisimo: 3, simpatico: 2, simpatiquisimo: 3, servicial: 2,
  educado: 2, cordial: 2, carinoso: 2, cercano: 1, hospitalario: 2, profesional: 2, eficiente: 2, eficaz: 2,
  rapido: 1, puntual: 1, resolutivo: 2, paciente: 1, gentil: 2, respetuoso: 1, divertido: 2, alegre: 2,
  delicioso: 3, exquisito: 3, riquisimo: 3, sabroso: 2, rico: 2, buenisima: 3, fresco: 1, casero: 1, variado: 1,
  abundante: 1, generoso: 2, jugoso: 2, tierno: 1, sabrosisimo: 3, deliciosisimo: 4, apetitoso: 2,
  recomendable: 3, recomendado: 2, recomendadisimo: 4, aconsejable: 2, centrico: 1, economico: 1, barato: 1,
  asequible: 1, correcto: 1, adecuado: 1, completo: 1, satisfecho: 2, contento: 2, encantado: 3, feliz: 2,
  agradecido: 2, paradisiaco: 3, idilico: 3, divino: 3, inolvidable: 3, memorable: 2, magico: 2, top: 2,
  chulo: 2, brutal: 1, cristalino: 2, turquesa: 1, privilegiado: 2, acogedora: 2, estupenda: 3,
  // complaint
  malo: -2, malisimo: -4, mal: -2, pesimo: -4, horrible: -4, horroroso: -4, horrendo: -4, terrible: -3,
  fatal: -3, nefasto: -4, desastroso: -4, lamentable: -3, deplorable: -4, penoso: -3, patetico: -3,
  vergonzoso: -3, inaceptable: -3, inadmisible: -3, intolerable: -3, insoportable: -3, infernal: -3,
  decepcionante: -3, decepcionado: -3, defraudado: -3, mediocre: -2, regular: -1, normalito: -1, flojo: -1,
  sucio: -3, sucisimo: -4, asqueroso: -4, repugnante: -4, mugriento: -3, cochino: -3, guarro: -3, apestoso: -3,
  maloliente: -3, manchado: -2, polvoriento: -2, humedo: -2, mohoso: -3, oxidado: -2, roto: -2, estropeado: -2,
  averiado: -2, viejo: -1, anticuado: -2, deteriorado: -2, destartalado: -3, descuidado: -2, abandonado: -2,
  cutre: -3, feo: -2, oscuro: -1, deprimente: -3, triste: -2, ruidoso: -2, incomodo: -2, estrecho: -1,
  diminuto: -1, minusculo: -2, duro: -1, hundido: -2, gastado: -2, caro: -1, carisimo: -2, abusivo: -3,
  excesivo: -2, sobrevalorado: -3, insipido: -2, soso: -2, aguado: -2, grasiento: -2, crudo: -1, quemado: -2,
  rancio: -3, podrido: -3, frio: -0.5, recalentado: -2, incomible: -4, escaso: -2, pobre: -2, insuficiente: -2,
  repetitivo: -2, monotono: -2, aburrido: -2, masificado: -2, abarrotado: -2, caotico: -2, desorganizado: -2,
  antipatico: -3, grosero: -3, maleducado: -3, prepotente: -3, arrogante: -3, despectivo: -3, borde: -2,
  desagradable: -3, irrespetuoso: -3, hostil: -3, incompetente: -3, inutil: -3, negligente: -3, desatento: -2,
  indiferente: -2, lento: -2, lentisimo: -3, enfadado: -2, indignado: -3, harto: -2, molesto: -2, peligroso: -3,
  inseguro: -2, inhabitable: -4, tacano: -2, falso: -2, enganoso: -3, tramposo: -3, desesperante: -3,
  cansino: -2, agobiante: -2, sofocante: -2, caluroso: -1, congelado: -1, salado: -1, agrio: -1,
};

const OTHERS: Record<string, number> = {
  // praise: verbs, nouns, adverbs
  bien: 1.5, recomiendo: 3, recomendamos: 3, recomendaria: 2, recomendaremos: 2, encanto: 3, encantaron: 3,
  encanta: 3, encantan: 3, gusto: 2, gustaron: 2, gusta: 1, disfrutamos: 2, disfrute: 2, disfrutar: 1,
  disfrutado: 2, volveremos: 2, volvere: 2, volveria: 2, volveriamos: 2, repetiremos: 2, repetiria: 2,
  repetir: 1, maravilla: 3, paraiso: 3, lujo: 2, joya: 2, gracias: 1, agradecer: 1, agradecemos: 2,
  excelencia: 3, perfeccion: 3, placer: 2, amabilidad: 2, simpatia: 2, profesionalidad: 2,
  profesionalismo: 2, hospitalidad: 2, calidez: 2, atenciones: 1, felicitaciones: 3, felicidades: 2,
  enhorabuena: 3, bravo: 1, fenomenal: 3, chevere: 2, bacan: 2, perfectamente: 2,
  estupendamente: 3, maravillosamente: 3, genialmente: 3, amablemente: 2, limpieza: 0.5, comodidad: 1,
  tranquilidad: 2, relax: 2, descanso: 1, vistas: 1, encantadora: 3, excelentes: 3, agradezco: 2,
  // complaint: verbs, nouns
  decepcion: -3, desilusion: -3, desastre: -4, verguenza: -3, asco: -4, porqueria: -4, basura: -3,
  mierda: -3, suciedad: -3, mugre: -3, ruido: -2, ruidos: -2, humedad: -2, peste: -3, hedor: -3, olor: -1,
  cucarachas: -3, cucaracha: -3, chinches: -3, hormigas: -2, mosquitos: -1, moho: -3, pelos: -2,
  manchas: -2, mancha: -2, queja: -1, quejas: -1, problema: -1, problemas: -1, robo: -3, estafa: -4,
  timo: -4, engano: -3, fraude: -4, averia: -2, apagon: -1, apagones: -1, jineteros: -2, jineteras: -2,
  espera: -1, colas: -1, cola: -1, tardaron: -2, tardo: -1, faltaba: -1, faltaban: -1, falta: -1,
  evitar: -3, eviten: -3, huyan: -3, horror: -4, pesadilla: -4, timadores: -4, ladrones: -4, abuso: -3,
  malamente: -2, fatalmente: -3, lamentablemente: -2, desgraciadamente: -2, tristemente: -2,
  desafortunadamente: -2, pena: -2, lastima: -2, nunca: 0, reclamacion: -2, reclamaciones: -2,
  cobraron: -1, denuncia: -2, enfermo: -2, enfermos: -2, vomitos: -3, diarrea: -3, intoxicacion: -4,
  desagrado: -2, molestias: -2, incomodidad: -2, desorden: -2, caos: -3, descontrol: -2, maltrato: -3,
  groseria: -3, groserias: -3, mentira: -3, mentiras: -3, enganaron: -3, engana: -3, estafaron: -4,
  // phrases (first word is looked up, whole phrase must match in one clause)
  'nunca mas': -4, 'jamas volvere': -4, 'no volveremos': -3, 'no volvere': -3, 'no volveria': -3,
  'no lo recomiendo': -3, 'no la recomiendo': -3, 'no recomiendo': -3, 'no recomendaria': -3,
  'no lo recomendaria': -3, 'no vale la pena': -3, 'no merece la pena': -3, 'vale la pena': 2,
  'merece la pena': 2, 'deja mucho que desear': -3, 'dejaba mucho que desear': -3, 'deja que desear': -2,
  'dejan mucho que desear': -3, 'tomadura de pelo': -3, 'nada que reprochar': 3, 'nada que objetar': 3,
  'nada que desear': 2, 'sin pegas': 2, 'ninguna pega': 2, 'ninguna queja': 2, 'ningun problema': 1,
  'sin problemas': 1, 'sin duda': 1, 'de diez': 2, 'de 10': 2, 'como en casa': 2, 'no le falta nada': 2,
  'no funciona': -2, 'no funcionaba': -2, 'no funcionaban': -2, 'no funcionan': -2, 'no habia agua': -2,
  'agua fria': -1, 'sin agua caliente': -2, 'ni agua caliente': -2, 'para nada': -1, 'ni de broma': -2,
  'no sirve': -2, 'no servia': -2, 'no lo vale': -2, 'no vale': -2, 'muy mal': -3, 'mala calidad': -3,
  'buena calidad': 2, 'calidad precio': 0, 'lo peor': -3, 'lo mejor': 2, 'de lo mejor': 3, 'de lo peor': -4,
  'no estaba limpia': -3, 'no estaba limpio': -3, 'nada limpio': -3, 'poco limpio': -2,
  'no nos gusto': -2, 'no me gusto': -2, 'no hay palabras': 1, 'un horror': -4, 'un desastre': -4,
  'una pasada': 3, 'de maravilla': 3, 'a la altura': 1, 'no estuvo a la altura': -3, 'no esta a la altura': -3,
  'no corresponde': -2, 'no cumple': -2, 'no cumplio': -2, 'no dejo dormir': -2, 'no nos dejo dormir': -2,
  'no pudimos dormir': -3, 'no pude dormir': -3, 'gracias por nada': -3, 'ni un': -1,
};

const polarity: PolarityLexicon = {
  lang: 'es',
  words: expandAdjectives(ADJECTIVES, OTHERS),
  prefixes: {
    recomend: 2, maravill: 3, espectacul: 3, encantad: 3, excelent: 3, fantastic: 3, perfect: 3, impecabl: 3,
    estupend: 3, amabl: 2, amabil: 2, simpatic: 2, disfrut: 2, agradec: 2, deliciosa: 3,
    decepcion: -3, desilusion: -3, defraud: -3, horribl: -4, horror: -4, asquer: -4, desastr: -4, pesim: -4,
    nefast: -4, terribl: -3, lamentabl: -3, mugr: -3, sucied: -3, cucarach: -3, maleduc: -3, antipatic: -3,
    groser: -3, estaf: -4, incomod: -2, ruidos: -2, inaceptabl: -3, vergonz: -3, insopor: -3,
  },
  intensifiers: {
    muy: 1.5, super: 1.5, bastante: 1.2, realmente: 1.4, tan: 1.3, demasiado: 1.3, extremadamente: 1.8,
    sumamente: 1.8, increiblemente: 1.7, totalmente: 1.5, completamente: 1.5, absolutamente: 1.6,
    verdaderamente: 1.4, francamente: 1.3, especialmente: 1.2, tremendamente: 1.7, altamente: 1.5,
    mas: 1.1, re: 1.4, poco: -0.8, algo: 0.7, 'un poco': 0.7, 'un tanto': 0.7, 'nada de': 0, 'de verdad': 1.3,
  },
  negators: ['no', 'nunca', 'jamas', 'ni', 'sin', 'ningun', 'ninguna', 'ninguno', 'nada', 'tampoco', 'nadie', 'apenas'],
  contrast: ['pero', 'embargo', 'aunque', 'obstante', 'salvo', 'excepto'],
};
export default polarity;
