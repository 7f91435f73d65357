/** Italian function words (language hints and the reply checker's language-mismatch rule). */
const stopwords: string[] = [
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'e', 'ed', 'o', 'ma', 'che', 'di', 'del', 'della',
  'dei', 'delle', 'al', 'alla', 'ai', 'alle', 'nel', 'nella', 'nei', 'con', 'per', 'tra', 'fra', 'su', 'sul',
  'sulla', 'da', 'dal', 'dalla', 'molto', 'piu', 'meno', 'e', 'sono', 'era', 'erano', 'stato', 'stata',
  'stati', 'abbiamo', 'hanno', 'ha', 'ho', 'avevamo', 'questo', 'questa', 'questi', 'quello', 'quella',
  'qui', 'li', 'ci', 'vi', 'si', 'ne', 'non', 'anche', 'perche', 'quando', 'dove', 'come', 'tutto', 'tutti',
  'tutta', 'niente', 'nulla', 'bene', 'male', 'ogni', 'altro', 'altra', 'gia', 'ancora', 'pero', 'quindi',
  'se', 'cosi', 'tanto', 'grazie', 'albergo', 'camera', 'colazione', 'personale', 'spiaggia', 'giorni',
];
export default stopwords;
