/** Italian: public accusations — recensione falsa, concorrenza, ricatto, truffa. */
import type { CheckRuleFamily } from '../types';

export const accusation: CheckRuleFamily = {
  lang: 'it',
  family: 'accusation',
  rules: [
    {
      id: 'it.accusation.fake',
      rule: 'public_accusation',
      kind: 'public_accusation.fake',
      pattern: String.raw`\b(?:(?:recensione|recensioni|commento|profilo|account|cliente|storia) (?:fals[oaie]|fasull[oaie]|inventat[oaie]|fittizi[oaie]|fake|costruit[oaie] ad arte)|(?:recensione|commento|storia) (?:sia|fosse|sembri) (?:(?:chiaramente|completamente|totalmente|del tutto) )?(?:falsa|falso|inventata|fittizia|fasulla|fake)|(?:la sua|questa) (?:recensione|storia) (?:e|sembra) (?:(?:chiaramente|completamente|totalmente|evidentemente|una) ){0,2}(?:falsa|inventata|fittizia|fasulla|fake)|lei non (?:ha mai soggiornato|e mai stat[oa]|ha mai mangiato|ha mai messo piede)|non (?:ha mai soggiornato|ha mai messo piede) (?:qui|da noi|nel nostro|in questo)|non (?:risulta|c'e) (?:alcuna traccia|traccia|nessuna traccia) (?:del suo|della sua) (?:soggiorno|prenotazione|visita))\b`,
      note: 'Definire falsa la recensione o dire che l’autore non è mai venuto.',
      examples: ['Questa è una recensione falsa.', 'La sua recensione è chiaramente inventata.', 'Lei non ha mai soggiornato qui.', 'non risulta traccia del suo soggiorno'],
      counterExamples: ['Non è un sorriso falso: il nostro staff ama il suo lavoro.', 'Non abbiamo trovato la sua prenotazione; ci scriva.', 'Il servizio non è mai stato così lento, ce ne scusiamo.'],
    },
    {
      id: 'it.accusation.competitor',
      rule: 'public_accusation',
      kind: 'public_accusation.competitor',
      pattern: String.raw`\b(?:(?:scritt[ao]|pubblicat[ao]|commissionat[ao]|pagat[ao]) da (?:un |una |qualche |la |un nostro )?(?:concorrent[ei]|concorrenza)|(?:un|qualche|un nostro) concorrente(?: \w{1,12}){0,4} (?:ha scritto|c'e dietro|ha pubblicato)|recensioni? (?:pagat[ae]|comprat[ae])|(?:hotel|albergo|ristorante|struttura) concorrente|dietro(?: [\w']{1,14}){0,3} (?:c'e|ci sono)(?: [\w']{1,14}){0,2} concorren\w{1,3}|(?:campagna|attacco) della concorrenza)\b`,
      note: 'Attribuire la recensione alla concorrenza.',
      examples: ['Questa recensione è stata scritta da un concorrente.', 'Qualche concorrente c’è dietro', 'recensioni pagate'],
      counterExamples: ['I nostri prezzi sono in linea con la concorrenza.'],
    },
    {
      id: 'it.accusation.blackmail',
      rule: 'public_accusation',
      kind: 'public_accusation.blackmail',
      pattern: String.raw`\b(?:ricatt\w{1,5}|estorsion\w{1,2}|estorcere|estort\w{1,2}|pizzo)\b`,
      note: 'Parlare di ricatto in pubblico.',
      examples: ['Questo è un ricatto.', 'Il suo tentativo di estorsione è fallito.', 'ci ha ricattati'],
      counterExamples: ['Non concediamo alcun vantaggio in cambio di recensioni.'],
    },
    {
      id: 'it.accusation.fraud',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:(?:lei )?e (?:un |una )?(?:truffator[ei]|truffatrice|imbroglion[ei]|ladr[oa]|ladri|bugiard[oa] e truffator[ei])|truffator[ei]|truffatrice|imbroglion[ei]|(?:ha tentato|ha cercato|cercava|voleva) di (?:truffarci|imbrogliarci|derubarci|fregarci)|frode (?:con la carta|assicurativa|sul rimborso)|richiesta fraudolenta|tentata truffa)\b`,
      note: 'Accusare l’ospite di truffa.',
      examples: ['Lei è un truffatore.', 'Ha tentato di truffarci.', 'una richiesta fraudolenta'],
      counterExamples: ['Capiamo che il prezzo le sia sembrato alto.'],
    },
    {
      id: 'it.accusation.scam-claim',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:e|si tratta di|la sua (?:recensione|lamentela|richiesta) e) (?:(?:una|un|chiaramente|solo|semplicemente|pura|un tentativo di) ){0,3}(?:truffa|imbroglio|frode|raggiro)\b`,
      negatable: true,
      note: 'Definire la lamentela una truffa; negabile («non è una truffa»).',
      examples: ['È una truffa per ottenere un soggiorno gratis.', 'La sua richiesta è solo una truffa.'],
      counterExamples: ['Il nostro prezzo non è una truffa: tutto è incluso.'],
    },
  ],
};
