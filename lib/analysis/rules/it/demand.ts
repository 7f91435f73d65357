/** Italian: what a guest asks for (refund, freebie, discount, upgrade, money). Alone it is never blackmail. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'demand',
  rules: [
    {
      id: 'it.demand.explicit',
      signal: 'demand',
      pattern: r`\b(?:esigo|esigiamo|pretendo|pretendiamo|voglio|vogliamo|chiedo|chiediamo|richiedo|reclamo|mi aspetto)\b[^.!?]{0,40}\b(?:rimborso|risarcimento|sconto|compensazione|indennizzo|notte gratis|upgrade|riduzione|cena gratis|camera gratis|restituzione)`,
      weight: 0.8,
      reportable: true,
      examples: ['Voglio un rimborso completo', 'pretendo il risarcimento della cena', 'chiediamo uno sconto per il disturbo'],
      counterExamples: ['Il rimborso è arrivato in due giorni', 'voglio tornare l\'anno prossimo'],
    },
    {
      id: 'it.demand.refund',
      signal: 'demand',
      pattern: r`\b(?:rimbors\w{0,8}|risarci\w{0,8}|(?:mi|ci) (?:restituite|restituiate|restituirete|ridate|ridiate|pagate|rendete)|restituir(?:mi|ci)|ridar(?:mi|ci)|(?:i miei|i nostri) soldi indietro)\b`,
      weight: 0.65,
      reportable: true,
      examples: ['Modificherò il voto una volta rimborsato', 'appena mi rimborserete i 90 euro', 'se non mi restituite la caparra', 'finché non mi risarcirete la cena'],
      counterExamples: ['ci hanno restituito il passaporto'],
      note: 'reportable: "ci hanno rimborsato senza chiedere" is a gesture, not a demand',
    },
    {
      id: 'it.demand.free',
      signal: 'demand',
      pattern: r`\b(?:(?:notte|notti|cena|pranzo|colazione|colazioni|camera|soggiorno|escursione|bottiglia|parcheggio|upgrade)(?: \w{2,12})? (?:gratis|gratuit[aoie])|senza (?:costi|spese|pagare)|gratis|(?:mi|ci) (?:offrite|offriate|offrirete|regalate|regaliate|regalerete)|offrir(?:mi|ci)|regalar(?:mi|ci))\b`,
      weight: 0.5,
      reportable: true,
      examples: ['se non mi offrite la colazione', 'o ci date una suite gratis', 'o mi regalate il parcheggio', 'Voglio l\'upgrade gratuito'],
      counterExamples: ['il parcheggio è a pagamento', 'abbiamo regalato fiori alla proprietaria'],
    },
    {
      id: 'it.demand.discount',
      signal: 'demand',
      pattern: r`\b(?:sconto|sconti|abbassar(?:mi|ci) il conto|riduzione del conto|\d{1,2} ?% (?:di sconto|sul conto))\b`,
      weight: 0.5,
      reportable: true,
      examples: ['o mi fate lo sconto del 30% sul conto', 'non hanno voluto abbassarmi il conto', 'Ho chiesto uno sconto'],
      counterExamples: ['prezzo ragionevole'],
    },
    {
      id: 'it.demand.upgrade',
      signal: 'demand',
      pattern: r`\b(?:upgrade|(?:una|la) suite gratis|camera (?:superiore|vista mare) gratis|passaggio di categoria)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['Voglio l\'upgrade gratuito in camera vista mare', 'o ci date una suite gratis'],
      counterExamples: ['la suite era enorme'],
    },
    {
      id: 'it.demand.pay-me',
      signal: 'demand',
      pattern: r`\b(?:paga|pagate|pagare|inviate|invia|versate|bonifico di)\b[^.!?]{0,30}\b\d{2,6} ?(?:euro|eur|dollari|usd|€|\$)`,
      weight: 0.8,
      examples: ['paga 50 euro in carte regalo', 'inviate 200 euro in carte regalo'],
      counterExamples: ['abbiamo pagato 50 euro per la camera'],
    },
    {
      id: 'it.demand.must-pay',
      signal: 'demand',
      pattern: r`\b(?:mi|ci) (?:dovete|dovreste|deve|devono|dovrete|dovrebbero|dovrebbe) (?:ridare|restituire|rimborsare|pagare|risarcire|regalare|offrire|scontare|abbassare|stornare)\b`,
      weight: 0.75,
      reportable: true,
      examples: ['ma prima mi dovete ridare gli 80 euro', 'ci dovreste rimborsare'],
      counterExamples: ['ci hanno dovuto cambiare camera'],
    },
    {
      id: 'it.demand.settle',
      signal: 'demand',
      pattern: r`\b(?:la chiudiamo qui|chiudiamo qui|siamo pari|la cosa finisce qui|chiuderebbe la questione|sistemare la cosa tra noi|risolvere la cosa tra noi|risolverla tra noi)\b`,
      weight: 0.75,
      examples: ['con una notte gratis la chiudiamo qui', 'Un rimborso parziale chiuderebbe la questione', 'Preferisco sistemare la cosa tra noi'],
      counterExamples: ['ci siamo divertiti tra noi'],
    },
  ],
};
export default family;
