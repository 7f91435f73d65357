/** Italian: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

/** something of value */
const OFFER = String.raw`(?:rimbors\w{0,8}|gratis|gratuit\w{1,2}|in omaggio|omaggio|offert\w{1,2}|offriremo|offriamo|buono|buoni|voucher|sconto|sconti|riduzione|upgrade|regal\w{0,8}|compens\w{1,6}|notte gratis|\d{1,3} ?% di sconto|le (?:daremo|diamo))`;
/** a condition or an exchange */
const CONDITION = String.raw`(?:se|una volta|non appena|quando|a patto che|purche|dopo|in cambio d(?:i|ella|el|ell')|(?<!\bgrazie )per)`;
/** a condition that can open the sentence (not the exchange prepositions: "thank you for updating your review") */
const CONDITION_FIRST = String.raw`(?:se|una volta|non appena|quando|a patto che|purche|dopo)`;
const REVIEW = String.raw`(?:recensione|recensioni|valutazione|giudizio|commento|stelle|voto|punteggio)`;
/** the review being changed: verb + object, object + (auxiliary) participle, or a noun ("removal of the review") */
const REVIEW_CHANGE = String.raw`(?:(?:(?:modific|cambi|rimuov|rimoss|elimin|cancell|ritir|aggiorn|rived|alz)\w{0,5})(?:[ '][\w\-]{1,14}){0,3}[ ']${REVIEW}|${REVIEW}(?: [\w\-']{1,14}){0,3}(?: (?:viene|venga|e|sia|sara|e stata|fosse|verra))?(?: [\w\-']{1,14})? (?:(?:rimoss|eliminat|cancellat|modificat|cambiat|ritirat|aggiornat)[oaie]|(?:modific|cambi|rimuov|rimoss|elimin|cancell|ritir|aggiorn|rived|alz)\w{0,5})|(?:la )?(?:rimozione|modifica|cancellazione) (?:della|del|di) (?:sua |suo )?${REVIEW})`;
const CHANGE_VERB = String.raw`(?:(?:modific|cambi|rimuov|rimoss|elimin|cancell|ritir|aggiorn|rived|alz)\w{0,5})`;
const CHANGE = CHANGE_VERB;

export const incentive: CheckRuleFamily = {
  lang: 'it',
  family: 'incentive',
  rules: [
    {
      id: 'it.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?;]{0,100}\b${CONDITION}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review in the same sentence.',
      examples: ['Le offriamo una notte gratis se modifica la sua recensione.', 'Potremmo rimborsarla se accettasse di modificare la sua valutazione.', 'Le regaliamo una cena quando cancellerà il commento.'],
      counterExamples: ['Le abbiamo rimborsato la notte come concordato. Grazie per la recensione.', 'La cancellazione è gratuita se cambia le date.'],
    },
    {
      id: 'it.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${CONDITION_FIRST}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b[^.!?;]{0,100}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer, in the same sentence.',
      examples: ['Se rimuove la recensione, le rimborseremo il soggiorno.', 'Una volta rimossa la recensione, le offriremo la cena.', 'Se la recensione viene modificata, avrà uno sconto.'],
      counterExamples: ['Se ci lascia una recensione, la leggeremo con attenzione.'],
    },
    {
      id: 'it.incentive.imperative',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`(?<=^|[.!?;:] )(?:(?:basta |le basta )?)${CHANGE_VERB}\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,20}\b(?:e|ed|poi)\b[^.!?]{0,60}\b${OFFER}`,
      negatable: true,
      note: 'An order to change the review, then an offer: "remove the review and we refund you".',
      examples: ['Rimuova la recensione e le rimborsiamo la notte.'],
      counterExamples: ['Grazie per aver aggiornato la recensione e per la pazienza.'],
    },
    {
      id: 'it.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:in cambio d(?:i|ella|el|ell')|come contropartita (?:di|per)|(?<!\bgrazie )per) ?(?:(?:una|un|la|sua|questa|buona|migliore|nuova|positiva|a 5 stelle|5 stelle)[ ]){0,3}(?:(?:rimuovere|eliminare|cancellare|modificare|cambiare|ritirare|migliorare|aggiornare) (?:(?:la|sua|la sua|questa|il|suo|il suo) ){0,2}${REVIEW}|(?:rimozione|modifica|cancellazione) (?:della|del) (?:(?:sua|suo) )?${REVIEW})|\bin cambio d(?:i|ella|el|ell') ?(?:(?:una|un|sua|buona|migliore|nuova|positiva)[ ]){0,3}(?:recensione|recensioni|valutazione|commento)`,
      negatable: true,
      note: '«in cambio di una recensione», «per rimuovere la recensione»; «non concediamo vantaggi in cambio di recensioni» è negato.',
      examples: ['Una cena gratis in cambio della rimozione della recensione.', 'un upgrade in cambio di una recensione positiva', 'un buono per cancellare il suo commento'],
      counterExamples: ['Non concediamo alcun vantaggio in cambio di recensioni.', 'Grazie per la sua recensione.'],
    },
    {
      id: 'it.incentive.post-and-get',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:lasci(?:ci)?|pubblichi|scriva|ci dia) (?:una |un )?(?:recensione|valutazione|commento)(?: a (?:5|cinque) stelle| positiva| positivo)?[^.!?]{0,60}\b(?:e (?:riceva|ottenga|avra|vinca)|per (?:ricevere|ottenere|avere|vincere))\b`,
      negatable: true,
      note: 'Comprare una recensione: «lasci una recensione a 5 stelle e riceva il 10 %».',
      examples: ['Ci lasci una recensione a 5 stelle e riceva il 10 % di sconto.', 'Scriva una recensione positiva per ottenere un cocktail gratis'],
      counterExamples: ['Grazie per la recensione e buona estate.'],
    },
  ],
};
