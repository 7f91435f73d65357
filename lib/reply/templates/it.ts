/**
 * Italian reply templates (Lei, with the courtesy capitals Le/La/Sua). Aspect phrases carry their
 * article; wordings place them after "per", "circa", "verso", "riguardante", "per quanto riguarda" or as a
 * direct object, never after "di/a/da/su/in" (which would contract), and avoid agreeing a participle with
 * {concerns}/{praised} or with the guest (whose gender is unknown).
 */
import type { LanguageTemplates } from './types';

export const it: LanguageTemplates = {
  lang: 'it',
  and: ' e ',
  visit: { hotel: 'il Suo soggiorno', restaurant: 'la Sua visita', unknown: 'la Sua visita' },
  team: { withEstablishment: 'Lo staff di {establishment}', alone: 'Lo staff' },
  aspects: {
    cleanliness: { positive: ['la pulizia', 'la cura che dedichiamo alla pulizia'], negative: ['la pulizia', 'la manutenzione'] },
    noise: { positive: ['la tranquillità', 'la quiete della struttura'], negative: ['il rumore', 'i disturbi dovuti al rumore'] },
    staff: { positive: ['il nostro staff', "l'accoglienza del nostro staff"], negative: ["l'atteggiamento del nostro staff", "l'accoglienza ricevuta"] },
    breakfast: { positive: ['la nostra colazione', 'la colazione'], negative: ['la colazione'] },
    food: { positive: ['la nostra cucina', 'i piatti del nostro chef'], negative: ['il cibo', 'i piatti serviti'] },
    room: { positive: ['la Sua camera', 'il comfort della camera'], negative: ['la camera', 'le condizioni della camera'] },
    bed: { positive: ['il letto', 'il comfort del letto'], negative: ['il letto', 'il comfort del letto'] },
    bathroom: { positive: ['il bagno'], negative: ['il bagno', 'le condizioni del bagno'] },
    climate: { positive: ["l'aria condizionata", 'la temperatura interna'], negative: ['la temperatura', "il riscaldamento e l'aria condizionata"] },
    wifi: { positive: ['il wifi'], negative: ['il wifi', 'la connessione internet'] },
    location: { positive: ['la nostra posizione', 'la posizione della struttura'], negative: ['la posizione'] },
    price: { positive: ['il rapporto qualità-prezzo', 'i nostri prezzi'], negative: ['il rapporto qualità-prezzo', 'i prezzi'] },
    check_in: { positive: ["l'accoglienza all'arrivo", 'il check-in'], negative: ['il Suo arrivo', 'il check-in'] },
    parking: { positive: ['il parcheggio'], negative: ['il parcheggio'] },
    pool: { positive: ['la piscina'], negative: ['la piscina', "l'area piscina"] },
    view: { positive: ['la vista', 'il panorama'], negative: ['la vista'] },
    service: { positive: ['il nostro servizio', 'il servizio'], negative: ['il servizio', 'la qualità del servizio'] },
    wait: { positive: ['la rapidità del servizio'], negative: ["l'attesa", 'i tempi di attesa'] },
    drinks: { positive: ['le nostre bevande', 'la carta delle bevande'], negative: ['le bevande'] },
    spa: { positive: ['la nostra spa', "l'area benessere"], negative: ['la spa', "l'area benessere"] },
  },
  allegations: {
    fraud_accusation: 'la fatturazione',
    theft_accusation: 'i Suoi effetti personali',
    health_hazard: "l'igiene",
    discrimination: 'la parità di trattamento',
  },
  shared: {
    greeting: {
      warm: ['Gentile {name},', 'Buongiorno {name},', 'Salve {name},'],
      formal: ['Gentile {name},', 'Buongiorno {name},'],
    },
    greetingNeutral: {
      warm: ['Buongiorno,', 'Salve,'],
      formal: ['Gentile ospite,', 'Gentile cliente,'],
    },
    signOff: {
      warm: ['Un caro saluto,', 'Cordiali saluti,', 'Un saluto affettuoso,', 'Con i migliori saluti,'],
      formal: ['Distinti saluti,', 'Cordiali saluti,', 'Con i nostri migliori saluti,', 'Cordialmente,'],
    },
    thanksFeedback: {
      warm: [
        'Grazie per aver trovato il tempo di [scriverci|raccontarci la Sua esperienza|darci il Suo parere] dopo {visit}.',
        'Grazie per questa recensione così [dettagliata|completa|precisa], che abbiamo letto con [attenzione|grande attenzione|cura].',
        'La ringraziamo per aver condiviso con noi [la Sua esperienza|le Sue impressioni|il Suo punto di vista].',
        'Grazie per averci raccontato le Sue impressioni: sono [preziose|utili|importanti] per [tutti noi|tutto lo staff].',
        'Grazie per aver dedicato un momento a recensire {establishment}.',
        'Grazie per aver messo per iscritto [la Sua esperienza|le Sue impressioni][| con tanta cura].',
        'Abbiamo [ricevuto|letto] il Suo [messaggio|commento] e La ringraziamo per [averlo scritto|il tempo dedicato].',
        'Grazie per [queste righe|il Suo messaggio|queste parole]: ogni recensione [conta per noi|ci aiuta a migliorare|è importante per noi].',
        '[Apprezziamo|Apprezziamo molto] il tempo che ha dedicato a [scrivere questa recensione|raccontarci {visit}].',
      ],
      formal: [
        'La ringraziamo per aver dedicato del tempo a condividere la Sua esperienza.',
        'La ringraziamo per la Sua recensione, che abbiamo letto con la massima attenzione.',
        'Le siamo grati per averci fatto conoscere la Sua opinione dopo {visit}.',
        'Abbiamo ricevuto i Suoi commenti e La ringraziamo per avercene fatto parte.',
        'Grazie per aver dedicato qualche minuto a valutare {establishment}.',
        "Confermiamo di aver ricevuto il Suo commento e La ringraziamo.",
        "La ringraziamo per il tempo dedicato a questa recensione.",
      ],
    },
    praise: {
      warm: [
        'Siamo [felicissimi|davvero lieti|molto contenti] che abbia [apprezzato|gradito] {praised}.',
        'Tutta la squadra sarà [felice|lieta|contenta] di leggere le Sue [belle parole|parole gentili] per {praised}.',
        'I Suoi elogi per {praised} ci hanno fatto [davvero piacere|molto piacere|tanto piacere].',
        'È una [grande|vera] soddisfazione sapere che ha gradito {praised}.',
        'Ci [commuove|fa piacere] leggere parole così [belle|gentili] per {praised}.',
        'Trasmettiamo con [gioia|piacere] le Sue parole per {praised} [alle persone interessate|a tutto lo staff].',
      ],
      formal: [
        'Siamo lieti che abbia apprezzato {praised}.',
        'Trasmetteremo allo staff i Suoi gentili commenti per {praised}.',
        'Prendiamo nota con piacere del Suo apprezzamento per {praised}.',
        'La ringraziamo per la stima dimostrata verso {praised}.',
        "Il Suo apprezzamento per {praised} sarà condiviso con tutto il personale.",
        "Ci onora il Suo giudizio favorevole verso {praised}.",
      ],
    },
    private: {
      warm: [
        'Se lo desidera, ci scriva a {contact}: potremo parlarne [con più calma|insieme|con tranquillità].',
        'Non esiti a [contattarci|scriverci] direttamente a {contact}, così potremo rivedere [tutto|ogni punto] insieme.',
        'Saremo [lieti|felici] di parlarne con Lei: può raggiungerci a {contact}.',
        'La cosa più semplice è proseguire direttamente, a {contact}.',
      ],
      formal: [
        'La invitiamo a contattarci direttamente a {contact} per approfondire.',
        'Per ogni ulteriore chiarimento, la direzione è raggiungibile a {contact}.',
        'Restiamo a Sua disposizione a {contact} per esaminare questi punti con Lei.',
        'Non esiti a scriverci a {contact}: Le risponderemo personalmente.',
      ],
    },
    privateGeneric: {
      warm: [
        'Se lo desidera, [ci contatti|ci scriva] direttamente: potremo parlarne [con più calma|insieme|con tranquillità].',
        'Non esiti a [scriverci|contattarci] direttamente, così potremo rivedere [tutto|ogni punto] insieme.',
        'Saremo [lieti|felici] di parlarne con Lei [in privato|direttamente|con calma].',
        'La cosa più semplice è parlarne direttamente: la nostra porta è [sempre aperta|aperta].',
        'Tutto lo staff resta a Sua [disposizione|completa disposizione] se desidera [parlarne|discuterne] direttamente.',
      ],
      formal: [
        'La invitiamo a contattare direttamente la direzione per approfondire.',
        'Restiamo a Sua disposizione, in privato, per esaminare questi punti con Lei.',
        'Per ogni ulteriore chiarimento, non esiti a contattarci direttamente: Le risponderemo personalmente.',
        'Preferiamo proseguire questo scambio direttamente e La invitiamo a contattarci.',
      ],
    },
    closingWelcome: {
      warm: [
        'Speriamo di avere il piacere di accoglierLa [di nuovo|ancora|presto].',
        'Sarà un [piacere|vero piacere|grande piacere] rivederLa [presto|molto presto|alla prossima occasione].',
        'Ci farebbe molto piacere riaccoglierLa presso {establishment}.',
        'Ci auguriamo di ritrovarLa [presto|al più presto|un giorno] tra i nostri ospiti.',
        'A [presto|prestissimo], speriamo!',
        'Saremo [felici|lieti|contenti] di rivederLa quando [vorrà|lo desidera].',
        'Torni a trovarci [quando ne avrà voglia|quando vuole|appena potrà]!',
        'La nostra porta è [sempre|sempre ben] aperta, e [speriamo|ci farebbe piacere] accoglierLa [di nuovo|ancora] [presto|un giorno].',
      ],
      formal: [
        'Saremo lieti di accoglierLa nuovamente.',
        "Ci auguriamo di avere l'occasione di accoglierLa di nuovo presso {establishment}.",
        "Confidiamo di poterLa accogliere nuovamente in un'altra occasione.",
        'Ci auguriamo di poterLa ricevere in occasione di una prossima visita.',
        "Sarà un piacere accoglierLa in una prossima occasione.",
        "Restiamo a Sua disposizione per la Sua prossima visita.",
      ],
    },
    closingNeutral: {
      warm: [
        'Grazie ancora per averci [scritto|dedicato il Suo tempo].',
        'Grazie ancora per il Suo messaggio.',
        'Le auguriamo [ogni bene|tutto il meglio].',
        'Le auguriamo una [buona|bella|serena] [giornata|settimana].',
        "Le auguriamo un piacevole resto della giornata.",
        'Grazie ancora per il Suo [riscontro|messaggio|tempo].',
        'Le auguriamo [ogni serenità|una serena giornata].',
        "Grazie per [l'attenzione|la comprensione].",
      ],
      formal: [
        'La ringraziamo per la comprensione.',
        'La ringraziamo nuovamente per il Suo messaggio.',
        'Le porgiamo i nostri migliori auguri.',
        'La ringraziamo per la pazienza.',
        "Con i nostri migliori auguri.",
        "La ringraziamo per l'attenzione dedicata a questa risposta.",
        "Voglia gradire i nostri più cordiali saluti.",
      ],
    },
  },
  strategies: {
    thank: {
      // the praise slot when no aspect was found: glad they enjoyed the visit, without naming anything
      praiseGeneric: {
        warm: [
          'Siamo [felicissimi|davvero lieti|molto contenti] che abbia trascorso momenti piacevoli durante {visit}.',
          'Sapere che ha [apprezzato|gradito] {visit} [significa molto per|rende felice] tutto lo staff.',
          'Niente ci rende più felici di ospiti che ripartono [soddisfatti|contenti|sorridenti].',
          'La Sua soddisfazione è [la nostra ricompensa più bella|ciò che ci motiva ogni giorno|ciò che spinge tutto lo staff].',
        ],
        formal: [
          'Siamo [lieti|molto lieti] che {visit} abbia [soddisfatto|rispettato] le Sue aspettative.',
          'La Sua soddisfazione costituisce [la nostra migliore ricompensa|il miglior riconoscimento per il nostro staff].',
          'Ci fa [molto piacere|grande piacere] sapere che ha apprezzato {visit}.',
          'Nulla è più [gratificante|prezioso] per il nostro staff della soddisfazione dei nostri ospiti.',
        ],
      },
      thanksPraise: {
        warm: [
          'Un grazie enorme per questa [splendida|bellissima|generosa] recensione, che ha [fatto sorridere|rallegrato|emozionato] tutto lo staff.',
          'Grazie [di cuore|davvero|infinite] per aver raccontato con tanto [entusiasmo|affetto|calore] {visit}.',
          'Che piacere leggere il Suo [messaggio|commento|parere]! Grazie da parte di [tutti noi|tutto lo staff].',
          'Mille grazie per queste parole così [calorose|gentili|generose] dopo {visit}.',
          'La Sua recensione ci ha [rallegrato la giornata|fatto davvero felici]: grazie per il tempo che ci ha dedicato.',
          'Grazie per questo [bellissimo|splendido|caloroso] riscontro, arrivato proprio al momento giusto per [tutta la squadra|tutti noi].',
          'Leggere una recensione come la Sua è la ricompensa più bella[| per noi| per tutto lo staff]: grazie!',
          'Grazie di cuore per aver condiviso un ricordo così [bello|piacevole|speciale] dopo {visit}.',
        ],
        formal: [
          'La ringraziamo sinceramente per la Sua eccellente valutazione.',
          'La ringraziamo per aver condiviso un giudizio così positivo dopo {visit}.',
          'Abbiamo letto la Sua recensione con grande piacere e La ringraziamo.',
          'Il Suo apprezzamento ci onora e La ringraziamo vivamente.',
          "La ringraziamo vivamente per questo riscontro così positivo.",
          "Abbiamo preso visione della Sua recensione con grande soddisfazione.",
          "Grazie per aver dedicato del tempo a condividere il Suo apprezzamento per {visit}.",
        ],
      },
      reservation: {
        warm: [
          "Abbiamo preso nota anche della Sua osservazione circa {concerns} e l'abbiamo condivisa con lo staff.",
          'Grazie anche per il Suo appunto circa {concerns}: lo abbiamo girato ai colleghi interessati.',
          'La Sua piccola riserva circa {concerns} è stata annotata e condivisa con lo staff.',
          'E grazie per la franchezza circa {concerns}: ne abbiamo parlato con tutto lo staff.',
        ],
        formal: [
          'Abbiamo altresì preso nota della Sua osservazione circa {concerns}, trasmessa al reparto competente.',
          'La Sua osservazione circa {concerns} è stata comunicata al personale competente.',
          'Abbiamo inoltre annotato con attenzione il Suo commento circa {concerns}.',
          'Anche la Sua osservazione circa {concerns} ha ricevuto tutta la nostra attenzione.',
        ],
      },
    },
    acknowledge_and_fix: {
      acknowledge: {
        warm: [
          'Abbiamo letto quanto ci scrive circa {concerns} e [comprendiamo|capiamo bene] la Sua delusione.',
          'Le Sue osservazioni circa {concerns} ci hanno colpito e le prendiamo molto sul serio.',
          'Quello che descrive per quanto riguarda {concerns} non è ciò che vogliamo offrire ai nostri ospiti.',
          'Il Suo riscontro circa {concerns} è [prezioso|utile] per noi, anche se non è piacevole da leggere.',
        ],
        formal: [
          'Abbiamo preso atto delle Sue osservazioni circa {concerns} e comprendiamo la Sua insoddisfazione.',
          'Le Sue osservazioni per quanto riguarda {concerns} hanno tutta la nostra attenzione.',
          'Ciò che ci segnala per quanto riguarda {concerns} non corrisponde al livello di servizio che desideriamo offrire.',
          'Prendiamo molto sul serio i Suoi commenti circa {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Comprendiamo la Sua delusione dopo aver letto il Suo messaggio.',
          'Le Sue osservazioni ci hanno colpito e le prendiamo molto sul serio.',
          'Quello che descrive non è ciò che vogliamo offrire ai nostri ospiti.',
          'Il Suo riscontro non è piacevole da leggere, ma è prezioso per noi.',
        ],
        formal: [
          'Abbiamo preso atto delle Sue osservazioni e comprendiamo la Sua insoddisfazione.',
          'Le Sue osservazioni hanno tutta la nostra attenzione.',
          'Ciò che ci segnala non corrisponde al livello di servizio che desideriamo offrire.',
          'Prendiamo molto sul serio ciascuno dei punti che solleva.',
        ],
      },
      apology: {
        warm: [
          'Ci dispiace [davvero|sinceramente] che {visit} non abbia soddisfatto le Sue aspettative.',
          'Le chiediamo scusa per questa delusione.',
          'Ci scusiamo per il disagio.',
          'Ci rammarica [molto|sinceramente] che Le sia rimasta questa impressione.',
        ],
        formal: [
          'La preghiamo di accettare le nostre scuse per questa delusione.',
          'Siamo sinceramente rammaricati che {visit} non abbia risposto alle Sue aspettative.',
          'Ci scusiamo per i disagi che ha riscontrato.',
          "Ci dispiace che la Sua esperienza non sia stata all'altezza dei nostri standard.",
        ],
      },
      action: {
        warm: [
          'Abbiamo girato le Sue osservazioni ai colleghi interessati, perché vengano esaminate [nel dettaglio|con attenzione|a fondo].',
          'Abbiamo condiviso il Suo riscontro con lo staff, per trarne insegnamento.',
          'Ne abbiamo [parlato|discusso] con le persone coinvolte per capire cosa si può migliorare.',
          'Il Suo messaggio è stato condiviso internamente e ci aiuterà a fare meglio.',
        ],
        formal: [
          'Le Sue osservazioni sono state trasmesse ai reparti competenti per un esame attento.',
          'Abbiamo condiviso il Suo riscontro con il personale competente, per trarne le dovute conclusioni.',
          'Questi punti saranno esaminati con attenzione insieme ai reparti interessati.',
          'Il Suo messaggio è stato comunicato internamente per individuare i possibili miglioramenti.',
        ],
      },
    },
    investigate_then_reply: {
      acknowledge: {
        warm: [
          'Quanto ci riferisce circa {concerns} è serio, e lo stiamo trattando come tale.',
          'Prendiamo [molto|estremamente] sul serio ciò che descrive per quanto riguarda {concerns}.',
          'Ciò che scrive circa {concerns} merita tutta la nostra attenzione.',
          'Abbiamo letto con la massima attenzione la Sua testimonianza circa {concerns}.',
        ],
        formal: [
          'I fatti che riferisce circa {concerns} sono seri e li stiamo trattando come tali.',
          'Attribuiamo la massima importanza alla Sua segnalazione circa {concerns}.',
          'La Sua testimonianza per quanto riguarda {concerns} ha tutta la nostra attenzione.',
          'Prendiamo molto sul serio le questioni che solleva circa {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Quanto ci riferisce è serio, e lo stiamo trattando come tale.',
          'Prendiamo molto sul serio ciò che descrive.',
          'Abbiamo letto la Sua testimonianza con la massima attenzione.',
          'Il Suo messaggio ci ha fatto riflettere e non lo prendiamo alla leggera.',
        ],
        formal: [
          'I fatti che riferisce sono seri e li stiamo trattando come tali.',
          'Attribuiamo la massima importanza alla Sua segnalazione.',
          'La Sua testimonianza ha tutta la nostra attenzione.',
          'Non prendiamo alla leggera le questioni che solleva.',
        ],
      },
      apology: {
        warm: [
          'Ci dispiace che conservi una simile sensazione dopo {visit}.',
          'Ci rammarica [sinceramente|davvero] che abbia vissuto le cose in questo modo.',
          "Andarsene con un'impressione simile è molto spiacevole, e ce ne dispiace.",
          'Ci addolora davvero che ricordi così {visit}.',
        ],
        formal: [
          'Siamo sinceramente rammaricati che conservi questa impressione dopo {visit}.',
          'Ci dispiace che la Sua esperienza Le abbia lasciato una simile sensazione.',
          'Comprendiamo che questa situazione possa essere stata difficile per Lei, e ce ne rammarichiamo.',
          'Siamo sinceramente dispiaciuti per il disagio che esprime.',
        ],
      },
      action: {
        warm: [
          'Stiamo verificando ogni punto con le persone coinvolte per capire esattamente cosa sia successo.',
          'Stiamo esaminando la situazione punto per punto.',
          'Stiamo approfondendo la questione prima di darLe una risposta [completa|precisa].',
          'Stiamo parlando con le persone coinvolte, perché vogliamo capire cosa è accaduto.',
        ],
        formal: [
          'È in corso una verifica interna per accertare con precisione i fatti.',
          'Stiamo esaminando ogni elemento con i reparti interessati.',
          'Stiamo effettuando le verifiche necessarie prima di fornirLe una risposta dettagliata.',
          'Queste questioni sono oggetto di un attento esame da parte nostra.',
        ],
      },
      private: {
        warm: [
          'Per aiutarci a fare chiarezza, potrebbe scriverci a {contact} indicando i dettagli?',
          'Per andare avanti insieme, La invitiamo a contattarci a {contact}.',
          'Ci scriva a {contact}: ogni dettaglio ci aiuterà a capire cosa è successo.',
          'Vorremmo parlarne direttamente con Lei: {contact} è a Sua disposizione.',
        ],
        formal: [
          'Per poter esaminare la questione con tutto il rigore necessario, La invitiamo a contattarci a {contact}.',
          'Le saremmo grati se volesse inviarci ogni elemento utile a {contact}.',
          'La invitiamo a contattare la direzione a {contact} per discutere di questi fatti.',
          'Ogni precisazione che vorrà inviarci a {contact} ci sarà utile.',
        ],
      },
      privateGeneric: {
        warm: [
          'Per aiutarci a fare chiarezza, non esiti a contattarci direttamente indicando i dettagli.',
          'Per andare avanti insieme, La invitiamo a scriverci in privato.',
          'Ci contatti direttamente: ogni dettaglio ci aiuterà a capire cosa è successo.',
          'Vorremmo parlarne direttamente con Lei, lontano da questa pagina.',
        ],
        formal: [
          'Per poter esaminare la questione con tutto il rigore necessario, La invitiamo a contattare direttamente la direzione.',
          'Le saremmo grati se volesse inviarci direttamente ogni elemento utile.',
          'La invitiamo a contattare la direzione per discutere di questi fatti.',
          'Ogni precisazione che vorrà inviarci direttamente ci sarà utile.',
        ],
      },
    },
    firm_and_factual: {
      facts: {
        warm: [
          'Perché tutti abbiano un quadro completo, ecco quanto abbiamo constatato da parte nostra: {facts}',
          'Desideriamo semplicemente aggiungere qualche precisazione sui fatti: {facts}',
          'Per correttezza verso i futuri ospiti, ecco i fatti come li conosciamo: {facts}',
        ],
        formal: [
          'Per esattezza, desideriamo precisare quanto segue: {facts}',
          "Affinché i lettori dispongano di un'informazione completa, ecco i fatti accertati da parte nostra: {facts}",
          'Ci permettiamo di ricordare i seguenti fatti: {facts}',
        ],
      },
      wayOut: {
        warm: [
          '[Comprendiamo|Capiamo] che, sul momento, la situazione possa esserLe sembrata [diversa|differente].',
          'Un malinteso è sempre possibile, e non dubitiamo della sincerità [della Sua impressione|del Suo disappunto].',
          'Capiamo che dal Suo punto di vista le cose possano essere state vissute [diversamente|in altro modo].',
          "[Ognuno|Ciascuno di noi] può vedere la stessa situazione [in modo diverso|da un'altra angolazione], e rispettiamo il Suo [punto di vista|parere].",
          'Accettiamo [volentieri|senza difficoltà] che la Sua [percezione|esperienza] della situazione [sia stata|possa essere stata] diversa.',
        ],
        formal: [
          'Comprendiamo che le circostanze possano esserLe apparse in modo diverso.',
          "Non escludiamo che un malinteso sia all'origine di questa divergenza di vedute.",
          'Non mettiamo in dubbio la buona fede del Suo racconto.',
        ],
      },
      closingFirm: {
        warm: [
          'Per quanto riguarda lo scambio pubblico ci fermiamo qui, ma la nostra porta [resta|rimane] aperta.',
          'Da parte nostra, consideriamo [chiarita|chiusa|risolta] la questione.',
          'Non proseguiremo [lo scambio|la discussione] [su questa pagina|qui|in pubblico].',
          'È tutto ciò che [desideravamo|volevamo] [aggiungere|dire] pubblicamente su questo tema.',
          '[Preferiamo|Abbiamo scelto di] non [prolungare|proseguire] questo scambio in pubblico.',
        ],
        formal: [
          'Consideriamo pertanto chiusa la questione in questa sede.',
          'Non aggiungeremo altro pubblicamente su questo argomento.',
          'Con queste precisazioni, chiudiamo qui lo scambio pubblico.',
        ],
      },
    },
    defuse_with_humor: {
      humor: {
        warm: [
          'Lo ammettiamo: per {concerns} non eravamo proprio [in gran forma|al massimo|nella nostra giornata migliore].',
          'Per {concerns} ci dichiariamo colpevoli, [senza cercare scuse|senza attenuanti].',
          'Con {concerns}, diciamo che non è stata la nostra [esibizione migliore|ora più gloriosa], e siamo i primi a [dispiacercene|riconoscerlo].',
          "Per {concerns} abbiamo evidentemente ancora [un po' di|un bel po' di|qualche passo di] strada da fare prima di sfiorare la perfezione.",
          'Per {concerns}, [chiaramente|evidentemente] non era la nostra giornata, e lo riconosciamo [volentieri|senza problemi].',
        ],
        formal: [
          'Per quanto riguarda {concerns}, dobbiamo riconoscere di non essere stati al meglio.',
          'Per {concerns}, ammettiamo con un pizzico di autoironia di aver mancato il bersaglio.',
          'Per {concerns}, la perfezione questa volta ci è sfuggita.',
        ],
      },
      humorGeneric: {
        warm: [
          'Lo ammettiamo: questa volta non eravamo proprio [in gran forma|al massimo|nella nostra giornata migliore].',
          'Ci dichiariamo colpevoli, [senza cercare scuse|senza attenuanti].',
          'Diciamo che non è stata la nostra [esibizione migliore|ora più gloriosa], e siamo i primi a [dispiacercene|riconoscerlo].',
          '[Chiaramente|Evidentemente] non era la nostra giornata, e lo riconosciamo [volentieri|senza problemi].',
        ],
        formal: [
          'Dobbiamo riconoscere che questa volta non siamo stati al meglio.',
          'Ammettiamo con un pizzico di autoironia di aver mancato il bersaglio.',
          'La perfezione questa volta ci è sfuggita.',
        ],
      },
      action: {
        warm: [
          '[Scherzi a parte|Battute a parte], abbiamo girato le Sue osservazioni [ai colleghi interessati|a tutto lo staff].',
          'Tornando seri, abbiamo condiviso il Suo [riscontro|commento] con [lo staff|tutto lo staff].',
          'Più seriamente, il Suo messaggio è stato condiviso internamente perché possiamo fare meglio[| la prossima volta].',
          '[Sorriso a parte|Al di là del sorriso], prendiamo sul serio le Sue osservazioni e [ne abbiamo parlato|ne stiamo parlando] in squadra.',
        ],
        formal: [
          'Più seriamente, le Sue osservazioni sono state trasmesse ai reparti competenti.',
          'Scherzi a parte, il Suo riscontro è stato condiviso con lo staff per trarne insegnamento.',
          'Al di là del sorriso, le Sue osservazioni saranno esaminate con attenzione.',
        ],
      },
    },
    blackmail_protocol: {
      policy: {
        warm: [
          '[Come per tutti i nostri ospiti|Come con chiunque], teniamo a precisare che non concediamo alcun vantaggio in cambio di una recensione, qualunque essa sia.',
          '[Per principio|Per una questione di principio], non offriamo né gesti né vantaggi in cambio di una recensione, positiva o negativa.',
          'La nostra regola è uguale per [tutti|ogni ospite]: nessun vantaggio viene concesso in relazione alla pubblicazione, alla modifica o alla rimozione di una recensione.',
          'Ricordiamo semplicemente che da noi le recensioni non sono mai oggetto di contropartite.',
          "Da noi una recensione è semplicemente una recensione: non dà diritto ad alcun vantaggio, e nemmeno la sua rimozione.",
          'Teniamo a che le recensioni pubblicate qui restino [libere|libere e sincere|autentiche], per questo non vi è mai legato nulla.',
          'Qualunque cosa dica una recensione, non comporta [alcun|mai alcun] gesto particolare da parte nostra.',
          "Lo diciamo con semplicità: da noi una recensione non si scambia con nulla, in nessun senso.",
          '[I nostri ospiti lo sanno|Come sanno i nostri ospiti]: le recensioni sono libere e nessun vantaggio dipende da esse.',
        ],
        formal: [
          'In linea con i nostri principi e con le regole delle piattaforme di recensioni, non viene concesso alcun vantaggio in cambio di una recensione.',
          'Ricordiamo che la nostra struttura non concede alcuna contropartita per la pubblicazione, la modifica o la rimozione di una recensione.',
          'Per principio, le recensioni dei nostri ospiti non danno luogo ad alcun vantaggio né contropartita.',
          'Non concediamo alcun vantaggio in cambio di una recensione, qualunque ne sia il contenuto.',
          "Per preservare la sincerità delle recensioni, nessuna contropartita è associata alla loro pubblicazione o rimozione.",
          "La nostra struttura segue una regola costante: nessuna recensione dà luogo a un vantaggio, qualunque ne sia il contenuto.",
          "La pubblicazione di una recensione, come la sua modifica, non è mai oggetto di alcuna forma di contropartita.",
          "È nostra regola che nessuna recensione, favorevole o meno, dia luogo a contropartite.",
        ],
      },
      private: {
        warm: [
          'Ogni [domanda|richiesta] riguardante {visit} può esserci inviata direttamente a {contact}.',
          'Se qualche aspetto riguardante {visit} resta da [chiarire|approfondire], ci scriva a {contact}.',
          'Per qualsiasi domanda riguardante {visit}, siamo raggiungibili a {contact}.',
          "Il nostro staff resta a Sua disposizione a {contact} per tutto ciò che riguarda {visit}.",
          'Per parlare con noi riguardo {visit}, la cosa più [semplice|comoda|pratica] è scriverci a {contact}.',
          "Se desidera tornare a parlare riguardo {visit}, può raggiungerci a {contact}.",
          "Per ogni argomento riguardante {visit}, basta un messaggio a {contact}.",
          "Il modo migliore per parlare con noi riguardo {visit} resta scriverci a {contact}.",
        ],
        formal: [
          'Ogni domanda riguardante {visit} può essere rivolta alla direzione a {contact}.',
          'Restiamo a disposizione a {contact} per qualsiasi questione riguardante {visit}.',
          'Per qualsiasi chiarimento riguardante {visit}, La invitiamo a scriverci a {contact}.',
          "La direzione resta raggiungibile a {contact} per qualsiasi questione legata a {visit}.",
          "Ogni richiesta riguardante {visit} sarà esaminata se inviata a {contact}.",
          "La invitiamo a utilizzare {contact} per qualsiasi domanda riguardante {visit}.",
          "Le questioni riguardanti {visit} possono essere inviate a {contact}.",
        ],
      },
      privateGeneric: {
        warm: [
          'Ogni [domanda|richiesta] riguardante {visit} può esserci [inviata|rivolta] direttamente.',
          'Se qualche aspetto riguardante {visit} resta da [chiarire|approfondire], può [contattarci|scriverci] direttamente.',
          'Per qualsiasi domanda riguardante {visit}, siamo raggiungibili [attraverso i canali abituali|direttamente].',
          'Il nostro staff resta a Sua [disposizione|completa disposizione] per tutto ciò che riguarda {visit}.',
          'Per parlare con noi riguardo {visit}, la cosa più [semplice|comoda|pratica] è [contattarci|scriverci] direttamente.',
          'Se desidera tornare a parlare riguardo {visit}, la nostra porta [resta|è sempre] aperta.',
          'Per ogni argomento riguardante {visit}, basta [un messaggio diretto|scriverci direttamente].',
          'Il modo migliore per parlare con noi riguardo {visit} resta [scriverci|contattarci] direttamente.',
          'Per qualsiasi [domanda|chiarimento], il nostro staff resta [raggiungibile|disponibile] direttamente.',
          'Se desidera [parlarne|approfondire], può [contattarci|scriverci] direttamente[| in qualsiasi momento].',
        ],
        formal: [
          'Ogni domanda riguardante {visit} può essere rivolta direttamente alla direzione.',
          'Restiamo a disposizione attraverso i canali abituali per qualsiasi questione riguardante {visit}.',
          'Per qualsiasi chiarimento riguardante {visit}, La invitiamo a contattarci direttamente.',
          "La direzione resta raggiungibile direttamente per qualsiasi questione legata a {visit}.",
          "Ogni richiesta riguardante {visit} sarà esaminata se inviata direttamente.",
          "La invitiamo a contattare direttamente la reception per qualsiasi domanda riguardante {visit}.",
          "Le questioni riguardanti {visit} possono essere rivolte direttamente alla reception.",
        ],
      },
    },
    report_and_ignore: {
      minimal: {
        warm: [
          'Grazie per il Suo [messaggio|commento].',
          'Abbiamo letto [questo messaggio|queste righe|questo commento].',
          '[Il Suo messaggio|Il Suo commento|Questo messaggio] è arrivato fino a noi.',
          'Grazie per aver dedicato del tempo a [scrivere|scriverci|questo messaggio].',
          'Abbiamo preso nota di [questo messaggio|queste righe|questo commento].',
          'Confermiamo di aver ricevuto [questo messaggio|il Suo commento|queste righe].',
          '[Il Suo messaggio|Il Suo commento] ci è [giunto|pervenuto].',
          'Grazie per [queste parole|queste righe].',
          "Abbiamo ricevuto la Sua recensione.",
          "Abbiamo letto con attenzione il Suo commento.",
          "Il Suo commento è arrivato fino a noi.",
        ],
        formal: [
          "Abbiamo preso visione di questo messaggio.",
          "Prendiamo atto di questa pubblicazione.",
          "Questo messaggio è stato letto.",
          "Confermiamo di aver ricevuto questo messaggio.",
          "Questo commento è stato letto.",
          "Abbiamo preso nota di queste righe.",
          "La Sua pubblicazione è giunta alla nostra attenzione.",
          "Abbiamo registrato questo commento.",
        ],
      },
      minimalChannel: {
        warm: [
          'Per qualsiasi questione riguardante [una visita|un soggiorno o un pasto], [il nostro staff|lo staff|il nostro personale] è raggiungibile direttamente.',
          'Restiamo a [disposizione|completa disposizione] [dei nostri ospiti|di tutti|di tutti i nostri ospiti] attraverso i canali abituali.',
          'Ogni [domanda|richiesta] riguardante [una visita|un soggiorno o un pasto] può esserci inviata direttamente.',
          'Il nostro staff risponde [volentieri|sempre volentieri|con piacere] e direttamente a ogni domanda riguardante [una visita|un soggiorno o un pasto].',
          'Chi desidera parlarci di un soggiorno o di un pasto ci trova [sempre disponibili|sempre pronti ad ascoltare].',
          'Per parlare di [una visita|un soggiorno o un pasto], la nostra porta [resta|è sempre] aperta.',
          'Se si tratta di [una visita|un soggiorno] da noi, parliamone [direttamente|di persona|senza intermediari].',
          '[I nostri ospiti possono|Chi è stato da noi può] sempre contattarci direttamente[, come di consueto|, come sempre|].',
          "Per ogni chiarimento su un soggiorno, siamo raggiungibili senza intermediari.",
          "Eventuali domande sul Suo passaggio da noi troveranno risposta in privato.",
          "Il modo più semplice per approfondire resta un contatto diretto con noi.",
          "Siamo a disposizione, in privato, per qualunque precisazione.",
        ],
        formal: [
          "La direzione è raggiungibile direttamente per qualsiasi domanda riguardante una visita.",
          'Restiamo a [disposizione|completa disposizione] [dei nostri ospiti|di tutti|di tutti i nostri ospiti] attraverso i canali abituali.',
          "Per qualsiasi domanda riguardante un soggiorno o un pasto, La invitiamo a contattarci direttamente.",
          "Ogni domanda riguardante una visita può essere rivolta direttamente alla direzione.",
          "Restiamo raggiungibili direttamente per ogni richiesta riguardante una visita presso la nostra struttura.",
          "Il nostro staff resta a disposizione dei propri ospiti attraverso i canali abituali.",
          "Ogni richiesta riguardante una visita sarà trattata se inviata direttamente.",
          "La reception resta a disposizione di tutti per ogni domanda riguardante una visita.",
        ],
      },
    },
  },
  advice: {
    thank: "Recensione positiva: ringrazi in modo breve e personale, riprendendo ciò che è piaciuto all'ospite.",
    acknowledge_and_fix:
      'Critica in buona fede: si scusi per la delusione, dica cosa si sta facendo senza promettere ciò che non farà e proponga di proseguire in privato.',
    investigate_then_reply: 'Accusa grave: verifichi prima i fatti, risponda rapidamente senza negare né ammettere e prosegua in privato.',
    firm_and_factual:
      "Ha fatti che contraddicono la recensione: li esponga con calma, lasci all'ospite una via d'uscita onorevole e chiuda lo scambio.",
    defuse_with_humor: "Critica leggera e senza rischi: un po' di autoironia può sdrammatizzare, mai a spese dell'ospite.",
    blackmail_protocol:
      'Tentativo di ricatto: non conceda nulla, conservi le prove e lo segnali alla piattaforma; la risposta pubblica resta neutrale, senza accusare né concedere.',
    report_and_ignore:
      'Contenuto offensivo o fuori tema: meglio segnalarlo alla piattaforma che rispondere, perché una risposta pubblica gli darebbe visibilità. Se vuole rispondere, usi la risposta minima e neutrale.',
  },
};
