/**
 * Demand (German): the writer asks for an advantage (Erstattung, Gratis-Nacht, Upgrade, Rabatt, Gutschein,
 * Geld). On its own a demand is a complaint; tied to a review (threat, conditional edit, retaliation) it is
 * blackmail. Not negatable: "wenn Sie mir die Minibar nicht erlassen" is still a demand.
 */
import type { RuleFamily } from '../types';

// What a blackmailer asks for (normalised: ä→a; "ae" spellings accepted).
const ITEMS = String.raw`preis entgegen\w{0,6}|entgegenkomm\w{0,2}|geste|erstattung|entschae?digung|wiedergutmachung|nachlass|rabatt|ermae?ssigung|gutschrift|gutschein\w{0,6}|upgrade|minderung|schadens?ersatz|kulanz\w{0,6}|geld zurue?ck|mein geld|unser geld|(?:kleine|nette|gewisse)\w{0,2} aufmerksamkeit|zeichen (?:des guten willens|ihrer wertschae?tzung)|(?:kostenlos\w{0,2}|kostenfrei\w{0,2}|gratis|freie?n?) (?:upgrade|ue?bernachtung\w{0,2}|nacht|nae?chte|(?:abend|mittag)?essen|frue?hstue?ck\w{0,2}|zimmer|aufenthalt|wochenende|getrae?nke?|dessert|flasche|menu|massage)|\d{1,3} ?(?:%|prozent)`;
const ADVANTAGE = String.raw`(?:(?:voll\w{0,3} |komplett\w{0,3} |teilweise |sofortig\w{0,2} |beim |im |angemessene |kleine |gewisse )?(?:ruck|rueck|zuruck|zurueck|preis)?(?:${ITEMS}))`;
// for rules that OPEN with it: no optional lead group (it made the scan try every position)
const ADVANTAGE_LEAD = String.raw`\b(?:ruck|rueck|zuruck|zurueck|teil|voll|kosten|preis|sonder|zimmer|extra)?(?:${ITEMS})`;

