/** Italian: a threat to post, spread or worsen a review. Positive promises are cancelled by cues.positivePromise. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:recensione|recensioni|opinione|commento|valutazione|giudizio|voto|punteggio|stelle|stella)`;
const PLATFORM = r`(?:google|tripadvisor|trip advisor|booking|facebook|instagram|tiktok|twitter|yelp|internet|i social|social|ovunque|dappertutto)`;

const family: RuleFamily = {
  lang: 'it',
  family: 'review-threat',
  rules: [
    {
      id: 'it.review-threat.will-post',
      signal: 'review_threat',
      pattern: r`\b(?:pubblichero|pubblico|scrivero|scrivo|mettero|metto|lascero|lascio|faro|vi faccio|vi lascio|vi metto|vi scrivo|postero|posto)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.6,
      examples: ['scrivo una recensione negativa su TripAdvisor', 'o scrivo una recensione orribile', 'vi faccio una recensione che vi affonda', 'metto una recensione da una stella su Booking'],
      counterExamples: ['ho letto una recensione prima di prenotare', 'le recensioni di questo hotel sono buone'],
      note: 'also matches honest reviews ("lascio una recensione sincera"): blackmail needs a demand too',
    },
    {
      id: 'it.review-threat.negative-review',
      signal: 'review_threat',
      pattern: r`\b${REVIEW} (?:molto |davvero )?(?:negativ[aoie]|orribil[ei]|devastant[ei]|terribil[ei]|pessim[aoie]|pesant[ei]|da (?:una|1|zero) stell[ae])\b`,
      weight: 0.8,
      examples: ['una recensione negativa su Google', 'recensione da una stella su Booking', 'una recensione pesante'],
      counterExamples: ['recensioni positive', 'una critica costruttiva'],
    },
    {
      id: 'it.review-threat.will-be',
      signal: 'review_threat',
      pattern: r`\b${REVIEW}\b[^.!?]{0,30}\b(?:sara|sarebbe)\b[^.!?]{0,12}\b(?:devastante|orribile|terribile|negativa|pessima|molto divers[ao]|ben divers[ao])`,
      weight: 0.85,
      examples: ['la mia recensione su TripAdvisor sarà devastante', 'questa recensione sarebbe molto diversa'],
      counterExamples: ['la recensione sarà pubblicata presto'],
    },
    {
      id: 'it.review-threat.everyone-reads',
      signal: 'review_threat',
      pattern: r`\b(?:lo leggono tutti|lo sapranno tutti|lo sapra tutto il mondo|tutti (?:sapranno|leggeranno|vedranno|lo leggeranno|lo sapranno))\b[^.!?]{0,40}\b${PLATFORM}`,
      weight: 0.75,
      examples: ['domani lo leggono tutti su google cosa è successo', 'tutti sapranno su internet come trattate i clienti'],
      counterExamples: ['tutti sono stati gentili'],
    },
    {
      id: 'it.review-threat.tell-online',
      signal: 'review_threat',
      pattern: r`\b(?:raccontare|descrivere|spiegare|pubblicare|diffondere|raccontero|pubblichero|diffondero|condividero|raccontarlo|pubblicarlo|diffonderlo|condividere)\b[^.!?]{0,40}\b(?:online|in rete|sul web|su (?:${PLATFORM})|sui social)\b`,
      weight: 0.65,
      examples: ['Mi dispiacerebbe molto dover raccontare online questo soggiorno', 'lo diffonderò sui social'],
      counterExamples: ['abbiamo visto le foto online prima'],
    },
    {
      id: 'it.review-threat.sink',
      signal: 'review_threat',
      pattern: r`\b${REVIEW}\b[^.!?]{0,20}\bche (?:vi|ti|li|lo) (?:affonda|affondera|distrugge|distruggera|rovina|rovinera|fa chiudere|fara chiudere)\b`,
      weight: 0.85,
      examples: ['vi faccio una recensione che vi affonda'],
      counterExamples: ['una recensione che mi ha aiutato'],
    },
    {
      id: 'it.review-threat.one-star-everywhere',
      signal: 'review_threat',
      pattern: r`\b(?:una|1) stella su (?:${PLATFORM})`,
      weight: 0.8,
      examples: ['una stella su Booking, Google e TripAdvisor'],
      counterExamples: ['cinque stelle su Google'],
    },
    {
      id: 'it.review-threat.before-writing',
      signal: 'review_threat',
      pattern: r`\bprima di (?:scrivere|pubblicare|mettere|lasciare|postare) (?:la mia|la|una|la nostra|qualsiasi) (?:recensione|opinione|valutazione|critica|commento)\b`,
      weight: 0.7,
      examples: ['Preferisco sistemare la cosa tra noi prima di scrivere la mia recensione'],
      counterExamples: ['prima di scrivere la lettera'],
    },
    {
      id: 'it.review-threat.review-ready',
      signal: 'review_threat',
      pattern: r`\b(?:ho|abbiamo) (?:la|una|gia la|gia una) (?:recensione|opinione|critica) (?:gia )?(?:scritta|pronta)\b|\b(?:recensione|opinione|critica) (?:e )?(?:gia )?(?:scritta|pronta)\b`,
      weight: 0.85,
      examples: ['La recensione è già scritta', 'ho una recensione pronta'],
      counterExamples: ['la cena è già pronta'],
    },
    {
      id: 'it.review-threat.tell-the-truth',
      signal: 'review_threat',
      pattern: r`\b(?:racconto|raccontero|dico|diro|pubblico|pubblichero|scrivo|scrivero|raccontiamo|racconteremo)\b[^.!?]{0,10}\bla verita\b`,
      weight: 0.65,
      examples: ['altrimenti racconto la verità sul vostro servizio'],
      counterExamples: ['a dire la verità è stato bello'],
    },
    {
      id: 'it.review-threat.burn-online',
      signal: 'review_threat',
      pattern: r`\b(?:vi|ti|li|lo|la) (?:distruggo|distruggero|rovino|rovinero|affondo|affondero|sputtano|sputtanero|massacro|massacrero|faccio a pezzi|faro a pezzi)\b[^.!?]{0,30}\b(?:su|sui|in) ${PLATFORM}`,
      weight: 0.85,
      examples: ['o vi distruggo su google maps', 'vi sputtano su TripAdvisor'],
      counterExamples: ['li abbiamo trovati su google maps'],
    },
    {
      id: 'it.review-threat.reviews-everywhere',
      signal: 'review_threat',
      pattern: r`\b(?:recensioni|opinioni|critiche|valutazioni|commenti) (?:negative|pessime|da una stella)\b[^.!?]{0,15}\b(?:ovunque|dappertutto|su tutte le (?:piattaforme|app|pagine)|su tutti i social)\b`,
      weight: 0.85,
      examples: ['Dopo, recensioni negative ovunque'],
      counterExamples: ['recensioni positive ovunque'],
    },
  ],
};
export default family;
