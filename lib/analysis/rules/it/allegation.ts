/** Italian: accusations that would be defamatory if false: health hazards, vermin, theft, fraud, discrimination. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'allegation',
  rules: [
    {
      id: 'it.allegation.food-poisoning',
      signal: 'health_hazard',
      pattern: r`\b(?:intossicazion[ei](?: alimentar[ei])?|intossicat[oaie]|(?:ci|mi|si) siamo intossicati|(?:ci|mi|si) (?:e|sono) intossicat[oaie]|salmonella|gastroenterite|legionella|(?:cibo|pesce|carne|pollo|frutti di mare|uova)\b[^.!?]{0,20}\b(?:avariat[oaie]|andat[oaie] a male|marci[oaie]?|scadut[oaie]))\b`,
      weight: 0.85,
      negatable: true,
      examples: ['abbiamo avuto un\'intossicazione alimentare', 'Ci siamo intossicati con il pollo', 'il cibo era chiaramente avariato'],
      counterExamples: ['il cibo era freschissimo'],
    },
    {
      id: 'it.allegation.sick-after',
      signal: 'health_hazard',
      pattern: r`\b(?:vomit\w{0,5}|diarrea|dissenteria|febbre|pronto soccorso|ospedal\w{1,3}|stati male|stata male|stato male|mal di pancia|mal di stomaco)\b[^.!?]{0,60}\b(?:cibo|mangiato|cena|pranzo|buffet|colazione|pesce|pollo|ristorante|acqua)\b|\b(?:cibo|mangiato|cena|buffet|pesce|pollo|acqua)\b[^.!?]{0,80}\b(?:vomit\w{0,5}|diarrea|pronto soccorso|ospedal\w{1,3}|stati male|dal medico)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['dopo la cena di pesce notte al pronto soccorso', 'hanno mangiato al buffet hanno avuto vomito e diarrea'],
      counterExamples: ['il cibo e l\'acqua erano inclusi'],
    },
    {
      id: 'it.allegation.bedbugs',
      signal: 'health_hazard',
      pattern: r`\b(?:cimici|cimice|pulci|pidocchi|zecche|scabbia|acari)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['Abbiamo trovato cimici nel letto'],
      counterExamples: ['Nessuna cimice, a differenza di altre recensioni'],
    },
    {
      id: 'it.allegation.vermin',
      signal: 'health_hazard',
      pattern: r`\b(?:scarafagg[io]|blatt[ae]|topi|topo|ratt[oi]|roditori|infestazion[ei]|escrementi)\b`,
      weight: 0.7,
      negatable: true,
      examples: ['Abbiamo visto scarafaggi e un topo in sala', 'c\'erano topi in cucina'],
      counterExamples: ['né scarafaggi né topi'],
    },
    {
      id: 'it.allegation.mould-illness',
      signal: 'health_hazard',
      pattern: r`\b(?:muffa|muffe)\b[^.!?]{0,80}\b(?:asma|allergi\w{1,3}|malat\w{1,4}|tosse|respirare|bronchite|ospedal\w{1,3}|medico|salute)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['Muffa nera sulle pareti del bagno e mio figlio ha avuto un attacco d\'asma'],
      counterExamples: ['un po\' di muffa nella doccia'],
    },
    {
      id: 'it.allegation.mould',
      signal: 'health_hazard',
      pattern: r`\bmuff[ae]\b`,
      weight: 0.35,
      negatable: true,
      examples: ['muffa sul soffitto'],
      counterExamples: ['odore di umido'],
      note: 'weak alone: mould without illness is a cleanliness complaint',
    },
    {
      id: 'it.allegation.theft',
      signal: 'theft_accusation',
      pattern: r`\b(?:mi|ci|gli|le|ti) hanno (?:rubato|sottratto|preso (?:dei |i )?soldi|portato via)\b|\b(?:(?:e|sono) (?:stat[oaie] )?rubat[oaie])\b|\bfurt[oi]\b|\bladr[io]\b|\bmancavan[oa]\b[^.!?]{0,50}\b(?:soldi|euro|dollari|gioielli|portafoglio|cellulare|telefono|orologio|occhiali|profumo)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['Mi hanno rubato la macchina fotografica dalla camera', 'Mi hanno preso dei soldi dalla valigia', 'Mancavano 200 euro al rientro', 'un furto'],
      counterExamples: ['nulla mancava, tutto perfetto'],
    },
    {
      id: 'it.allegation.scam',
      signal: 'fraud_accusation',
      pattern: r`\b(?:truff\w{1,6}|frod\w{1,4}|fraudolent[oaie]|imbrogli\w{0,5}|raggir\w{1,5}|fregat[oaie]|(?:ci|mi|vi|ti) hanno fregato|(?:ci|mi|vi|ti) fregano|clonat[oaie]|addebiti? (?:che non riconosco|non autorizzat[oi]|fraudolent[oi])|(?:ci|mi) hanno addebitato (?:due volte|il doppio))\b`,
      weight: 0.75,
      negatable: true,
      examples: ['È una truffa', 'ci hanno addebitato due volte la stessa notte', 'Qualcuno ha clonato la mia carta', 'Una frode.', 'è un imbroglio'],
      counterExamples: ['tutto corretto, nessuna sorpresa sul conto'],
    },
    {
      id: 'it.allegation.discrimination',
      signal: 'discrimination',
      pattern: r`\b(?:discrimin\w{1,8}|razzis\w{1,4}|omofob\w{1,4}|xenofob\w{1,4}|sessis\w{1,4}|transfob\w{1,4})|\bperche (?:siamo|sono|eravamo|ero) (?:una coppia )?(?:ner[io]|gay|lesbiche|omosessuali|stranier[ie]|stranieri neri|arab[ie]|musulman[ie]|ebre[ie]|rom|donne|disabili|in sedia a rotelle)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['Discriminazione pura', 'Ci hanno trattato male perché siamo una coppia gay'],
      counterExamples: ['perché siamo arrivati tardi'],
    },
  ],
};
export default family;
