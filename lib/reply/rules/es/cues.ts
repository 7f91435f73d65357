/** Spanish: context cues and stopwords for the checker. */
import type { CheckLanguageCues } from '../types';

export const cues: CheckLanguageCues = {
  lang: 'es',
  negations: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno', 'sin', 'ni', 'nada', 'nos negamos a', 'en absoluto'],
  contrasts: ['pero', 'sin embargo', 'no obstante', 'aunque', 'salvo', 'excepto'],
  ownContact: ['contactenos', 'contacte con nosotros', 'escribanos', 'llamenos', 'llamarnos', 'escribirnos', 'contactarnos', 'nuestro (?:numero|telefono|correo|e-?mail|equipo|departamento)', 'nuestra (?:direccion|recepcion|centralita)', '(?:recepcion|atencion al cliente)', 'directamente (?:al|en)'],
  closings: ['saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordialmente', 'un cordial saludo', 'reciba un saludo', 'afectuosamente', 'el equipo'],
  roles: ['director', 'directora', 'gerente', 'responsable', 'propietari[oa]', 'jefe', 'jefa', 'chef', 'recepcion', 'recepcionista', 'conserje', 'gobernanta', 'camarer[oa]', 'sumiller', 'equipo', 'companer[oa]', 'soy', 'me llamo', 'en nombre de', 'fundador', 'fundadora', 'manager', 'hotel', 'restaurant', 'ristorante', 'albergo', 'gasthof', 'gasthaus', 'pension', 'auberge', 'brasserie', 'trattoria', 'osteria', 'hostal', 'posada', 'bistro', 'residence'],
  greetings: ['hola', 'estimad[oa]s?', 'querid[oa]s?', 'buenos dias', 'buenas tardes', 'buenas noches', 'gracias', 'muchas gracias', 'senor', 'senora'],
  apologies: ['sentimos', 'lamenta\\w{0,4}', 'disculp\\w{0,4}', 'perdon\\w{0,2}', 'lo siento'],
  complaintCues: ['sucio\\w?', 'suciedad', 'ruido\\w?', 'decepcion\\w{0,4}', 'horrible', 'fatal', 'maleducad\\w{1,2}', 'grosero\\w?', 'frio\\w?', 'inaceptable', 'peor', 'nunca mas', 'olor\\w{0,2}', 'roto\\w?', 'averiad\\w{1,2}', 'queja\\w?', 'esperamos', 'mal[oa]?s?'],
  stopwords: ['el', 'la', 'los', 'las', 'y', 'de', 'del', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'muy', 'pero', 'se', 'lo', 'le', 'al', 'como', 'fue', 'estancia', 'gracias', 'usted', 'hemos', 'ha', 'esta', 'este', 'nos', 'son', 'todo', 'mas', 'cuando', 'sobre', 'desde', 'a', 'no', 'ya', 'tambien', 'todos', 'hay'],
};
