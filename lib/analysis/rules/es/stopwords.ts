/**
 * Spanish function words and everyday review words (language hints for the detector and the reply checker's
 * language-mismatch rule).
 */
const stopwords: string[] = [
  'de', 'en', 'la', 'un', 'una', 'con', 'se', 'lo', 'le', 'su', 'mi', 'me', 'te', 'o', 'a', 'el', 'los', 'las',
  'y', 'que', 'del', 'al', 'por', 'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'muy', 'pero', 'es',
  'son', 'fue', 'fueron', 'estaba', 'estaban', 'estuvo', 'estuvimos', 'esta', 'estan', 'este', 'estos',
  'estas', 'ese', 'esa', 'eso', 'aqui', 'alli', 'ahi', 'hay', 'habia', 'nos', 'les', 'sus', 'mis', 'nuestro',
  'nuestra', 'nosotros', 'ellos', 'ustedes', 'usted', 'yo', 'tambien', 'pues', 'porque', 'cuando', 'donde',
  'como', 'todo', 'todos', 'toda', 'todas', 'nada', 'algo', 'bien', 'cada', 'otro', 'otra', 'ya', 'hemos',
  'han', 'tiene', 'tienen', 'tenia', 'fuimos', 'aunque', 'sino', 'no', 'ni', 'tan', 'gracias', 'habitacion',
  'desayuno', 'playa', 'dias', 'noche', 'comida', 'servicio', 'mucho', 'muchos', 'mucha', 'poco', 'hace',
  'hizo', 'ser', 'estar', 'tener', 'unos', 'unas', 'uno', 'siempre', 'nunca', 'solo', 'despues', 'antes',
  'luego', 'mientras', 'quiero', 'vez', 'veces', 'aun', 'entonces', 'asi', 'llegamos', 'pedimos', 'dijeron',
  'hicieron', 'habian', 'ningun', 'ninguna', 'mismo', 'misma', 'senor', 'senora', 'hola', 'buenas', 'buenos',
  'dinero', 'resena', 'opinion', 'estrella', 'estrellas', 'habitaciones', 'personal', 'nuestros', 'hubo',
  'llama', 'encargado', 'reserva', 'principio', 'hora', 'abre', 'calle', 'domingos', 'hijos', 'pedazo',
  'gerente', 'colegio', 'piensa', 'pienselo', 'sabe', 'tengo', 'fotos',
];
export default stopwords;
