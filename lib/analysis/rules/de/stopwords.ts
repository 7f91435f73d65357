/** Frequent German function words (normalised: ä→a, ß→ss): language hints and the reply checker's mismatch rule. */
const STOPWORDS: string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder',
  'aber', 'nicht', 'kein', 'keine', 'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'wird', 'werden', 'hat',
  'haben', 'hatte', 'hatten', 'ich', 'wir', 'sie', 'ihr', 'uns', 'mir', 'mich', 'mein', 'meine', 'unser',
  'unsere', 'er', 'mit', 'auf', 'fur', 'von', 'zum', 'zur', 'im', 'bei', 'nach', 'aus', 'auch',
  'noch', 'nur', 'sehr', 'schon', 'doch', 'dass', 'wenn', 'weil', 'wie', 'als', 'dann', 'hier', 'dort',
  'wieder', 'immer', 'alles', 'etwas', 'nichts', 'ganz', 'gibt', 'kann', 'konnte', 'muss', 'sich', 'diese',
  'dieser', 'dieses', 'zu', 'vom', 'ins', 'uber', 'unter', 'ohne', 'gegen', 'jedoch', 'leider', 'sowie', 'ihnen',
  'euch', 'dich', 'dir', 'dein', 'deine', 'hast', 'bist', 'seid', 'ihre', 'ihren', 'unserem', 'unseren', 'meinem', 'meinen', 'einmal', 'wurde', 'waren', 'sehr', 'haben', 'nichts',
  // frequent review nouns that only German spells this way: short texts need them to be recognised
  'zimmer', 'fruhstuck', 'fruehstueck', 'essen', 'bett', 'nacht', 'dusche', 'kellner', 'rezeption', 'bedienung', 'lage',
  'preis', 'bewertung', 'bewertungen', 'sterne', 'ab', 'personal', 'sauber', 'freundlich', 'schlecht', 'gut', 'leider', 'danke', 'bitte', 'wieder', 'dreck',
];

const stopwords: string[] = [...new Set(STOPWORDS)];
export default stopwords;
