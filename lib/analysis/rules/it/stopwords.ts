/**
 * Italian function words and everyday review words (language hints for the detector and the reply checker's
 * language-mismatch rule).
 */
const stopwords: string[] = [
  'la', 'le', 'un', 'una', 'uno', 'con', 'se', 'mi', 'ti', 'su', 'a', 'in', 'o', 'da', 'del', 'al', 'il',
  'gli', 'lo', 'i', 'e', 'ed', 'di', 'della', 'dei', 'degli', 'delle', 'dello', 'nel', 'nella', 'nei', 'negli',
  'nelle', 'sul', 'sulla', 'sui', 'dal', 'dalla', 'dai', 'alla', 'alle', 'agli', 'allo', 'ai', 'per', 'tra',
  'fra', 'che', 'non', 'ma', 'anche', 'molto', 'molta', 'molti', 'molte', 'piu', 'sono', 'siamo', 'era',
  'erano', 'stato', 'stata', 'stati', 'abbiamo', 'avete', 'hanno', 'ho', 'ha', 'hai', 'questo', 'questa',
  'questi', 'queste', 'quello', 'quella', 'quelli', 'qui', 'ci', 'vi', 'perche', 'quando', 'dove', 'come',
  'tutto', 'tutti', 'tutta', 'tutte', 'niente', 'nulla', 'ogni', 'altro', 'altra', 'gia', 'ancora', 'pero',
  'quindi', 'cosi', 'tanto', 'grazie', 'camera', 'colazione', 'personale', 'spiaggia', 'giorni', 'notte',
  'vostro', 'vostra', 'nostro', 'nostra', 'sempre', 'mai', 'proprio', 'davvero', 'stanza', 'cena', 'solo',
  'dopo', 'prima', 'poi', 'mentre', 'senza', 'sotto', 'sopra', 'fatto', 'essere', 'avere', 'fare', 'detto',
  'volta', 'voglio', 'vorrei', 'potete', 'siete', 'sei', 'buongiorno', 'salve', 'ciao', 'soldi', 'recensione',
  'recensioni', 'stelle', 'stella', 'albergo', 'camere', 'ristorante', 'cibo', 'conto', 'chiesto',
  'altrimenti', 'oppure', 'loro', 'lei', 'voi', 'noi', 'io', 'tu', 'sara', 'bene', 'male', 'eravamo',
  'qualcuno', 'apre', 'domenica', 'vendo', 'appartamento', 'mare', 'interessati', 'scrivere', 'prezzo',
  'sconto', 'compra', 'prova', 'nostri', 'vostri', 'ragazzi', 'signora',
];
export default stopwords;
