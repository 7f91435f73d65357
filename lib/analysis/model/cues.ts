/**
 * Cue classes of the blackmail model, per language, as data. Words are folded (lower case, no accents,
 * ß → ss); an entry ending in `*` is a stem (matches any word it starts, 3+ letters before the `*`);
 * an entry with a space is a two-word cue. A class says what a word does in a blackmail sentence, not
 * which phrase it belongs to: the model learns from classes meeting in a sentence, so new wordings that
 * reuse the same kinds of words still score.
 */

export const CUE_CLASSES = ['review', 'advantage', 'condition', 'edit', 'you', 'pending', 'publish'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export type CueLexicon = Partial<Record<CueClass, readonly string[]>>;

/** Words every language shares (platform names, loan words). */
const SHARED: CueLexicon = {
  review: ['tripadvisor', 'google', 'yelp', 'booking', 'blog*', 'forum*', 'instagram', 'facebook', 'tiktok', 'youtube', 'follower*', 'influencer*', 'online', 'internet', 'web', 'thefork', 'lafourchette', 'trustpilot', 'holidaycheck'],
  advantage: ['upgrade*', 'voucher*', 'cash', 'paypal', 'bitcoin', 'crypto*'],
};

export const CUES: Record<string, CueLexicon> = {
  en: {
    review: ['review*', 'rating*', 'star', 'stars', 'comment*', 'feedback', 'opinion*', 'reader*', 'audience', 'article', 'post', 'posts', 'score', 'public', 'profile', 'survey', 'questionnaire', 'evaluation*', 'write up', 'writeup'],
    advantage: ['refund*', 'reimburs*', 'discount*', 'free', 'gesture', 'compensat*', 'credit', 'comp', 'comped', 'complimentary', 'money', 'rate', 'price', 'waive*', 'goodwill', 'gift*', 'bill', 'invoice', 'deposit', 'pay', 'paid', 'payment', 'fee', 'charge*', 'rebate', 'off', 'back', 'cover', 'settle*'],
    condition: ['if', 'unless', 'once', 'until', 'till', 'depend*', 'whether', 'would', 'otherwise', 'provided', 'as soon', 'or else', 'as long', 'either', 'else', 'could', 'might', 'happier', 'meanwhile', 'depending', 'exchange', 'in return'],
    edit: ['chang*', 'updat*', 'remov*', 'delet*', 'edit*', 'revis*', 'withdraw*', 'hold', 'holding', 'keep', 'forget', 'amend*', 'adjust*', 'improv*', 'different*', 'rais*', 'softer', 'soften*', 'take down', 'tone down', 'look very', 'reconsider', 'rewrit*', 'reword*', 'kinder', 'nicer', 'friendlier', 'warmer', 'gentler', 'fairer', 'go up'],
    you: ['you', 'your', 'yours', 'yourself', 'yourselves'],
    pending: ['pending', 'draft*', 'yet', 'still', 'tomorrow', 'tonight', 'hours', 'days', 'deadline', 'before', 'final', 'negotiat*', 'ready', 'waiting', 'undecided', 'provisional*', 'temporar*', 'negotiable', 'unpublished', 'for now', 'not yet'],
    publish: ['publish*', 'posting', 'write', 'writing', 'share', 'sharing', 'tell', 'warn*', 'describe*', 'mention*', 'expose', 'spread', 'everyone', 'world', 'readers'],
  },
  fr: {
    review: ['avis', 'note', 'notes', 'notation', 'etoile*', 'commentaire*', 'critique*', 'abonne*', 'lecteur*', 'publication*', 'en ligne', 'reseaux', 'article', 'billet', 'evaluation*', 'temoignage*', 'questionnaire', 'enquete*'],
    advantage: ['rembours*', 'remise', 'reduction*', 'gratuit*', 'offert*', 'offrir', 'geste', 'compensation*', 'dedommag*', 'avoir', 'surclass*', 'ristourne', 'argent', 'facture*', 'prix', 'tarif*', 'gracieu*', 'cadeau*', 'payer', 'paye', 'arrangement', 'arranger', 'rabais', 'petit geste', 'commercial*', 'indemni*', 'virement', 'caution', 'supplement*'],
    condition: ['si', 'sinon', 'a moins', 'depend*', 'tant que', 'une fois', 'selon', 'lorsque', 'quand', 'condition', 'pourrait', 'serait', 'aurait', 'pourrais', 'serais', 'faute', 'le jour', 'ou bien', 'soit', 'en echange', 'des que'],
    edit: ['modifi*', 'chang*', 'retir*', 'supprim*', 'revoir', 'revis*', 'corrig*', 'oubli*', 'ajust*', 'garder', 'garde', 'efface*', 'nuancer', 'adouci*', 'remonter', 'a jour', 'autrement', 'differe*', 'reecri*', 'indulgent*', 'clemen*'],
    you: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'],
    pending: ['attente', 'brouillon*', 'encore', 'demain', 'heures', 'jours', 'avant', 'suspens', 'definiti*', 'pret', 'prete', 'negoci*', 'delai', 'provisoire*', 'l instant', 'pas encore', 'en cours'],
    publish: ['publi*', 'poster', 'ecrir*', 'partag*', 'raconter', 'prevenir', 'decrire', 'mentionn*', 'signaler', 'diffus*', 'relater'],
  },
  de: {
    review: ['bewert*', 'rezension*', 'sterne*', 'stern', 'kommentar*', 'erfahrungsberich*', 'leser*', 'artikel', 'beitrag*', 'netz', 'portal*', 'meinung', 'urteil', 'eintrag', 'feedback', 'rezi', 'umfrage', 'fragebogen', 'bericht'],
    advantage: ['erstatt*', 'ruckerstatt*', 'rabatt*', 'gratis', 'kostenlos*', 'gutschein*', 'entgegenkomm*', 'kulanz*', 'entschadig*', 'nachlass', 'preis*', 'geld', 'rechnung*', 'geste', 'ausgleich*', 'erlass*', 'zahl*', 'bezahl*', 'umsonst', 'aufmerksamkeit', 'minderung', 'gutschrift', 'storn*', 'uberweis*', 'aufpreis', 'gebuhr*', 'kaution', 'aufs haus', 'zuschlag*'],
    condition: ['wenn', 'falls', 'sonst', 'hangt', 'abhangig*', 'ob', 'sobald', 'solange', 'wurde', 'wurden', 'ware', 'waren', 'konnte', 'konnten', 'andernfalls', 'vorausgesetzt', 'es sei', 'entweder', 'im gegenzug'],
    edit: ['ander*', 'losch*', 'anpass*', 'zuruckzieh*', 'uberarbeit*', 'vergess*', 'korrigier*', 'entwurf*', 'zuruckhalt*', 'nachbesser*', 'abschwach*', 'entfern*', 'milder*', 'freundlicher', 'anders', 'aktualis*', 'umschreib*', 'wohlwollend*', 'positiver'],
    you: ['sie', 'ihr', 'ihre', 'ihnen', 'ihrem', 'ihren', 'ihres', 'du', 'dein*', 'dich', 'dir', 'euch', 'euer', 'eure*'],
    pending: ['noch', 'morgen', 'stunden', 'tagen', 'frist', 'bis', 'vorher', 'endgultig*', 'fertig', 'offen', 'verhandl*', 'schublade', 'vorerst', 'vorlaufig*', 'noch nicht', 'ausstehend*', 'zunachst'],
    publish: ['veroffentlich*', 'schreib*', 'poste*', 'teil*', 'warn*', 'beschreib*', 'erzahl*', 'berichte*', 'erwahn*', 'alle', 'verbreit*'],
  },
  es: {
    review: ['resena*', 'opinion*', 'valoracion*', 'comentario*', 'estrella*', 'puntuacion*', 'calificacion*', 'foro*', 'seguidores', 'lectores', 'redes', 'articulo', 'nota', 'notas', 'critica*', 'publicacion*', 'perfil', 'encuesta*', 'cuestionario'],
    advantage: ['reembols*', 'devol*', 'descuento*', 'gratis', 'gratuit*', 'compensa*', 'cortesia', 'gesto', 'vale', 'bono', 'mejora', 'dinero', 'precio*', 'factura*', 'tarifa*', 'regalo*', 'detalle', 'rebaja*', 'indemniz*', 'pagar', 'pago', 'invita*', 'cobr*', 'transferencia', 'suplemento*', 'tasa', 'fianza', 'deposito'],
    condition: ['si', 'depende*', 'cuando', 'mientras', 'sino', 'a menos', 'una vez', 'hasta', 'seria', 'podria', 'siempre que', 'en funcion', 'segun', 'lo contrario', 'o bien', 'dependera', 'a cambio'],
    edit: ['cambi*', 'borr*', 'modific*', 'elimin*', 'quit*', 'retir*', 'olvid*', 'borrador*', 'correg*', 'actualiz*', 'mejorar', 'suaviz*', 'distint*', 'diferente*', 'guard*', 'reescrib*', 'amable*'],
    you: ['usted', 'ustedes', 'su', 'sus', 'te', 'tu', 'os', 'vosotros', 'vuestro*', 'les', 'le'],
    pending: ['pendiente*', 'borrador*', 'todavia', 'aun', 'manana', 'horas', 'dias', 'antes', 'definitiv*', 'lista', 'listo', 'negocia*', 'plazo', 'mientras tanto', 'provisional*', 'por ahora', 'de momento', 'aun no', 'todavia no'],
    publish: ['public*', 'escrib*', 'compart*', 'contar', 'avisar', 'describ*', 'mencion*', 'subir', 'difund*', 'cont*'],
  },
  it: {
    review: ['recension*', 'stelle', 'stella', 'stellin*', 'giudizi*', 'commento', 'commenti', 'valutazion*', 'voto', 'voti', 'lettori', 'social', 'articolo', 'opinion*', 'punteggio', 'profilo', 'post', 'recensir*', 'recensisc*', 'questionario', 'sondaggio'],
    advantage: ['rimbors*', 'sconto', 'sconti', 'gratis', 'gratuit*', 'omaggio', 'compens*', 'gesto', 'buono', 'soldi', 'denaro', 'prezzo', 'conto', 'tariffa', 'regalo', 'riduzion*', 'abbuono', 'cortesia', 'restitu*', 'pagare', 'pagato', 'bonifico', 'offert*', 'offrire', 'storn*', 'supplement*', 'caparra', 'deposito', 'tassa', 'saldo', 'offr*'],
    condition: ['se', 'dipende*', 'finche', 'altrimenti', 'a meno', 'quando', 'appena', 'sarebbe', 'potrebbe', 'purche', 'riparliamo', 'in base', 'qualora', 'oppure', 'dipendera', 'in cambio'],
    edit: ['cambi*', 'togli*', 'modific*', 'cancell*', 'rived*', 'ritir*', 'dimentic*', 'bozza', 'corregg*', 'aggiorn*', 'miglior*', 'ammorbid*', 'divers*', 'rimuov*', 'cassetto', 'riscriv*', 'sistem*'],
    you: ['voi', 'vostro', 'vostra', 'vostri', 'vostre', 'lei', 'ti', 'tuo', 'tua', 'vi', 'suo', 'sua', 'la sua'],
    pending: ['ancora', 'bozza', 'domani', 'ore', 'giorni', 'entro', 'prima', 'sospes*', 'trattativa', 'definitiv*', 'pronta', 'pronto', 'negozia*', 'attesa', 'provvisori*', 'per ora', 'per adesso', 'negoziabil*'],
    publish: ['pubblic*', 'scriv*', 'condivid*', 'raccont*', 'avvis*', 'descriv*', 'menzion*', 'tutti', 'diffond*', 'segnal*'],
  },
};

/**
 * Endings of the conditional mood ("réglerait", "basterebbe", "ayudaría"): a hypothetical like "would", read by
 * engine/structures.ts as a condition word (words of at least 6 letters). Not a model class.
 */
export const CONDITIONAL_ENDINGS: Record<string, readonly string[]> = {
  fr: ['erait', 'irait', 'rrait', 'drait', 'erais', 'eraient', 'iraient', 'draient'],
  it: ['rebbe', 'rebbero', 'erei', 'irei', 'arei', 'remmo'],
  es: ['aria', 'eria', 'iria', 'drian', 'arian', 'erian', 'irian', 'dria'],
};

/**
 * Retractions: the writer takes back what came before ("just kidding", "scherzo!"). Folded words or phrases, not
 * a model class: engine/structures.ts reads them after a threat. A negation just before ("not kidding",
 * "non scherzo") keeps the threat.
 */
export const RETRACTIONS: Record<string, readonly string[]> = {
  en: ['just kidding', 'only kidding', 'just joking', 'only joking', 'kidding', 'joking', 'jk'],
  fr: ['je plaisante', 'je rigole', 'je blague', 'c est une blague', 'c etait une blague', 'pour rire'],
  de: ['nur spass', 'kleiner scherz', 'nur ein scherz', 'war ein scherz', 'war nur spass'],
  es: ['es broma', 'es una broma', 'era broma', 'era una broma', 'bromeo', 'estoy bromeando', 'de broma'],
  it: ['scherzo', 'scherzavo', 'sto scherzando', 'era uno scherzo', 'per scherzo'],
};

/** The lexicon of a language with the shared words; an unknown language reads every language's cues. */
export function cueLexiconsFor(lang: string): CueLexicon[] {
  const own = CUES[lang];
  return own ? [SHARED, own] : [SHARED, ...Object.values(CUES)];
}
