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
  review: ['tripadvisor', 'google', 'yelp', 'booking', 'blog*', 'forum*', 'instagram', 'facebook', 'tiktok', 'youtube', 'follower*', 'influencer*', 'online', 'internet', 'web'],
  advantage: ['upgrade*', 'voucher*', 'cash', 'paypal', 'bitcoin', 'crypto*'],
};

export const CUES: Record<string, CueLexicon> = {
  en: {
    review: ['review*', 'rating*', 'star', 'stars', 'comment*', 'feedback', 'opinion*', 'reader*', 'audience', 'article', 'post', 'posts', 'score', 'public', 'profile'],
    advantage: ['refund*', 'reimburs*', 'discount*', 'free', 'gesture', 'compensat*', 'credit', 'comp', 'comped', 'complimentary', 'money', 'rate', 'price', 'waive*', 'goodwill', 'gift*', 'bill', 'invoice', 'deposit', 'pay', 'paid', 'payment', 'fee', 'charge*', 'rebate', 'off', 'back', 'cover', 'settle*'],
    condition: ['if', 'unless', 'once', 'until', 'till', 'depend*', 'whether', 'would', 'otherwise', 'provided', 'as soon', 'or else', 'as long', 'either', 'else', 'could', 'might', 'happier', 'meanwhile'],
    edit: ['chang*', 'updat*', 'remov*', 'delet*', 'edit*', 'revis*', 'withdraw*', 'hold', 'holding', 'keep', 'forget', 'amend*', 'adjust*', 'improv*', 'different*', 'rais*', 'softer', 'soften*', 'take down', 'tone down', 'look very', 'reconsider'],
    you: ['you', 'your', 'yours', 'yourself', 'yourselves'],
    pending: ['pending', 'draft*', 'yet', 'still', 'tomorrow', 'tonight', 'hours', 'days', 'deadline', 'before', 'final', 'negotiat*', 'ready', 'waiting', 'undecided'],
    publish: ['publish*', 'posting', 'write', 'writing', 'share', 'sharing', 'tell', 'warn*', 'describe*', 'mention*', 'expose', 'spread', 'everyone', 'world', 'readers'],
  },
  fr: {
    review: ['avis', 'note', 'notes', 'notation', 'etoile*', 'commentaire*', 'critique*', 'abonne*', 'lecteur*', 'publication*', 'en ligne', 'reseaux', 'article', 'billet', 'evaluation*', 'temoignage*'],
    advantage: ['rembours*', 'remise', 'reduction*', 'gratuit*', 'offert*', 'offrir', 'geste', 'compensation*', 'dedommag*', 'avoir', 'surclass*', 'ristourne', 'argent', 'facture*', 'prix', 'tarif*', 'gracieu*', 'cadeau*', 'payer', 'paye', 'arrangement', 'arranger', 'rabais', 'petit geste', 'commercial*', 'indemni*', 'virement'],
    condition: ['si', 'sinon', 'a moins', 'depend*', 'tant que', 'une fois', 'selon', 'lorsque', 'quand', 'condition', 'pourrait', 'serait', 'aurait', 'pourrais', 'serais', 'faute', 'le jour', 'ou bien'],
    edit: ['modifi*', 'chang*', 'retir*', 'supprim*', 'revoir', 'revis*', 'corrig*', 'oubli*', 'ajust*', 'garder', 'garde', 'efface*', 'nuancer', 'adouci*', 'remonter', 'a jour', 'autrement', 'differe*'],
    you: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'],
    pending: ['attente', 'brouillon*', 'encore', 'demain', 'heures', 'jours', 'avant', 'suspens', 'definiti*', 'pret', 'prete', 'negoci*', 'delai'],
    publish: ['publi*', 'poster', 'ecrir*', 'partag*', 'raconter', 'prevenir', 'decrire', 'mentionn*', 'signaler', 'diffus*', 'relater'],
  },
  de: {
    review: ['bewert*', 'rezension*', 'sterne*', 'stern', 'kommentar*', 'erfahrungsberich*', 'leser*', 'artikel', 'beitrag*', 'netz', 'portal*', 'meinung', 'urteil', 'eintrag', 'feedback', 'rezi'],
    advantage: ['erstatt*', 'ruckerstatt*', 'rabatt*', 'gratis', 'kostenlos*', 'gutschein*', 'entgegenkomm*', 'kulanz*', 'entschadig*', 'nachlass', 'preis*', 'geld', 'rechnung*', 'geste', 'ausgleich*', 'erlass*', 'zahl*', 'bezahl*', 'umsonst', 'aufmerksamkeit', 'minderung', 'gutschrift', 'storn*', 'uberweis*'],
    condition: ['wenn', 'falls', 'sonst', 'hangt', 'abhangig*', 'ob', 'sobald', 'solange', 'wurde', 'wurden', 'ware', 'waren', 'konnte', 'konnten', 'andernfalls', 'vorausgesetzt', 'es sei'],
    edit: ['ander*', 'losch*', 'anpass*', 'zuruckzieh*', 'uberarbeit*', 'vergess*', 'korrigier*', 'entwurf*', 'zuruckhalt*', 'nachbesser*', 'abschwach*', 'entfern*', 'milder*', 'freundlicher', 'anders', 'aktualis*'],
    you: ['sie', 'ihr', 'ihre', 'ihnen', 'ihrem', 'ihren', 'ihres', 'du', 'dein*', 'dich', 'dir', 'euch', 'euer', 'eure*'],
    pending: ['noch', 'morgen', 'stunden', 'tagen', 'frist', 'bis', 'vorher', 'endgultig*', 'fertig', 'offen', 'verhandl*', 'schublade', 'vorerst'],
    publish: ['veroffentlich*', 'schreib*', 'poste*', 'teil*', 'warn*', 'beschreib*', 'erzahl*', 'berichte*', 'erwahn*', 'alle', 'verbreit*'],
  },
  es: {
    review: ['resena*', 'opinion*', 'valoracion*', 'comentario*', 'estrella*', 'puntuacion*', 'calificacion*', 'foro*', 'seguidores', 'lectores', 'redes', 'articulo', 'nota', 'notas', 'critica*', 'publicacion*', 'perfil'],
    advantage: ['reembols*', 'devol*', 'descuento*', 'gratis', 'gratuit*', 'compensa*', 'cortesia', 'gesto', 'vale', 'bono', 'mejora', 'dinero', 'precio*', 'factura*', 'tarifa*', 'regalo*', 'detalle', 'rebaja*', 'indemniz*', 'pagar', 'pago', 'invita*', 'cobr*', 'transferencia'],
    condition: ['si', 'depende*', 'cuando', 'mientras', 'sino', 'a menos', 'una vez', 'hasta', 'seria', 'podria', 'siempre que', 'en funcion', 'segun', 'lo contrario', 'o bien', 'dependera'],
    edit: ['cambi*', 'borr*', 'modific*', 'elimin*', 'quit*', 'retir*', 'olvid*', 'borrador*', 'correg*', 'actualiz*', 'mejorar', 'suaviz*', 'distint*', 'diferente*', 'guard*'],
    you: ['usted', 'ustedes', 'su', 'sus', 'te', 'tu', 'os', 'vosotros', 'vuestro*', 'les', 'le'],
    pending: ['pendiente*', 'borrador*', 'todavia', 'aun', 'manana', 'horas', 'dias', 'antes', 'definitiv*', 'lista', 'listo', 'negocia*', 'plazo', 'mientras tanto'],
    publish: ['public*', 'escrib*', 'compart*', 'contar', 'avisar', 'describ*', 'mencion*', 'subir', 'difund*', 'cont*'],
  },
  it: {
    review: ['recension*', 'stelle', 'stella', 'stellin*', 'giudizi*', 'commento', 'commenti', 'valutazion*', 'voto', 'voti', 'lettori', 'social', 'articolo', 'opinion*', 'punteggio', 'profilo', 'post'],
    advantage: ['rimbors*', 'sconto', 'sconti', 'gratis', 'gratuit*', 'omaggio', 'compens*', 'gesto', 'buono', 'soldi', 'denaro', 'prezzo', 'conto', 'tariffa', 'regalo', 'riduzion*', 'abbuono', 'cortesia', 'restitu*', 'pagare', 'pagato', 'bonifico', 'offert*', 'offrire'],
    condition: ['se', 'dipende*', 'finche', 'altrimenti', 'a meno', 'quando', 'appena', 'sarebbe', 'potrebbe', 'purche', 'riparliamo', 'in base', 'qualora', 'oppure', 'dipendera'],
    edit: ['cambi*', 'togli*', 'modific*', 'cancell*', 'rived*', 'ritir*', 'dimentic*', 'bozza', 'corregg*', 'aggiorn*', 'miglior*', 'ammorbid*', 'divers*', 'rimuov*', 'cassetto'],
    you: ['voi', 'vostro', 'vostra', 'vostri', 'vostre', 'lei', 'ti', 'tuo', 'tua', 'vi', 'suo', 'sua', 'la sua'],
    pending: ['ancora', 'bozza', 'domani', 'ore', 'giorni', 'entro', 'prima', 'sospes*', 'trattativa', 'definitiv*', 'pronta', 'pronto', 'negozia*', 'attesa'],
    publish: ['pubblic*', 'scriv*', 'condivid*', 'raccont*', 'avvis*', 'descriv*', 'menzion*', 'tutti', 'diffond*', 'segnal*'],
  },
};

/** The lexicon of a language with the shared words; an unknown language reads every language's cues. */
export function cueLexiconsFor(lang: string): CueLexicon[] {
  const own = CUES[lang];
  return own ? [SHARED, own] : [SHARED, ...Object.values(CUES)];
}
