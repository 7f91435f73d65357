/** Italian: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

const OFFER = String.raw`(?:rimbors\w{0,5}|rimborsare|rimborseremo|gratis|gratuit\w{1,2}|in omaggio|omaggio|offert\w{1,2}|buono|buoni|voucher|sconto|sconti|riduzione|upgrade|regalo|regaleremo|compens\w{1,6}|notte gratis|\d{1,3} ?% di sconto|le (?:offriremo|offriamo|regaliamo|regaleremo|daremo|diamo|rimborseremo|rimborsiamo))`;
const CHANGE = String.raw`(?:modific\w{0,5}|cambi\w{0,5}|rimuov\w{0,5}|rimoss\w{0,2}|rimozione|elimin\w{0,5}|cancell\w{0,5}|ritir\w{0,5}|aggiorn\w{0,5}|correg\w{0,5}|corrett\w{0,2}|miglior\w{0,5}|rived\w{0,5}|alz\w{0,5})`;
const REVIEW = String.raw`(?:recensione|recensioni|valutazione|giudizio|commento|stelle|voto|punteggio|post)`;

export const incentive: CheckRuleFamily = {
  lang: 'it',
  family: 'incentive',
  rules: [
    {
      id: 'it.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?]{0,80}\b(?:se (?:lei )?|una volta che (?:lei )?|non appena (?:lei )?|a patto che (?:lei )?|in cambio d(?:i|ella) |per )(?:\w{1,12} )?(?:${CHANGE}|la (?:rimozione|modifica|cancellazione) d(?:i|ella))[^.!?]{0,30}\b${REVIEW}\b`,
      negatable: true,
      note: 'Un’offerta e poi una condizione sulla recensione: «notte gratis se modifica la recensione».',
      examples: ['Le offriamo una notte gratis se modifica la sua recensione.', 'Un rimborso completo una volta che avrà rimosso il commento.', 'uno sconto in cambio della rimozione della recensione'],
      counterExamples: ['Le abbiamo rimborsato la notte come concordato. Grazie per la recensione.', 'La cancellazione è gratuita se cambia le date.'],
    },
    {
      id: 'it.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:se (?:lei )?|una volta che (?:lei )?|non appena (?:lei )?|a patto che (?:lei )?)(?:\w{1,12} )?(?:${CHANGE}|lasci\w{0,3}|pubblic\w{0,3}|scriv\w{0,3}|mett\w{0,3}|d[aà]\w{0,3})[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,80}\b${OFFER}`,
      negatable: true,
      note: '«se rimuove la recensione, le rimborseremo…».',
      examples: ['Se rimuove la recensione, le rimborseremo il soggiorno.', 'Se modifica il commento le regaliamo una cena.', 'Se lascia una recensione a 5 stelle, il dolce è in omaggio'],
      counterExamples: ['Se ci lascia una recensione, la leggeremo con attenzione.'],
    },
    {
      id: 'it.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:in cambio d(?:i|ella|el|ell')|come contropartita (?:di|per)|per) ?(?:(?:una|un|la|sua|questa|buona|migliore|nuova|positiva|a 5 stelle|5 stelle)[ ]){0,3}(?:(?:rimuovere|eliminare|cancellare|modificare|cambiare|ritirare|migliorare|aggiornare) (?:(?:la|sua|la sua|questa|il|suo|il suo) ){0,2}${REVIEW}|(?:rimozione|modifica|cancellazione) (?:della|del) (?:(?:sua|suo) )?${REVIEW})|\bin cambio d(?:i|ella|el|ell') ?(?:(?:una|un|sua|buona|migliore|nuova|positiva)[ ]){0,3}(?:recensione|recensioni|valutazione|commento)`,
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
