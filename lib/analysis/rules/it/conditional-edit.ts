/** Italian: an offer to change, remove or keep a review depending on what the business gives. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:recensione|recensioni|opinione|commento|valutazione|giudizio|voto|punteggio|stelle|stella)`;

const family: RuleFamily = {
  lang: 'it',
  family: 'conditional-edit',
  rules: [
    {
      id: 'it.conditional-edit.change-review',
      signal: 'conditional_edit',
      pattern: r`\b(?:modifichero|modifico|cambiero|cambio|alzero|alzo|migliorero|togliero|tolgo|cancellero|cancello|eliminero|elimino|ritirero|ritiro|rimuovero|rimuovo|correggero|aggiornero)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.7,
      examples: ['Modificherò il voto una volta rimborsato', 'Cancellerò la mia recensione negativa su Google', 'alzo il mio voto a cinque stelle'],
      counterExamples: ['cambio camera la prossima volta', 'alzo il volume'],
    },
    {
      id: 'it.conditional-edit.object-first',
      signal: 'conditional_edit',
      pattern: r`\b(?:la|lo) (?:tolgo|togliero|cancello|cancellero|ritiro|ritirero|modifico|modifichero|cambio|cambiero|rimuovo|rimuovero)\b`,
      weight: 0.5,
      examples: ['Quando mi pagate la tolgo', 'la cancellerò subito'],
      counterExamples: ['la torta era buonissima'],
      note: 'only meaningful next to a demand; the engine weighs it with one',
    },
    {
      id: 'it.conditional-edit.stays-until',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:restera|resta|rimarra|rimane|manterro|mantengo)\b[^.!?]{0,30}\b(?:finche|fino a quando|fin quando|a meno che|se non)\b|\baltrimenti resta a (?:una|1)\b`,
      weight: 0.9,
      examples: ['La mia recensione resterà su Google finché non mi restituirete quanto pagato', 'altrimenti resta a una'],
      counterExamples: ['il voto resta alto per la cucina'],
    },
    {
      id: 'it.conditional-edit.keep-until',
      signal: 'conditional_edit',
      pattern: r`\b(?:manterro|mantengo|lascero|non togliero|non cancellero|non ritirero)\b[^.!?]{0,40}\b(?:finche|fino a quando|fin quando)\b`,
      weight: 0.85,
      examples: ['Manterrò questa valutazione finché non mi risarcirete'],
      counterExamples: ['manterrò il ricordo di questo viaggio'],
    },
    {
      id: 'it.conditional-edit.could-be-different',
      signal: 'conditional_edit',
      pattern: r`\b(?:potrebbe|sarebbe|sara|potrebbero|avrebbe potuto)\b[^.!?]{0,20}\b(?:molto |ben |del tutto |completamente )?(?:divers[aoie]|un'altra|altra cosa|migliore)\b[^.!?]{0,12}\bse\b`,
      weight: 0.9,
      examples: ['questa recensione potrebbe essere molto diversa se ci rimborsaste', 'il mio voto sarebbe migliore se'],
      counterExamples: ['la camera era diversa dalle foto'],
    },
    {
      id: 'it.conditional-edit.once-refunded',
      signal: 'conditional_edit',
      pattern: r`\b(?:quando|appena|una volta|non appena|dopo che|se mi)\b[^.!?]{0,12}\b(?:mi |ci )?(?:rimborserete|rimborsate|rimborsat[oaie]|pagate|pagherete|restituirete|restituite|risarcirete|risarcite)\b[^.!?]{0,50}\b(?:${REVIEW}|la tolgo|la cancello|la ritiro|la modifico)\b`,
      weight: 0.9,
      examples: ['appena mi rimborserete i 90 euro, cancellerò la recensione', 'Quando mi pagate la tolgo'],
      counterExamples: ['quando ci hanno restituito il passaporto'],
    },
    {
      id: 'it.conditional-edit.raise-if',
      signal: 'conditional_edit',
      pattern: r`\bse (?:mi|ci) (?:offrite|offrirete|date|darete|regalate|fate)\b[^.!?]{0,40}\b(?:alzo|alzero|cambio|cambiero|modifico|modifichero|metto|mettero|lascio|lascero)\b[^.!?]{0,20}\b${REVIEW}\b`,
      weight: 0.9,
      examples: ['Se ci offrite la cena di stasera alzo il mio voto a cinque stelle'],
      counterExamples: ['se ci date la camera presto lasciamo le valigie'],
    },
    {
      id: 'it.conditional-edit.review-then-remove',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:la|lo) (?:tolgo|togliero|cancello|cancellero|ritiro|ritirero|modifico|modifichero|cambio|cambiero|rimuovo|rimuovero)\b`,
      weight: 0.75,
      examples: ['la recensione su Google la tolgo senza problemi'],
      counterExamples: ['la recensione la scrivo domani'],
    },
    {
      id: 'it.conditional-edit.score-will-rise',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,20}\b(?:salira|cambiera|migliorera|passera|diventera|sara di)\b[^.!?]{0,40}\b(?:il giorno in cui|quando|appena|se|una volta)\b`,
      weight: 0.9,
      examples: ['Il mio voto salirà a cinque stelle il giorno in cui vedrò il rimborso'],
      counterExamples: ['la piscina si riscalderà quando esce il sole'],
    },
    {
      id: 'it.conditional-edit.depends-on-you',
      signal: 'conditional_edit',
      pattern: r`\b(?:dipende da (?:voi|lei)|sta a voi|e nelle vostre mani)\b[^.!?]{0,40}\b(?:pubblic\w{1,6}|${REVIEW}|toglierla|cancellarla|ritirarla|modificarla)\b`,
      weight: 0.9,
      examples: ['dipende da voi se pubblicarla o no', 'sta a voi decidere che voto lasciare'],
      counterExamples: ['dipende da voi migliorare il servizio'],
    },
    {
      id: 'it.conditional-edit.no-need-to-post',
      signal: 'conditional_edit',
      pattern: r`\bnon (?:avro|avrei|ci sara|ci sarebbe) (?:bisogno|motivo|ragione) di (?:lasciare|scrivere|pubblicare|mettere)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.9,
      examples: ['non avrò bisogno di lasciare alcuna recensione negativa'],
      counterExamples: ['non avrò bisogno di tornare'],
    },
    {
      id: 'it.conditional-edit.content-for-freebie',
      signal: 'conditional_edit',
      pattern: r`\bse (?:mi|ci) (?:offrite|regalate|date|fate)\b[^.!?]{0,40}\b(?:faccio|faro|pubblico|pubblichero|posto|scrivo|scrivero|metto|mettero)\b[^.!?]{0,20}\b(?:video|post|storia|stories|reel|${REVIEW})\b`,
      weight: 0.75,
      examples: ['Se mi offrite la cena e la spa faccio un video positivo'],
      counterExamples: ['se ci date la camera presto lasciamo le valigie'],
    },
  ],
};
export default family;
