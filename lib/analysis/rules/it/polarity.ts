/**
 * Italian review-sentiment lexicon (hotel and restaurant register). Adjectives are listed once in the
 * masculine singular and expanded (forms.ts); nouns, verbs and phrases as they occur. Normalised form:
 * lower case, no accents. Weights -4..+4, round values chosen by hand.
 */
import type { PolarityLexicon } from '../types';
import { expandAdjectives } from './forms';

const ADJECTIVES: Record<string, number> = {
  // praise
  buono: 2, buonissimo: 3, ottimo: 3, eccellente: 3, eccezionale: 3, magnifico: 3, fantastico: 3,
  meraviglioso: 3, spettacolare: 3, stupendo: 3, splendido: 3, perfetto: 3, impeccabile: 3, favoloso: 3,
  straordinario: 3, incredibile: 2, superbo: 3, sublime: 3, strepitoso: 3, squisito: 3, delizioso: 3,
  gustoso: 2, saporito: 2, prelibato: 3, fresco: 1, abbondante: 1, generoso: 2, vario: 1, casalingo: 1,
  genuino: 2, bello: 2, bellissimo: 3, carino: 2, grazioso: 2, incantevole: 3, suggestivo: 2, accogliente: 2,
  confortevole: 2, comodo: 2, comodissimo: 3, spazioso: 2, ampio: 1, luminoso: 1, tranquillo: 1, silenzioso: 1,
  rilassante: 2, moderno: 1, nuovo: 1, rinnovato: 1, elegante: 2, lussuoso: 2, curato: 2, pulito: 2,
  pulitissimo: 3, lindo: 2, ordinato: 1, gentile: 2, gentilissimo: 3, cordiale: 2, simpatico: 2,
  simpaticissimo: 3, disponibile: 2, disponibilissimo: 3, attento: 2, premuroso: 3,
  professionale: 2, efficiente: 2, veloce: 1, rapido: 1, puntuale: 1, cortese: 2, educato: 2, sorridente: 2,
  affabile: 2, ospitale: 2, paziente: 1, divertente: 2, allegro: 2, consigliato: 2, consigliatissimo: 4,
  raccomandato: 2, centrale: 1, economico: 1, conveniente: 1, onesto: 1, giusto: 1, corretto: 1,
  adeguato: 1, soddisfatto: 2, contento: 2, entusiasta: 3, felice: 2, grato: 2, indimenticabile: 3,
  memorabile: 2, magico: 2, paradisiaco: 3, idilliaco: 3, top: 2, super: 2, fenomenale: 3, mitico: 2,
  piacevole: 2, gradevole: 2, cristallino: 2, invidiabile: 2, strategico: 1,
  // complaint
  cattivo: -2, pessimo: -4, orribile: -4, orrendo: -4, terribile: -3, tremendo: -3, schifoso: -4,
  disgustoso: -4, ripugnante: -4, vergognoso: -3, inaccettabile: -3, inammissibile: -3, intollerabile: -3,
  insopportabile: -3, infernale: -3, deludente: -3, deluso: -3, delusissimo: -4, mediocre: -2, scarso: -2,
  scadente: -3, povero: -1, insufficiente: -2, discreto: 0.5, sporco: -3, sporchissimo: -4, lurido: -4,
  sudicio: -3, puzzolente: -3, macchiato: -2, polveroso: -2, umido: -2, ammuffito: -3, arrugginito: -2,
  rotto: -2, guasto: -2, vecchio: -1, datato: -2, fatiscente: -3, decadente: -2, trascurato: -2,
  abbandonato: -2, squallido: -3, brutto: -2, buio: -1, triste: -2, deprimente: -3, rumoroso: -2, scomodo: -2,
  stretto: -1, minuscolo: -2, piccolo: -0.5, duro: -1, sfondato: -2, consumato: -2, caro: -1, carissimo: -2,
  esagerato: -2, eccessivo: -2, sopravvalutato: -3, insipido: -2, scotto: -2, crudo: -1, bruciato: -2,
  rancido: -3, freddo: -0.5, riscaldato: -2, immangiabile: -4, ripetitivo: -2, monotono: -2, noioso: -2,
  affollato: -2, caotico: -2, disorganizzato: -2, antipatico: -3, scortese: -3, maleducato: -3, sgarbato: -3,
  arrogante: -3, sgradevole: -3, irrispettoso: -3, ostile: -3, incompetente: -3, inutile: -2, negligente: -3,
  distratto: -2, indifferente: -2, lento: -2, lentissimo: -3, arrabbiato: -2, indignato: -3, stufo: -2,
  pericoloso: -3, insicuro: -2, invivibile: -4, falso: -2, ingannevole: -3, annacquato: -2, stantio: -2,
  soffocante: -2, afoso: -1, salato: -1, spiacevole: -3,
  piaciuto: 2, adorabile: 3, completo: 1, meritato: 2, meritatissimo: 3, apprezzato: 2, aiutato: 1, malato: -2,
  disonesto: -3, bucato: -2, carente: -2, ingiusto: -2, strano: -1, comprensibile: 1, migliorato: 1.5, offerto: 1.5,
  commosso: 2, sincero: 1, caloroso: 2, trasparente: 1, gratuito: 1,
};

