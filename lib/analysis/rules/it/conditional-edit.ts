/** Italian: an offer to change, remove or keep a review depending on what the business gives. */
import type { RuleFamily } from '../types';
import { REVIEW } from './review-threat';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'conditional-edit',
  rules: [
    {
      id: 'it.conditional-edit.change-review',
      signal: 'conditional_edit',
      pattern: r`\b(?:modifichero|modifico|cambiero|cambio|alzero|alzo|migliorero|togliero|tolgo|cancellero|cancello|eliminero|elimino|ritirero|ritiro|rimuovero|rimuovo|correggero|aggiornero|aggiorno|rivedro|rivedo|riconsiderero|rivalutero|ritocchero)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.7,
      examples: ['Modificherò il voto una volta rimborsato', 'Cancellerò la mia recensione negativa su Google', 'alzo il mio voto a cinque stelle', 'Rivedrò le mie stelle'],
      counterExamples: ['cambio camera la prossima volta', 'alzo il volume'],
    },
    {
      id: 'it.conditional-edit.object-first',
      signal: 'conditional_edit',
      pattern: r`\b(?:la|lo|le) (?:tolgo|togliero|cancello|cancellero|ritiro|ritirero|modifico|modifichero|cambio|cambiero|rimuovo|rimuovero)\b|\b(?:mi|ci) dimentic(?:o|hero|hiamo) (?:di )?(?:tutto|quello che)|\b(?:posso|potrei|possiamo|potremmo|sono pront[oa] a|sarei dispost[oa] a) (?:ancora )?(?:toglier|cancellar|ritirar|modificar|rimuover|eliminar|cambiar|aggiornar)(?:la|le)\b`,
      weight: 0.5,
      examples: ['Quando mi pagate la tolgo', 'la cancellerò subito', 'Ho già scritto la recensione ma posso toglierla', 'posso ancora cambiarle in 1', 'mi dimentico di tutto questo, recensione compresa'],
      counterExamples: ['la torta era buonissima'],
      note: 'only meaningful next to a demand; the engine weighs it with one',
    },
    {
      id: 'it.conditional-edit.stays-until',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:restera|resta|rimarra|rimane|manterro|mantengo)\b[^.!?]{0,30}\b(?:finche|fino a quando|fin quando|a meno che|se non)\b|\baltrimenti resta a (?:una|1)\b|\b(?:manterro|mantengo|lascero|non togliero|non cancellero|non ritirero)\b[^.!?]{0,40}\b(?:finche|fino a quando|fin quando)\b|\b(?:una|1|due|2) stell[ae] (?:finche|fino a quando|fin quando)\b`,
      weight: 0.85,
      examples: ['La mia recensione resterà su Google finché non mi restituirete quanto pagato', 'altrimenti resta a una', 'Manterrò questa valutazione finché non mi risarcirete', 'Una stella finché il titolare non mi paga'],
      counterExamples: ['il voto resta alto per la cucina', 'manterrò il ricordo di questo viaggio', 'una stella cadente'],
    },
    {
      id: 'it.conditional-edit.could-be-different',
      signal: 'conditional_edit',
      pattern: r`\b(?:${REVIEW}|tono)\b[^.!?]{0,30}\b(?:potrebbe|sarebbe|sara|potrebbero|avrebbe potuto)\b[^.!?]{0,20}\b(?:molto |ben |del tutto |completamente )?(?:divers[aoie]|un'altra|altra cosa|ben altr[oa]|migliore|cambiare|migliorare|salire|variare)\b[^.!?]{0,15}\bse\b|\bse\b[^.!?]{0,80}\b(?:${REVIEW}|tono)\b (?:sarebbe|potrebbe essere) (?:ben altr[oa]|molto divers[oa]|un'altra cosa)`,
      weight: 0.9,
      examples: ['questa recensione potrebbe essere molto diversa se ci rimborsaste', 'il mio voto sarebbe migliore se', 'il mio giudizio potrebbe cambiare parecchio se', 'Se arrivasse un bonifico, il tono sarebbe ben altro'],
      counterExamples: ['la camera era diversa dalle foto', 'La colazione sarebbe migliore se ci fosse più scelta'],
    },
    {
      id: 'it.conditional-edit.once-refunded',
      signal: 'conditional_edit',
      pattern: r`\b(?:quando|appena|una volta|non appena|dopo che|se mi)\b[^.!?]{0,12}\b(?:mi |ci )?(?:rimborser(?:a|ete)|rimborsate|rimborsat[oaie]|pagate|pagher(?:a|ete)|restituir(?:a|ete)|restituite|risarcirete|risarcite)\b[^.!?]{0,50}\b(?:${REVIEW}|la tolgo|la cancello|la ritiro|la modifico|ne mettero)\b|\b${REVIEW}\b[^.!?]{0,20}\b(?:salir|cambier|miglior|passer|diventer)(?:a|anno)\b[^.!?]{0,40}\b(?:il giorno (?:in cui|che)|quando|appena|se|una volta)\b`,
      weight: 0.9,
      examples: ['appena mi rimborserete i 90 euro, cancellerò la recensione', 'Quando mi pagate la tolgo', 'Quando l\'hotel mi restituirà la cauzione ne metterò cinque', 'Il mio voto salirà a cinque stelle il giorno in cui vedrò il rimborso', 'Le mie 2 stelle diventeranno 5 il giorno che'],
      counterExamples: ['quando ci hanno restituito il passaporto', 'la piscina si riscalderà quando esce il sole'],
    },
    {
      id: 'it.conditional-edit.raise-if',
      signal: 'conditional_edit',
      pattern: r`\bse (?:mi|ci) (?:offrite|offrirete|date|darete|regalate|fate|mettete|cambiate)\b[^.!?]{0,50}\b(?:(?:alz|cambi|modific|mett|lasc|scriv|pubblic|fa|prometti|post)\w{0,6}\b[^.!?]{0,25}\b(?:video|post|storia|stories|reel|${REVIEW})|(?:il|la|mio|mia|nostro|nostra) ?(?:post|video|recensione|opinione|storia|reel|valutazione) sara)\b`,
      weight: 0.85,
      examples: ['Se ci offrite la cena di stasera alzo il mio voto a cinque stelle', 'Se mi offrite la cena e la spa faccio un video positivo', 'Se ci fate un upgrade alla suite, vi promettiamo recensioni a cinque stelle', 'Se ci offrite due notti gratis il post sarà molto positivo'],
      counterExamples: ['se ci date la camera presto, lasceremo le valigie', 'se ci date la chiave, l\'ingresso sarà veloce'],
    },
    {
      id: 'it.conditional-edit.review-then-remove',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:la|lo) (?:tolgo|togliero|cancello|cancellero|ritiro|ritirero|modifico|modifichero|cambio|cambiero|rimuovo|rimuovero)\b|\b(?:stell[ae]|voto|valutazione) provvisori[ao]\b|\b(?:${REVIEW}|foto|video)\b[^.!?]{0,30}\b(?:non (?:uscira|verra pubblicat[ao])|rest(?:a|ano|eranno|era) (?:nel cassetto|sul mio telefono|tra noi))`,
      weight: 0.75,
      examples: ['la recensione su Google la tolgo senza problemi', 'la mia recensione non uscirà', '3 recensioni pronte: restano nel cassetto', 'Le foto restano sul mio telefono se', 'Una stella provvisoria'],
      counterExamples: ['la recensione la scrivo domani'],
    },
    {
      id: 'it.conditional-edit.no-need-to-post',
      signal: 'conditional_edit',
      pattern: r`\bnon (?:avro|avrei|ci sara|ci sarebbe) (?:bisogno|motivo|ragione) di (?:lasciare|scrivere|pubblicare|mettere)\b[^.!?]{0,30}\b${REVIEW}\b|\bnon (?:sara|sarebbe) (?:necessario|il caso di) (?:raccontare|pubblicare|scrivere|dire|lasciare|mettere)\b`,
      weight: 0.9,
      examples: ['non avrò bisogno di lasciare alcuna recensione negativa', 'non sarà necessario raccontare nulla su internet'],
      counterExamples: ['non avrò bisogno di tornare', 'non sarà necessario portare asciugamani'],
    },
    {
      id: 'it.conditional-edit.remove-what-i-wrote',
      signal: 'conditional_edit',
      pattern: r`\b(?:cancell|togli|ritir|elimin|cambi|modific|aggiorn|rived|corregg)(?:o|ero|are)\b (?:quello che ho (?:scritto|messo|pubblicato|lasciato)|quanto (?:ho )?scritto|il mio (?:post|commento|video))\b|\bsparisco da (?:tripadvisor|google|booking)\b|\b(?:non|nn) (?:scrivo|scrivero|pubblico|pubblichero|racconto|raccontero|posto|postero|metto|mettero|vedra|vedrete|leggerete) (?:niente|nulla|una riga|una parola)\b|\bnon avrei (?:nulla|niente) da (?:scrivere|raccontare)\b|\b(?:la|lo) (?:cambiero|cambio|alzero|alzo|portero|porto) (?:a|in) (?:cinque|5|quattro|4)\b`,
      weight: 0.8,
      examples: ['cancello quello che ho scritto su google', 'aggiornare quello che ho scritto', 'nn scrivo niente', 'non vedrà una riga su di voi', 'io sparisco da tripadvisor', 'La cambierò in cinque se mi mandate un buono'],
      counterExamples: ['tolgo quello che avanza dal piatto', 'lo cambio in camera'],
    },
    {
      id: 'it.conditional-edit.willing-to-change',
      signal: 'conditional_edit',
      pattern: r`\bcosa (?:le |gli |vi |ti )?(?:racconto|scrivo|dico)\b[^.!?]{0,10}\bdipende\b|\bdispost[oaie] a non (?:usarl|pubblicarl)[oa]\b|\bdispost[oaie] a (?:cambiare|togliere|cancellare|ritirare|alzare|modificare|eliminare|migliorare|rivedere)\b[^.!?]{0,30}\b${REVIEW}\b|\b(?:stelle|voto|punteggio|valutazione)\b[^.!?]{0,10}\bin (?:cinque|5|quattro|4)\b|\b(?:dipende da (?:voi|lei)|sta a voi|e nelle vostre mani)\b[^.!?]{0,40}\b(?:pubblic\w{1,6}|${REVIEW}|toglierla|cancellarla|ritirarla|modificarla)\b`,
      weight: 0.9,
      examples: ['Sono disposto a non usarlo', 'Cosa le racconto dipende un po\' da voi', 'Sono disposto a cambiare queste due stelle in cinque', 'dipende da voi se pubblicarla o no', 'sta a voi decidere che voto lasciare'],
      counterExamples: ['disposto a cambiare camera', 'dipende da voi migliorare il servizio'],
    },
    {
      id: 'it.conditional-edit.piece-will-be',
      signal: 'conditional_edit',
      pattern: r`\b(?:il mio|la mia|il nostro|la nostra) (?:articolo|post|video|recensione|opinione|critica|valutazione|voto|giudizio) (?:sara|sarebbe|diventa|diventera|diventerebbe)\b[^.!?]{0,20}\b(?:favorevole|positiv[oa]|negativ[oa]|molto divers[oa]|entusiast[ai]|da cinque stelle)\b|\bvi far(?:a|o|emo|anno) (?:solo )?pubblicita\b`,
      weight: 0.75,
      examples: ['il mio articolo sarà molto favorevole', 'la mia recensione diventa entusiasta', 'vi farà solo pubblicità positiva'],
      counterExamples: ['l\'articolo sarà pubblicato lunedì'],
      note: 'a promise or threat about the content of a post; blackmail only beside a demand',
    },
  ],
};
export default family;
