/** Spanish function words (language hints and the reply checker's language-mismatch rule). */
const stopwords: string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'que', 'de', 'del', 'al', 'en', 'con',
  'por', 'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'muy', 'mas', 'menos', 'es', 'son', 'era', 'eran',
  'fue', 'fueron', 'estaba', 'estaban', 'estuvo', 'esta', 'estan', 'este', 'estos', 'estas', 'ese', 'esa',
  'eso', 'aqui', 'alli', 'hay', 'habia', 'nos', 'les', 'le', 'lo', 'se', 'su', 'sus', 'mi', 'mis', 'nuestro',
  'nuestra', 'nosotros', 'ellos', 'ustedes', 'usted', 'yo', 'tambien', 'pues', 'porque', 'cuando', 'donde',
  'como', 'todo', 'todos', 'toda', 'todas', 'nada', 'algo', 'bien', 'mal', 'cada', 'otro', 'otra', 'ya',
  'hemos', 'han', 'ha', 'tiene', 'tienen', 'tenia', 'fuimos', 'estuvimos', 'pero', 'aunque', 'sino', 'si',
  'no', 'ni', 'tan', 'tanto', 'gracias', 'hotel', 'habitacion', 'desayuno', 'personal', 'playa', 'dias',
];
export default stopwords;