const OTHERS: Record<string, number> = {
  // praise: verbs, nouns, adverbs
  bene: 1.5, benissimo: 3, consiglio: 2, consigliamo: 3, consiglierei: 2, consiglieremo: 2, consigliabile: 3,
  piace: 1, adorato: 3, amato: 2, goduto: 2,
  torneremo: 2, tornero: 2, tornerei: 2, torneremmo: 2, ritorneremo: 2, ritornero: 2, meraviglia: 3,
  paradiso: 3, 'da sogno': 3, 'non rendono giustizia': 3, 'non rende giustizia': 3, dispiaciuto: -2, dispiaciuta: -2, dispiaciuti: -2, dispiaciute: -2, lusso: 2, gioiello: 2, chicca: 2, perla: 2, grazie: 1, ringraziare: 1, ringraziamo: 2,
  ringrazio: 2, eccellenza: 3, perfezione: 3, piacere: 2, gentilezza: 2, cortesia: 2, simpatia: 2,
  professionalita: 2, disponibilita: 2, ospitalita: 2, accoglienza: 0.5, calore: 2, complimenti: 2,
  bravi: 2, brava: 2, bravo: 2, bravissimi: 3, perfettamente: 2, splendidamente: 3, pulizia: 0.5,
  comodita: 1, tranquillita: 2, relax: 2, riposo: 1, vista: 0.5, coccolati: 2, stupenda: 3, wow: 2,
  // complaint: verbs, nouns
  delusione: -3, disastro: -4, vergogna: -3, schifo: -4, porcheria: -4, porcata: -4, spazzatura: -3,
  merda: -3, sporcizia: -3, sudiciume: -3, rumore: -2, rumori: -2, umidita: -2, puzza: -3, tanfo: -3,
  odore: -1, scarafaggi: -3, scarafaggio: -3, cimici: -3, formiche: -2, zanzare: -1, muffa: -3, capelli: -2,
  peli: -2, macchie: -2, macchia: -2, lamentela: -1, lamentele: -1, problema: -1, problemi: -1, furto: -3,
  truffa: -4, fregatura: -4, imbroglio: -3, frode: -4, guasto: -2, guasti: -2, attesa: -1, coda: -1,
  code: -1, fila: -1, mancava: -1, mancavano: -1, mancanza: -1, evitare: -3, evitate: -3, orrore: -4,
  incubo: -4, truffatori: -4, ladri: -4, purtroppo: -2, peccato: -2, reclamo: -2, reclami: -2,
  denuncia: -2, vomito: -3, diarrea: -3, intossicazione: -4, disagio: -2, disagi: -2,
  disordine: -2, caos: -3, maltrattati: -3, bugia: -3, bugie: -3, malissimo: -3, male: -2, sconsiglio: -3,
  sconsigliato: -3, sconsigliatissimo: -4, sconsigliamo: -3, lamentato: -1, lamentarsi: -1,
  regalato: 1.5,
  'non ha funzionato': -2, 'non hanno funzionato': -2,
  'cinque stelle': 2, '5 stelle': 2, 'quattro stelle': 0, 'due stelle': -1, 'una stella': -2, '1 stella': -2,
  'senza problema': 1, 'non perdete': 2, 'da non perdere': 2, 'e giusto riconoscerlo': 1,
  'non venite': -3, 'non andate': -3, 'non andateci': -3, 'siamo ancora senza': -2, 'da ostello': -2,
  avvisare: -1, supplemento: -1, gran: 1.5, 'grande trattamento': 2,
  'bel gesto': 2, 'un bel gesto': 2, risarcito: 1, ingiustizia: -3, lamentarmi: -2, lamentarci: -2, lamento: -1, apprezzabile: 1, gesto: 1, ben: 1.5, peggio: -3, peggiore: -3, peggiori: -3, meglio: 1,
  migliore: 1, migliori: 1, merita: 2, meritano: 2, applausi: 2, 'da applausi': 3, 'come si deve': 2, 'gia finita': -2, 'gia finito': -2, 'niente da fare': -2, 'tutto bene': 2, 'vale il viaggio': 3, 'cosi cosi': -1.5, 'nella media': -1, 'tre stelle': -1, '3 stelle': -1, 'tutto regolare': 2, 'tempi lunghi': -2, troppi: -1.5, altrove: -2, 'dormito in macchina': -3, 'senza storie': 2, subito: 1, capita: 1, gesti: 1, 'ci vorrebbe': -1.5, 'cosi non va': -2, 'in positivo': 2, gratis: 1, 'non era indicato': -1.5, 'che perde': -1.5,
  'non e mai arrivato': -2, 'nessuno risponde': -2,
  // phrases (first word is looked up, whole phrase must match in one clause)
  'mai piu': -4, 'non torneremo': -3, 'non tornero': -3, 'non tornerei': -3, 'non lo consiglio': -3,
  'non la consiglio': -3, 'non consiglio': -3, 'non lo consiglierei': -3, 'non consiglierei': -3,
  'non vale la pena': -3, 'vale la pena': 2, 'ne vale la pena': 2, 'lascia a desiderare': -3,
  'lasciava a desiderare': -3, 'lascia molto a desiderare': -3, 'presa in giro': -3, 'niente da dire': 2,
  'nulla da dire': 2, 'niente da eccepire': 3, 'nulla da eccepire': 3, 'nessuna lamentela': 2,
  'nessun problema': 1, 'senza problemi': 1, 'senza dubbio': 1, 'da dieci': 2, 'da 10': 2, 'come a casa': 2,
  'non manca nulla': 2, 'non mancava nulla': 2, 'non manca niente': 2, 'non funziona': -2,
  'non funzionava': -2, 'non funzionavano': -2, 'non funzionano': -2, 'acqua fredda': -1,
  'niente acqua calda': -2, 'senza acqua calda': -2, 'per niente': -1, 'non male': 1.5,
  'molto male': -3, 'bassa qualita': -3, 'buona qualita': 2, 'qualita prezzo': 0, 'il peggio': -3,
  'il meglio': 3, 'il peggiore': -3, 'la peggiore': -3, 'il migliore': 3, 'la migliore': 3, 'i migliori': 3,
  'le migliori': 3, 'un disastro': -4, 'un incubo': -4, 'una favola': 3, 'da favola': 3, 'a meraviglia': 3,
  "all'altezza": 1, "non all'altezza": -3, 'non corrisponde': -2, 'non abbiamo dormito': -3,
  'non ho dormito': -3, 'grazie di niente': -3, 'grazie per niente': -3, 'tutto ok': 1, 'tutto perfetto': 3,
  'non era possibile': -1, 'non si e mai presentato': -2, 'mai arrivato': -2, 'di tasca nostra': -1,
  'abbiamo dovuto pagare': -1, 'piccolo neo': 0, 'nessun problema anzi': 2, 'grazie mille': 3, 'non ci hanno fatto riposare': -2,
  'non ci hanno fatto dormire': -2, 'abbiamo dovuto cercare un altro': -2, 'non avevate una camera': -2, 'ci hanno detto di no': -2, 'mi hanno detto di no': -2, 'si sono rifiutati': -2,
  "me l'hanno negato": -2, "ce l'hanno negato": -2, 'non capiamo': -1, 'non era pronta': -2, 'non era pronto': -2,
  'arrivati freddi': -2, 'arrivato freddo': -2, 'piatti freddi': -2, 'cibo freddo': -2, 'erano freddi': -2,
  'va e viene': -2, 'ben posizionato': 2.5, 'ben posizionata': 2.5, 'ben tenuto': 2, 'ben curato': 2,
};

