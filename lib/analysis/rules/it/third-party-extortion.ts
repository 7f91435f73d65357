/** Italian: third parties who say they were paid or ordered to post negative reviews (the opening move of a scam). */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEWS = r`(?:recensioni|opinioni|commenti|valutazioni|stelle)`;

const family: RuleFamily = {
  lang: 'it',
  family: 'third-party-extortion',
  rules: [
    {
      id: 'it.third-party-extortion.paid-to-post',
      signal: 'third_party_extortion',
      pattern: r`\b(?:(?:sono|siamo) stat[oaie] (?:pagat|incaricat|ingaggiat|assunt)[oaie]|mi hanno chiesto|(?:mi|ci) (?:ha|hanno) (?:pagat|incaricat|ingaggiat|ordinat)[oaie])\b[^.!?]{0,15}\b(?:per|di) (?:pubblicare|lasciare|scrivere|mettere|postare)\b[^.!?]{0,30}\b${REVIEWS}|\bsono (?:la persona|quell[oa]) che ha (?:lasciato|scritto|pubblicato)\b[^.!?]{0,30}\b${REVIEWS}|\b(?:abbiamo ricevuto|ho ricevuto|riceviamo)\b[^.!?]{0,10}\b(?:l')?(?:ordine|incarico|istruzioni|commissione)\b[^.!?]{0,40}\b${REVIEWS}\b|\b(?:eliminar|cancellar|rimuover|toglier|ritirar|fermar)(?:le|li|e)\b[^.!?]{0,30}\b(?:in cambio di (?:un )?(?:pagamento|denaro|soldi)|dietro pagamento|se pagate|se paghi)`,
      weight: 0.9,
      examples: ['Sono la persona che ha lasciato le recensioni negative', 'un nostro cliente ci ha incaricati di lasciare una serie di recensioni critiche', 'sono stato pagato per pubblicare recensioni negative sul vostro ristorante', 'mi hanno incaricato di pubblicare recensioni negative', 'Abbiamo ricevuto l\'ordine di lasciare 15 recensioni da una stella', 'Posso eliminarle in cambio di un pagamento'],
      counterExamples: ['ci hanno chiesto di lasciare una recensione all\'uscita', 'abbiamo ricevuto l\'ordine in tempo', 'eliminare le macchie in cambio di niente'],
    },
    {
      id: 'it.third-party-extortion.incoming-reviews',
      signal: 'third_party_extortion',
      pattern: r`\b(?:ricevera|riceverete|riceverai|arriveranno|(?:verra|sara) (?:inondat|sommers)[ao] di)\b[^.!?]{0,30}\b${REVIEWS} (?:negative|(?:da|a) una stella|false)\b`,
      weight: 0.8,
      examples: ['Il tuo hotel riceverà molte recensioni negative nei prossimi giorni', 'verrà inondata di valutazioni da una stella', 'riceverà 50 recensioni a una stella'],
      counterExamples: ['riceverà una buona accoglienza'],
    },
    {
      id: 'it.third-party-extortion.to-stop',
      signal: 'third_party_extortion',
      pattern: r`\b(?:se volete|se vuoi|se vuole|per) (?:che (?:ci fermiamo|smettiamo|le togliamo|si fermino)|farle togliere|farle cancellare|fermarle|fermarla|bloccarla|bloccarle|interromperla)\b`,
      weight: 0.75,
      examples: ['Se volete che ci fermiamo contattateci su Telegram', 'Per farle togliere inviate 200 euro', 'Per bloccarla serve un versamento'],
      counterExamples: ['per farci riposare'],
    },
    {
      id: 'it.third-party-extortion.commissioned-reviews',
      signal: 'third_party_extortion',
      pattern: r`\b(?:scrivono|fanno) recensioni (?:per mestiere|di professione|a pagamento)\b|\b(?:recensioni|opinioni|valutazioni|critiche|commenti)\b[^.!?]{0,40}\b(?:commissionate|su commissione|pagate da|comprate da|ordinate da|da (?:nostri|miei) (?:collaboratori|utenti|account|profili))\b|\bcampagna (?:di )?(?:recensioni|valutazioni|commenti) (?:negative|false|diffamatorie)\b`,
      weight: 0.85,
      examples: ['sta ricevendo recensioni da una stella commissionate da un concorrente', 'una campagna di recensioni false', 'persone che scrivono recensioni per mestiere', 'recensioni negative da nostri collaboratori'],
      counterExamples: ['le recensioni della concorrenza sono peggiori'],
    },
    {
      id: 'it.third-party-extortion.we-can-stop',
      signal: 'third_party_extortion',
      pattern: r`\b(?:possiamo|posso|potremmo) evitare che\b|\b(?:possiamo|posso|potremmo) (?:alzare o abbassare|abbassare|affossare|distruggere) (?:il vostro|il tuo|la vostra|la tua) (?:voto|punteggio|valutazione|reputazione)\b|\bperche non (?:lo )?(?:abbassiamo|affossiamo|pubblichiamo|continuiamo)\b|\b(?:rete|parte di un gruppo) di (?:\d{1,4} )?(?:recensori|account|profili)\b|\b(?:la|vi|ti) togliamo dalla lista\b|\b(?:possiamo|posso|potremmo) (?:farle (?:smettere|sparire|cancellare|togliere|fermare)|fermarle|eliminarle|toglierle|cancellarle|bloccarle|impedirlo|evitarlo)\b|\b(?:gestisce|gestiamo|controlla|controlliamo|abbiamo|ho in mano) (?:centinaia di|migliaia di|decine di|piu di \d+|\d{2,4}) (?:account|profili)\b|\b(?:\d+ )?(?:nostre recensioni|recensioni nostre)\b|\bper (?:cancellarle|toglierle|eliminarle|rimuoverle|farle sparire)\b`,
      weight: 0.85,
      examples: ['posso evitare che si interessino al vostro hotel', 'possiamo farle smettere', 'posso eliminarle', 'Possiamo alzare o abbassare il vostro voto su Google', 'ho una rete di 40 account Google', 'da parte di un gruppo di recensori', 'la togliamo dalla lista', 'Perché non lo abbassiamo, pagate', 'Siamo un team che gestisce centinaia di account Google', 'Ho in mano 30 profili pronti a colpire', 'ha già 12 nostre recensioni', 'Per cancellarle, scriveteci'],
      counterExamples: ['gruppo di recensori di cui faccio parte', 'possiamo farle vedere la camera', 'abbiamo centinaia di foto del viaggio'],
    },
    {
      id: 'it.third-party-extortion.hired-against-you',
      signal: 'third_party_extortion',
      pattern: r`\b(?:ci|mi) (?:ha|hanno) (?:incaricat[oi]|ingaggiat[oi]|pagat[oi]|assunt[oi])\b[^.!?]{0,20}\bdi (?:affossare|distruggere|rovinare|danneggiare|attaccare|screditare)\b|\bper conto di (?:un|una) (?:suo |vostro )?(?:cliente|concorrente)\b`,
      weight: 0.9,
      examples: ['Ci ha incaricati di affossare la sua reputazione online', 'le scrivo per conto di un suo cliente scontento'],
      counterExamples: ['ci hanno incaricati del catering'],
    },
  ],
};
export default family;