const family: RuleFamily = {
  lang: 'de',
  family: 'demand',
  rules: [
    {
      id: 'de.demand.refund',
      signal: 'demand',
      pattern: String.raw`\b(?:(?:ruck|rueck|zuruck|zurueck)?erstatt(?<!anzeige[^.!?]{0,37})\w{0,6}|(?:zurue?ck|rue?ck)(?:zu)?zahl\w{0,4}|\d{1,6} ?(?:€|euro\b|eur\b) zurue?ck\b|zahl\w{0,2} (?:sie |ihr )?(?:mir |uns )?[^.!?]{0,25}?zurue?ck\b|geld zurue?ck|mein geld|unser geld|geld wieder(?:haben|bekommen)?|kaution zurue?ck)`,
      weight: 0.6,
      reportable: true,
      examples: ['50 euro zurueck aufs konto', 'mir die Hälfte des Zimmerpreises zurückzuzahlen', 'Zahlen Sie 100 Euro zurück', 'Erstatten Sie mir die Kaution', 'ich erwarte eine vollständige Erstattung', 'sobald ich mein Geld zurück habe', 'E R S T A T T E N Sie mir das', 'Geld zur\u200bück bis morgen'],
      counterExamples: ['Sie haben uns ohne Nachfrage erstattet', 'Ich habe Anzeige bei der Polizei erstattet', 'Das Geld war gut angelegt'],
      note: 'reported refunds ("haben uns erstattet") are cancelled by the reported cues; "Anzeige erstatten" is a police report',
    },
    {
      id: 'de.demand.free_item',
      signal: 'demand',
      pattern: String.raw`\b(?:(?:kostenlos\w{0,2}|gratis|freie?n?) (?:upgrade|nacht|nae?chte|(?:abend|mittag)?essen|frue?hstue?ck\w{0,2}|zimmer|aufenthalt|wochenende|getrae?nke?|dessert|nachtisch|flasche|menu|massage|late check-?out)|gratis-?(?:upgrade|nacht|essen|dessert|getrae?nk\w{0,2}|frue?hstue?ck\w{0,2}|flasche|zimmer|wochenende)|(?:upgrade|nae?chte|nacht|(?:abend|mittag)?essen|frue?hstue?ck|getrae?nke?|dessert|rechnung|minibar|late check-?out|menue?|wein|flasche|zimmer|suite|aufenthalt|wochenende|cocktails?) (?:\w+ ){0,2}(?:aufs haus|auf kosten des hauses|auf ihre kosten|auf eure kosten|gratis|umsonst|kostenlos))\b`,
      weight: 0.5,
      reportable: true,
      examples: ['Late Checkout umsonst', 'Zwei Nächte gratis und wir vergessen das Ganze', 'geben Sie mir ein kostenloses Upgrade', 'Ein Gratis-Dessert als Entschädigung', 'das Abendessen heute aufs Haus', 'ein kostenloses Wochenende für mich'],
      counterExamples: ['Frau Keller hat uns ein kostenloses Upgrade gegeben, ohne dass wir gefragt haben', 'kostenloses WLAN im ganzen Haus', 'Gratis Parkplätze vor der Tür'],
    },
    {
      id: 'de.demand.compensation',
      signal: 'demand',
      pattern: String.raw`\b(?:entschae?digung|wiedergutmachung|preisnachlass|nachlass|rabatt\w{0,2}|ermae?ssigung|gutschrift|gutschein\w{0,2}|upgrade|preisminderung|schadens?ersatz|kulanzloe?sung|kulanz|entgegenkommen)\b`,
      weight: 0.35,
      reportable: true,
      examples: ['falls Sie mir keinen Rabatt gewähren', 'eine Gutschrift über 150 Euro', 'solange ich keine Entschädigung erhalte', 'einen Gutschein für zwei Nächte'],
      counterExamples: ['Man hat mir spontan einen Rabatt gegeben', 'der Preis war fair', 'Der Gutschein wurde uns unaufgefordert geschenkt'],
      note: 'weak alone; only the company of a review threat makes it blackmail',
    },
    {
      id: 'de.demand.waive',
      signal: 'demand',
      pattern: String.raw`\b(?:erlassen|erlasst?|storniere[nr]? sie|streichen sie|ziehen sie \w+ \w+ ab|(?:nehmen|ziehen) sie (?:das|die|den) \w+ von der rechnung)\b`,
      weight: 0.55,
      reportable: true,
      examples: ['Wenn Sie mir die Minibar nicht erlassen', 'Streichen Sie die Parkgebühr'],
      counterExamples: ['Die Minibar war gut gefüllt', 'Sie haben uns die Gebühr erlassen, ohne dass wir gefragt haben'],
    },
    {
      id: 'de.demand.conditional_advantage',
      signal: 'demand',
      pattern: String.raw`\b(?:wenn|falls|ob|sofern|solange|sobald|bis|es sei denn) [^.!?]{0,50}?(?:${ADVANTAGE}|entschae?dig\w{0,2}|einig\w{0,2}|entgegenkomm\w{0,2}|gutschreib\w{0,2}|erstatt\w{0,2}|erlass\w{0,2})|\bwas springt (?:fue?r (?:mich|uns)|dabei) (?:raus|heraus)\b|\b(?:fue?r|gegen|im gegenzug fue?r) (?:eine?|einen|etwas|zwei|drei) (?:kleine\w{0,2} |gewisse\w{0,2} |angemessene\w{0,2} |faire\w{0,2} )?(?:${ADVANTAGE}|gebue?hr|bezahlung|zahlung|summe|betrag|honorar|spende)|\b(?:wenn|falls|sofern) (?:ihr|sie|du) (?:mir|uns) (?:\w+ ){0,4}?(?:spendiert|spendieren|schenkt|schenken|ausgebt|ausgeben|erlasst|erlassen|ue?bernehmt|ue?bernehmen|gratis gebt|umsonst gebt)\b`,
      weight: 0.6,
      reportable: true,
      examples: ['Wenn Sie mir die Hälfte der Zimmerkosten gutschreiben', 'Gegen zwei kostenfreie Übernachtungen', 'ob Sie uns entschädigen', 'wenn wir uns vorher noch einigen könnten', 'was springt für mich raus', 'ob ihr uns entgegenkommt', 'falls Sie mir keinen Rabatt von 30 Prozent gewaehren', 'solange ich keine Entschädigung erhalte', 'wenn Sie mir einen Gutschein für zwei Nächte schicken', 'wenn Sie mir für den Ärger eine Gutschrift über 150 Euro zukommen lassen', 'Für ein kleines Entgegenkommen bin ich bereit', 'gegen eine Gutschrift', 'Wenn ihr uns das Frühstück spendiert'],
      counterExamples: ['wenn man ein ruhiges Zimmer will', 'als wir die Erstattung bekommen haben', 'Für einen Kaffee war es zu spät', 'Wenn ihr uns fragt'],
      note: 'a condition on an advantage: still a complaint without a review tie',
    },
    {
      id: 'de.demand.with_item_would',
      signal: 'demand',
      pattern: String.raw`\bmit (?:(?:einer?m?|einen|etwas) )?(?:kleinen |netten |schoe?nen )?(?:flasche \w+|gutschein\w{0,2}|upgrade|rabatt|nachlass|gratis-?\w{1,12}|kostenlos\w{0,2} \w+|entschae?digung|gutschrift|preisnachlass|geste|aufmerksamkeit|\d{1,3} ?(?:%|prozent)|\d{2,4} ?(?:€|euro\b))[^.!?]{0,40}?\b(?:wue?rde|wae?re|koe?nnte|keinen grund|vergessen?)\b|\b(?:keine?|keinen|ohne) ${ADVANTAGE} ?(?:=|->|→|,? dann|,? kein|,? keine)|\bbei (?:einem |einer )?${ADVANTAGE}(?!\w)[^.!?]{0,30}?\b(?:vergessen?|loe?sche|ae?ndere|schreibe|poste|verzichte)\b`,
      weight: 0.6,
      examples: ['Mit einer Flasche Champagner aufs Zimmer würde meine Bewertung deutlich freundlicher ausfallen', 'Mit 30 % Rabatt sehe ich keinen Grund dafür', 'Kein Rabatt = keine Gnade auf Tripadvisor.', 'Keine Erstattung, dann keine Gnade', 'Bei 50 % Nachlass vergesse ich, was ich auf Google schreiben wollte.'],
      counterExamples: ['Mit einem Freund waren wir hier, es würde uns wieder gefallen', 'Mit 20 % Rabatt gebucht, ein guter Preis', 'Kein Rabatt, aber nette Leute', 'Bei 50 % Auslastung war es ruhig'],
    },
    {
      id: 'de.demand.deadline',
      signal: 'demand',
      pattern: String.raw`\b(?:ich gebe ihnen|sie haben|wir geben ihnen) (?:noch )?(?:bis (?:\w+ ){1,2}(?:zeit|uhr)|\d{1,2} (?:tage|stunden) zeit)\b`,
      weight: 0.5,
      examples: ['ich gebe Ihnen bis Montag Zeit', 'Sie haben bis Sonntag 18 Uhr.'],
      counterExamples: ['Sie haben sich Zeit genommen'],
    },
    {
      id: 'de.demand.informal_ask',
      signal: 'demand',
      pattern: String.raw`\b(?:ihr|sie|du) (?:koe?nnt|koe?nnen|kannst|due?rft|due?rfen|darfst|solltet|sollten|solltest) (?:mir|uns) (?:ja |gerne |gern |doch |ruhig )?(?:\w+ ){0,3}?${ADVANTAGE}`,
      weight: 0.65,
      examples: ['Ihr könnt mir ja einen Gutschein schicken', 'Sie können uns gern einen Rabatt geben'],
      counterExamples: ['Sie können uns gern anrufen'],
    },
    {
      id: 'de.demand.would_be_fair',
      signal: 'demand',
      pattern: String.raw`${ADVANTAGE_LEAD}[^.!?]{0,30}?\b(?:wae?re|ist|scheint (?:mir )?) (?:nur |mehr als |doch |wohl |da |sicher |bestimmt |hier ){0,2}(?:fair|angemessen|das mindeste|angebracht|gerecht|klug|ratsam|vernue?nftig|in ihrem interesse|im sinne (?:aller|beider))\b`,
      weight: 0.6,
      examples: ['25 % Nachlass wäre im Sinne aller', 'Ein Nachlass von 20 % wäre fair.', 'Ein Upgrade auf die Suite wäre da sicher klug.'],
      counterExamples: ['Der Preis ist fair'],
    },
    {
      id: 'de.demand.or_else',
      signal: 'demand',
      pattern: String.raw`(?:^|[.!?:] ?|\bentweder )(?:(?:eine?|einen|die|den|das) )?${ADVANTAGE}(?!\w)[^.!?]{0,30}?(?:\boder|,? und (?:ich|wir))\b`,
      weight: 0.55,
      reportable: true,
      examples: ['Ein Upgrade für meine Frau und mich, und wir', 'Rabatt oder 1 Stern.', 'Entweder eine Gutschrift oder ich schreibe', 'Entweder 30% Rabatt auf die Rechnung oder Google erfährt alles.'],
      counterExamples: ['Wir bekamen einen Rabatt oder ein Upgrade, ich weiß es nicht mehr'],
      note: 'an advantage opening a sentence and followed by "oder": the ultimatum form',
    },
    {
      id: 'de.demand.to_my_account',
      signal: 'demand',
      pattern: String.raw`\b\d{2,6} ?(?:€|euro\b|eur\b) (?:auf|an|per) (?:mein|unser|dieses|folgendes)\w{0,2} (?:konto|paypal|paypal-konto|karte|wallet)\b|\b(?:das |mein |unser )?geld (?:ist )?auf (?:meinem|unserem|mein|unser) konto\b|\b\d{2,6} ?(?:€|euro\b|eur\b) (?:in )?(?:bar|cash)\b|\b(?:ue?berweisen|zahlen|schicken|senden|kaufen) sie (?:mir |uns )?(?:\w+ ){0,3}\d{2,6} ?(?:€|\$|(?:euro?|dollar|usdt|btc)\b)|\b(?:ue?bernehmen sie|sie ue?bernehmen|ue?bernehmt ihr|ihr ue?bernehmt|streichen sie|sie streichen) (?:die|unsere|meine|den|das) (?:\w+ )?(?:\w*rechnung|kosten|zeche|aufpreis|minibar|parkgebue?hr\w{0,2}|zuschlag)\b|${ADVANTAGE_LEAD}[^.!?]{0,40}?\b(?:wue?rde|koe?nnte|wird) (?:mir |uns )?(?:(?:die sache|das|alles|die angelegenheit|die entscheidung|die formulierung|die wahl|es)(?: fue?r mich| sicher\w{0,4}| bestimmt| schon| sehr)? (?:erledigen|aus der welt schaffen|regeln|klae?ren|erleichtern|leichter machen|verhindern)|(?:sicher |sehr |schon )?helfen|(?:mich|uns) davon abhalten)\b`,
      weight: 0.7,
      examples: ['Ein Entgegenkommen würde mir die Formulierung sicherlich erleichtern', 'Letzte Chance: 200 € auf mein Konto', 'erst, wenn das Geld auf meinem Konto ist', 'überweisen Sie 250 Euro in USDT', 'Schicken Sie uns sofort 500 €', 'Entweder Sie übernehmen die Restaurantrechnung oder', 'Ein Gutschein würde mich davon abhalten', 'Eine Rückerstattung von 50 % würde die Sache für mich erledigen', 'Eine kleine Aufmerksamkeit würde mir die Entscheidung erleichtern', 'ein kleines Entgegenkommen würde mir helfen', 'Eine Erstattung würde das verhindern'],
      counterExamples: ['200 € wurden von meinem Konto abgebucht', 'Wir zahlten 250 Euro für zwei Nächte', 'Wir übernehmen die Rechnung gern selbst', 'Ein Anruf würde die Sache klären', 'Ein Upgrade hätte uns gefallen, der Rest war gut'],
    },
    {
      id: 'de.demand.if_you_pay',
      signal: 'demand',
      pattern: String.raw`\b(?:wenn|falls|sofern|sobald) (?:sie|ihr|du) (?:mir |uns )?(?:\w+ ){0,2}\d{2,6} ?(?:€|euro\b|eur\b|dollar\b)`,
      weight: 0.65,
      examples: ['Für Sie mache ich eine Ausnahme, wenn Sie 150 Euro per PayPal schicken.'],
      counterExamples: ['Wenn man 100 Euro zahlt, erwartet man mehr'],
    },
    {
      id: 'de.demand.amount_credit',
      signal: 'demand',
      pattern: String.raw`\b\d{2,6} ?(?:€|euro\b|eur\b) (?:gutschrift|rabatt|nachlass|rue?ckerstattung|erstattung|entschae?digung|gutschein)\w{0,2}\b|\b(?:gutschrift|gutscheincode|gutschein|rabatt|nachlass)\w{0,2} (?:ue?ber|von|in hoe?he von) \d{2,6} ?(?:€|euro\b|eur\b|prozent\b|%)`,
      weight: 0.65,
      reportable: true,
      examples: ['100 Euro Gutschrift, und meine Rezension wird nie erscheinen', 'Ein Gutscheincode über 300 € und sie verschwinden'],
      counterExamples: ['Wir bekamen eine Gutschrift über 20 € für das Frühstück'],
    },
    {
      id: 'de.demand.ask_verb',
      signal: 'demand',
      pattern: String.raw`\b(?:ich (?:erwarte|verlange|fordere|will|bestehe auf)|wir (?:erwarten|verlangen|fordern|wollen|bestehen auf)|(?:geben|schicken|gewae?hren|erstatten|ue?berweisen|zahlen|senden) sie (?:mir|uns)|ich bitte (?:sie )?um)\b[^.!?]{0,50}?${ADVANTAGE}`,
      weight: 0.75,
      examples: ['Wir erwarten eine angemessene Geste Ihrerseits', 'Ich erwarte bis Freitag eine vollständige Erstattung', 'Geben Sie mir ein kostenloses Upgrade', 'Wir verlangen 50 % Nachlass', 'schicken Sie mir einen Gutschein'],
      counterExamples: ['Ich erwarte eigentlich nur ein sauberes Zimmer', 'wir wollen wiederkommen'],
    },
    {
      id: 'de.demand.money_settles',
      signal: 'demand',
      pattern: String.raw`\b(?:\d{2,6} ?(?:€|\$|(?:euro?|dollar)\b)|(?:in|per) (?:bitcoin|btc|krypto\w{0,6}|usdt|gutscheinkarten?)\b)[^.!?]{0,50}?\b(?:hoe?ren wir auf|hoe?rt es auf|loe?schen wir|entfernen wir|ist die sache erledigt|wae?re die sache erledigt|erledigt sich|vergessen wir|nehmen wir sie von der liste|streichen wir sie)`,
      weight: 0.75,
      examples: ['Für 300 € in Gutscheinkarten löschen wir sie', 'Schicken Sie 200 Euro, dann hört es auf'],
      counterExamples: ['Menü für 35 € sehr ordentlich'],
    },
    {
      id: 'de.demand.veiled_bill',
      signal: 'demand',
      pattern: String.raw`\b(?:bei|an|mit) (?:der|meiner|unserer|ihrer) \w{0,12}rechnung (?:noch )?(?:etwas|was) (?:tut|tun|bewegt|bewegen|ae?ndert|ae?ndern|machen|passiert)\b|\b(?:fae?llt|fiele) (?:ihnen|euch|dir)\b[^.!?]{0,90}?\b(?:rechnung|preis|erstatt\w{0,4}|gutschein\w{0,2}|nachlass|rabatt)\b|\b(?:chance|gelegenheit|moe?glichkeit)\b[^.!?]{0,50}?\b(?:wieder ?gutzumachen|gutzumachen|zu bereinigen|aus der welt zu schaffen)\b|\bfehlt (?:jetzt |nur )?(?:noch )?(?:das|der|die|eine?|mein|unser)\w? ${ADVANTAGE}|\b(?:was|etwas,? (?:das|was)) (?:\w+ ){0,4}(?:ausgleicht|wiedergutmacht|entschae?digt)\b|\b(?:meine arbeit|meinen aufenthalt|meinen besuch) (?:\w+ )?(?:unterstue?tz|sponsor|einlad)|\b(?:gesprae?chsbereit|verhandlungsbereit)\b[^.!?]{0,40}?${ADVANTAGE}|\b(?:mir|uns) (?:ein|ihr) (?:\w+ )?angebot (?:zu )?(?:machen|unterbreiten)\b|\bnae?chte? zum preis von\b|\bgibt es (?:bei (?:euch|ihnen) )?(?:so ?was wie )?(?:einen?|ein) (?:treue|stammgast)?${ADVANTAGE}|\b(?:paket|kooperation|partnerschaft|sponsoring)\w{0,2} (?:ab|fue?r|von|zu) \d{2,5} ?(?:€|euro)|\b(?:betrag|posten|gebue?hr)\w{0,2}\b[^.!?]{0,30}?\bvon der rechnung (?:verschwindet|gestrichen|runter)|\b(?:ue?ber|von) (?:eine?r?|einen) ${ADVANTAGE} (?:sprechen|reden)\b|\b(?:kosten|rechnung|aufpreis|gebue?hr)\w{0,2}\b[^.!?]{0,30}?\b(?:ue?bernommen|erlassen|erstattet|gestrichen) (?:werden|wird)\b|\bwas (?:wae?re|ist) (?:ihnen|euch|dir)\b[^.!?]{0,30}?\b(?:bewertung|empfehlung|rezension|sterne|artikel|beitrag|schweigen)\w{0,2} wert\b|\b(?:rechnung|betrag|posten|gebue?hr|aufpreis|zuschlag)\w{0,3}\b[^.!?]{0,40}?\b(?:halten? (?:ich|wir) fue?r|sehen wir als|ist (?:sicher|bestimmt|wohl)) (?:einen |ein )?(?:fehler|irrtum|versehen)\b|\bvon (?:ihrem|ihrer|eurem|eurer|deinem|deiner) (?:angebot|entgegenkommen|kulanz|geste|vorschlag|gegenangebot)\w{0,2} ab\b|\b(?:was|welches angebot) (?:koe?nnen|wue?rden) sie mir (?:anbieten|machen)\b`,
      weight: 0.6,
      reportable: true,
      examples: ['Gibt es bei euch sowas wie einen Treuerabatt', 'ein Paket ab 400 €', 'Wenn der Betrag nicht von der Rechnung verschwindet', 'über eine Entschädigung sprechen', 'wenn die Kosten übernommen werden', 'Was wäre Ihnen eine positive Empfehlung wert?', 'sobald sich bei der Rechnung etwas tut', 'fällt Ihnen noch etwas ein, zum Beispiel bei der Rechnung', 'die Chance, das mit einem Gutschein wieder gutzumachen', 'die Rechnung halten wir für einen Fehler', 'fehlt nur noch das Upgrade', 'was die kaputte Klimaanlage ausgleicht', 'dass Hotels meine Arbeit unterstützen', 'gesprächsbereit, was eine Gutschrift angeht', 'mir ein Angebot zu machen', 'drei Nächte zum Preis von zwei', 'hängt ganz von Ihrem Angebot ab', 'Was können Sie mir anbieten?'],
      counterExamples: ['Bei der Rechnung gab es keine Probleme', 'Die Gelegenheit, den Dom zu sehen, war toll', 'Das hängt vom Wetter ab'],
      note: 'weak alone: blackmail only next to a review threat or edit',
    },
  ],
};
export default family;
