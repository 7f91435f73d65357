/** Italian: what turns a complaint into a crisis (seed 004): legal threats, boycott calls, censorship claims, virality, contempt, proof. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'crisis',
  rules: [
    {
      id: 'it.crisis.legal',
      signal: 'legal_threat',
      pattern: r`\b(?:avvocat[oia]|legal[ei]|denunc(?:ia|e|iare|ero|eremo|iato|iamo)|querela\w{0,4}|fare causa|faremo causa|tribunale|giudice|carabinieri|polizia|guardia di finanza|nas|asl|codacons|altroconsumo|associazione consumatori|azione legale|azioni legali|vie legali)\b`,
      weight: 0.6,
      negatable: true,
      examples: ['ho già parlato con il mio avvocato', 'faremo una segnalazione ai NAS', 'sporgerò denuncia'],
      counterExamples: ['la domanda di camere era alta'],
    },
    {
      id: 'it.crisis.boycott',
      signal: 'boycott_call',
      pattern: r`\b(?:non (?:andateci|andate|prenotate|venite|mangiate qui|ci andate)\b(?! a perder)(?! via)|evitate|evitatelo|evitatela|state alla larga|statene alla larga|scappate|fuggite|non lo consiglio a nessuno|sconsigliat(?:o|issimo) a tutti)\b`,
      weight: 0.5,
      examples: ['Non andateci', 'Evitate questo posto', 'state alla larga'],
      counterExamples: ['non andate via senza aver visto la spiaggia'],
    },
    {
      id: 'it.crisis.censorship',
      signal: 'censorship_claim',
      pattern: r`\b(?:(?:hanno (?:cancellato|rimosso|eliminato|censurato)) (?:la mia|le mie|la nostra|la) (?:recensione|recensioni|commento|opinione)|censur\w{1,5}|(?:lasciano|pubblicano) solo (?:le )?recensioni (?:buone|positive))\b`,
      weight: 0.6,
      examples: ['Hanno cancellato la mia recensione precedente', 'questa è censura', 'lasciano solo recensioni positive'],
      counterExamples: ['hanno cancellato la lavagna'],
    },
    {
      id: 'it.crisis.virality',
      signal: 'virality',
      pattern: r`\b(?:\d{1,3}(?:[.,]\d{3}| ?mila| ?k)? ?follower|influencer|blogger|youtuber|tiktoker|giornalist[ai]|la stampa|i media|televisione|tg|viral\w{1,6}|ovunque|dappertutto|su tutti i social|condivider(?:o|lo) (?:su|sui) (?:tutti i )?social)\b`,
      weight: 0.5,
      examples: ['ho 20mila follower su instagram', 'sono una travel blogger', 'diventerà virale', 'una recensione entusiasta ovunque'],
      counterExamples: ['abbiamo seguito le indicazioni'],
    },
    {
      id: 'it.crisis.multi-channel',
      signal: 'multi_channel',
      pattern: r`\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b[^.!?]{0,25}\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b`,
      weight: 0.5,
      examples: ['su Booking, Google e TripAdvisor', 'Lascerò cinque stelle su Google e TripAdvisor'],
      counterExamples: ['prenotato su Booking'],
    },
    {
      id: 'it.crisis.contempt',
      signal: 'contempt_reported',
      pattern: r`\b(?:(?:ci|mi) (?:hanno|ha) (?:derisi|deriso|derise|presi in giro|preso in giro|ignorat[oiae]|riso in faccia|sbattuto fuori|cacciat[oiae])|nemmeno (?:una|le) scus[ae]|neanche (?:una|le) scus[ae]|senza (?:chiedere )?scus[ae]|(?:ci|mi) hanno detto che era (?:un )?(?:nostro|mio) problema|con disprezzo|in malo modo|(?:ci|mi) hanno trattat[oiae] come (?:pezze|cani|delinquenti|spazzatura)|se ne sono fregati|se ne e fregato)\b`,
      weight: 0.55,
      examples: ['il receptionist ci ha derisi', 'nemmeno una scusa', 'ci hanno detto che era un nostro problema', 'se ne sono fregati'],
      counterExamples: ['abbiamo riso tanto con l\'animatore'],
    },
    {
      id: 'it.crisis.proof',
      signal: 'objective_fact',
      pattern: r`\b(?:ho|abbiamo|allego|alleghiamo|conservo|con) (?:le |la |il |i |una |un |gli )?(?:foto|fotografie|video|prove|screenshot|fattura|fatture|scontrino|ricevuta|referto|certificato medico|denuncia)\b|\breferto (?:medico|del pronto soccorso)\b`,
      weight: 0.5,
      examples: ['ho le foto di tutto', 'allego la fattura', 'con il referto del pronto soccorso'],
      counterExamples: ['abbiamo fatto tante foto della spiaggia'],
    },
    {
      id: 'it.crisis.staff-named',
      signal: 'staff_named',
      pattern: r`\b(?:grazie a|(?:il )?signor|(?:la )?signora|sig\.?|sig\.ra) (?!(?:tutti|tutto|tutta|voi|lei|loro|dio|la|il|lo|le|gli|i|un|una|uno|vostro|vostra|questo|questa|noi|te|me)\b)[a-z]{3,15}\b|\b[a-z]{3,15},? si chiama\b|\bsi chiama [a-z]{3,15}\b`,
      weight: 0.4,
      examples: ['Grazie a Giulia per la sua gentilezza', 'si chiama Marco', 'la signora Anna'],
      counterExamples: ['grazie a tutti', 'il cameriere ci ha servito'],
    },
  ],
};
export default family;