const words = expandAdjectives(ADJECTIVES, OTHERS);

const polarity: PolarityLexicon = {
  lang: 'it',
  discourse: {
    resolution: [
      'rimborsato', 'rimborsati', 'rimborsata', 'restituito', 'restituita', 'ci ha restituito', 'ci hanno restituito', 'scontato',
      'ci hanno scontato', 'non ci hanno fatto pagare', 'non ci ha fatto pagare', 'ci hanno offerto', 'ci ha offerto', 'offerto dalla casa',
      'sistemato', 'riparato', 'riparata', 'aggiustato', 'sostituito', 'sostituita', 'ci hanno cambiato', 'ci ha cambiato', 'si e scusato',
      'si e scusata', 'si sono scusati', 'chiesto scusa', 'risolto', 'rimediato', 'installato', 'installati',
    ],
    unprompted: [
      'senza che', 'senza chiedere', 'senza bisogno', 'subito', 'immediatamente', 'di propria iniziativa', 'spontaneamente',
      'senza batter ciglio', 'prontamente', 'senza nemmeno chiedere',
    ],
    update: ['aggiornamento', 'aggiorno', 'edit', 'update', 'modifica'],
    hearsay: ['letto', 'sentito', 'recensioni', 'commenti', 'dicevano', 'si dice', 'a quanto pare'],
    contradiction: ['invece', 'al contrario', 'anzi', 'contrariamente', 'diversamente'],
    reservation: [
      'unica pecca', 'piccola pecca', 'unico neo', 'piccolo neo', 'unico difetto', 'piccolo difetto', 'unico appunto', 'piccolo appunto',
      'unica nota negativa', 'unico punto debole', 'unico aspetto negativo', 'unica cosa negativa', 'unico problema', 'unico inconveniente',
      'unica critica', 'piccola critica', "pelo nell'uovo", 'se proprio devo trovare', 'unico rammarico', 'unico rimpianto', 'unico nota dolente',
      'unica nota dolente',
    ],
    counterfactual: ['sarebbe stato', 'sarebbe stata', 'sarebbero stati', 'sarebbe stato carino', 'avrebbe potuto', 'avrebbero potuto', 'avrebbe dovuto', 'avrebbero dovuto', 'avrei apprezzato', 'avremmo apprezzato', 'sarebbe piaciuto'],
    balance: ['sensazioni contrastanti', 'sentimenti contrastanti', 'impressioni contrastanti', 'luci e ombre', 'pro e contro', 'combattuto', 'alti e bassi'],
    simile: ['come'],
    lowComparison: ['suola', 'suola di scarpa', 'cartone', 'gomma', 'cemento', 'pietra', 'mattone', 'prigione', 'carcere', 'cella', 'sauna', 'frigo', 'frigorifero', 'freezer', 'forno', 'igloo', 'scatola da scarpe', 'scatola di scarpe', 'sgabuzzino', 'ripostiglio', 'acqua dei piatti', 'spugna', 'ospedale', 'cantiere', 'stazione', 'autostrada', 'zoo', 'scatola di sardine', 'sardine', 'mensa', 'colla', 'plastica', 'cuoio', 'gomma da masticare', 'zona di guerra'],
    concession: ['legittimo', 'ammetto', 'e vero', 'lo capisco', 'capisco', 'comprensibile', 'a loro discolpa', 'le regole sono regole', 'era scritto'],
    loss: ['perso', 'abbiamo perso', 'ho perso', 'addebitato', 'addebitati', 'ci hanno addebitato', 'trattenuto', 'trattenuta', 'incassato'],
    money: ['euro', 'centesimo', 'centesimi'],
  },
  words,
  prefixes: {
    consigliat: 2, meravigli: 3, spettacol: 3, eccellent: 3, fantastic: 3, perfett: 3, impeccabil: 3,
    stupend: 3, gentilissim: 3, simpatic: 2, ringrazi: 2, squisit: 3, delizios: 3, bellissim: 3,
    delusion: -3, delud: -3, orribil: -4, schifos: -4, disastr: -4, pessim: -4, terribil: -3, vergogn: -3,
    sporc: -3, sudic: -3, scarafagg: -3, maleducat: -3, scortes: -3, truff: -4, scomod: -2, rumoros: -2,
    inaccettabil: -3, insopportabil: -3, sconsigli: -3, durissim: -2, vecchissim: -2, carissim: -2,
  },
  intensifiers: {
    molto: 1.5, tanto: 1.3, davvero: 1.4, veramente: 1.4, proprio: 1.2, troppo: 1.3, estremamente: 1.8,
    incredibilmente: 1.7, assolutamente: 1.6, totalmente: 1.5, completamente: 1.5, decisamente: 1.5,
    particolarmente: 1.3, abbastanza: 1.1, piuttosto: 1.1, super: 1.5, parecchio: 1.3, alquanto: 1.1,
    poco: -0.8, 'un po': 0.7, leggermente: 0.7,
  },
  negators: ['non', 'mai', 'senza', 'nessun', 'nessuno', 'nessuna', "nessun'", 'niente', 'nulla', 'neanche', 'nemmeno', 'neppure'],
  contrast: ['ma', 'pero', 'tuttavia', 'comunque', 'invece', 'eppure', 'sebbene'],
};
export default polarity;
