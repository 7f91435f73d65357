/** Italian: a review posted as retaliation for a refused demand. */
import type { RuleFamily } from '../types';
import { REVIEW } from './review-threat';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'retaliation',
  rules: [
    {
      id: 'it.retaliation.refused-so',
      signal: 'retaliation',
      pattern: r`\b(?:(?:visto che|dato che|siccome|poiche|perche) non (?:hanno|ha|avete)|me l'hanno rifiutat[oa]|ce l'hanno rifiutat[oa]|hanno rifiutato|si sono rifiutati|non ha voluto|si e rifiutat[oa]|non hanno voluto|non l'hanno fatto|non l'ha fatto|non hanno accettato|(?:mi|ci) hanno detto di no|(?:me|ce) l'hanno negat[oa]|(?:mi|ci) hanno negato|(?:mi|ci) e stato (?:risposto (?:di no|che non)|negat[oa]|rifiutat[oa])|(?:mi|ci) hanno risposto (?:di no|picche)|risposta:? (?:no|negativa|nessun[oa]?)|(?:mi|ci) hanno riso in faccia)\b[^!?]{0,80}\b(?:ecco\w{0,3}|vi lascio|lascio|quindi|percio|allora|di conseguenza|pertanto|adesso|ora|per questo|per cui|ecco perche)\b[^.!?]{0,50}\b(?:${REVIEW}|testimonianza|lo racconto qui|che (?:vi )?meritate|che si meritano|che lo (?:leggano|sappiano|vedano) tutti)`,
      weight: 0.9,
      examples: ['me l\'hanno rifiutato. Quindi eccovi la recensione', 'mi hanno detto di no, quindi ecco la mia opinione: una stella', 'non ha voluto risarcirci. Per questo questa valutazione: una stella', 'Visto che non hanno voluto abbassarmi il conto, lascio il voto che si meritano', 'Mi è stato risposto di no. Allora ecco il mio giudizio', 'Risposta: nessuno sconto. Allora lo racconto qui', 'risposta negativa. Allora ecco la mia recensione', 'Hanno rifiutato. Ed eccoci qui: una stella', 'Mi hanno riso in faccia. E allora eccovi servita la mia valutazione'],
      counterExamples: ['Visto che ci è piaciuto tanto, ecco la mia recensione'],
    },
    {
      id: 'it.retaliation.deserved-score',
      signal: 'retaliation',
      pattern: r`\b(?:la|il|una|un) (?:recensione|voto|valutazione|giudizio|punteggio) che (?:vi )?(?:meritate|si meritano|merita|vi siete guadagnati)\b`,
      weight: 0.6,
      examples: ['eccovi la recensione che meritate', 'lascio il voto che si meritano'],
      counterExamples: ['l\'attenzione che meritano i clienti'],
    },
    {
      id: 'it.retaliation.no-then-here-it-is',
      signal: 'retaliation',
      pattern: r`\b(?:hanno detto di no|non hanno voluto|hanno rifiutato)\b[^!?]{0,20}\beccola\b`,
      weight: 0.8,
      examples: ['Hanno detto di no. Eccola.'],
      counterExamples: ['Eccola, la spiaggia'],
    },
  ],
};
export default family;
