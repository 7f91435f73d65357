/** Italian: not an account of an experience with this business: ads, links, wrong place, politics, tests. Gibberish is the engine's. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'spam',
  rules: [
    {
      id: 'it.spam.link',
      signal: 'spam',
      pattern: r`\b(?:https?:\/\/|www\.)[a-z0-9-]{1,60}|\bt\.me\/|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|biz|xyz|io|ly|me|it|top|site|online|club)\b(?!\.)`,
      weight: 0.55,
      examples: ['Visita www.soldi-facili-subito.com', 'http://follower-top.net', 'sul nostro sito prestiti-express.it'],
      counterExamples: ['abbiamo prenotato sul sito dell\'hotel'],
    },
    {
      id: 'it.spam.ad',
      signal: 'spam',
      pattern: r`\b(?:guadagna (?:soldi|denaro)|guadagni facili|soldi facili|da casa senza|senza lavorare|prestiti (?:veloci|senza garanzie)|compra (?:follower|like)|follower (?:a poco prezzo|reali)|criptovalut[ae]|investi nel|moltiplica i tuoi soldi|offerta speciale|chiama subito|clicca qui|lavoro da casa|bitcoin gratis|concorso|tagga (?:tre|due|\d) amici|vincere un viaggio|vinci un viaggio|promozione (?:2x1|speciale)|2x1|prenota subito|offerta limitata)\b`,
      weight: 0.85,
      examples: ['Guadagna soldi da casa!', 'Compra follower Instagram a poco prezzo', 'Prestiti veloci senza garanzie', 'investi nel nostro nuovo token'],
      counterExamples: ['i soldi del viaggio li abbiamo risparmiati'],
    },
    {
      id: 'it.spam.political-rant',
      signal: 'spam',
      pattern: r`\b(?:votare (?:contro|per)|(?:prossime|le) elezioni|i politici sono|presidente del consiglio|partito democratico|fratelli d'italia|movimento 5 stelle|abbasso il governo)\b`,
      weight: 0.8,
      examples: ['Bisogna votare contro di loro alle prossime elezioni', 'i politici sono tutti corrotti'],
      counterExamples: ['l\'albergo del comune era bello'],
    },
    {
      id: 'it.spam.politics',
      signal: 'spam',
      pattern: r`\b(?:il governo|il regime)\b`,
      weight: 0.4,
      examples: ['Il governo è un disastro'],
      counterExamples: ['a sinistra della reception'],
      note: 'weak: a passing mention is not a rant',
    },
    {
      id: 'it.spam.wrong-place',
      signal: 'spam',
      pattern: r`\b(?:ho sbagliato (?:scheda|posto|locale|pagina|hotel|ristorante)|volevo (?:recensire|scrivere di|commentare) (?:l'|il |la |un )|non ci sono mai stat[oaie]|mai stat[oaie] qui|sto solo provando|spedizione (?:veloce|rapida)|al venditore|la mia prima recensione su google)`,
      weight: 0.85,
      examples: ['Ho sbagliato scheda', 'Non ci sono mai stato ma', 'sto solo provando l\'app'],
      counterExamples: ['non sono mai stato così bene in un hotel'],
    },
    {
      id: 'it.spam.question',
      signal: 'spam',
      pattern: r`\bqualcuno (?:sa|vende|conosce|(?:mi |ci )?(?:puo|potrebbe) (?:consigliare|dire|aiutare))\b`,
      weight: 0.8,
      examples: ['Qualcuno sa a che ora apre la farmacia'],
      counterExamples: ['qualcuno ha clonato la mia carta', 'qualcuno ci ha aiutato'],
    },
    {
      id: 'it.spam.sport',
      signal: 'spam',
      pattern: r`\b(?:forza (?:juve|inter|milan|roma|lazio|napoli)|campioni d'italia|sempre (?:juve|inter|milan)|juve merda|inter merda)\b`,
      weight: 0.6,
      examples: ['Forza Juve!!! Campioni d\'Italia sempre'],
      counterExamples: ['vicino allo stadio della Juve'],
    },
    {
      id: 'it.spam.classified-ad',
      signal: 'spam',
      pattern: r`\b(?:vendo|vendesi|affitto|affittasi|compro oro|interessati (?:chiamare|scrivere|contattare)|prezzo trattabile|chiamate il|scrivetemi al|contatto whatsapp)\b`,
      weight: 0.85,
      examples: ['Vendo appartamento al mare, interessati scrivere', 'affittasi casa'],
      counterExamples: ['ci hanno venduto un\'escursione cara'],
    },
    {
      id: 'it.spam.greetings',
      signal: 'spam',
      pattern: r`\b(?:saluti a (?:tutti|tutte|i miei|gli amici)|un saluto a (?:tutti|tutti i miei)|ciao a tutti (?:i miei|gli) (?:amici|follower))\b`,
      weight: 0.6,
      examples: ['saluti a tutti gli amici dell\'università'],
      counterExamples: ['cordiali saluti, Anna'],
    },
    {
      id: 'it.spam.self-promotion',
      signal: 'spam',
      pattern: r`\b(?:il mio canale|iscrivetevi|iscriviti|mettete like|metti like|seguitemi su|seguimi su|link in bio|votate la mia|visitate il mio (?:profilo|sito|negozio)|il mio negozio online)\b`,
      weight: 0.85,
      examples: ['Visitate il mio canale YouTube', 'iscrivetevi e mettete like', 'seguimi su Instagram'],
      counterExamples: ['abbiamo seguito le indicazioni'],
    },
    {
      id: 'it.spam.lost-and-found',
      signal: 'spam',
      pattern: r`\bqualcuno (?:ha trovato|ha visto|ha perso)\b`,
      weight: 0.6,
      examples: ['Qualcuno ha trovato delle chiavi della macchina'],
      counterExamples: ['qualcuno ci ha trovato un tavolo'],
    },
    {
      id: 'it.spam.job-or-test',
      signal: 'spam',
      pattern: r`\b(?:cerco lavoro|cercasi (?:cameriere|cameriera|personale|cuoco)|offro i miei servizi|prova,? prova)\b`,
      weight: 0.85,
      examples: ['Cerco lavoro come cameriera in zona', 'Prova prova, 1 2 3'],
      counterExamples: ['abbiamo provato tutti i piatti'],
    },
  ],
};
export default family;
