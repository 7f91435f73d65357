/**
 * Demand (German): the writer asks for an advantage (Erstattung, Gratis-Nacht, Upgrade, Rabatt, Gutschein,
 * Geld). On its own a demand is a complaint; tied to a review (threat, conditional edit, retaliation) it is
 * blackmail. Not negatable: "wenn Sie mir die Minibar nicht erlassen" is still a demand.
 */
import type { RuleFamily } from '../types';

// What a blackmailer asks for (normalised: ä→a; "ae" spellings accepted).
const ADVANTAGE = String.raw`(?:(?:voll\w{0,3} |komplett\w{0,3} |teilweise |sofortig\w{0,2} )?(?:(?:beim |im )?preis entgegen\w{0,6}|entgegenkomm\w{0,2}|(?:ruck|rueck|zuruck|zurueck)?erstattung|entsch(?:a|ae)digung|wiedergutmachung|preisnachlass|nachlass|rabatt|erm(?:a|ae)ssigung|gutschrift|gutschein\w{0,2}|upgrade|preisminderung|minderung|schadens?ersatz|kulanz\w{0,6}|geld zur(?:u|ue)ck|mein geld|unser geld)|(?:kostenlos\w{0,2}|gratis|freie?n?) (?:upgrade|nacht|n(?:a|ae)chte|(?:abend|mittag)?essen|fr(?:u|ue)hst(?:u|ue)ck\w{0,2}|zimmer|aufenthalt|wochenende|getr(?:a|ae)nke?|dessert|flasche|menu|massage)|\d{1,3} ?(?:%|prozent))`;

const family: RuleFamily = {
  lang: 'de',
  family: 'demand',
  rules: [
    {
      id: 'de.demand.refund',
      signal: 'demand',
      pattern: String.raw`(?<!anzeige[^.!?]{0,30})\b(?:(?:ruck|rueck|zuruck|zurueck)?erstatt\w{0,6}|(?:zur(?:u|ue)ck|r(?:u|ue)ck)(?:zu)?zahl\w{0,4}|zahl\w{0,2} (?:sie |ihr )?(?:mir |uns )?[^.!?]{0,25}?zur(?:u|ue)ck\b|geld zur(?:u|ue)ck|mein geld|unser geld|geld wieder(?:haben|bekommen)?|kaution zur(?:u|ue)ck)`,
      weight: 0.6,
      reportable: true,
      examples: ['mir die Hälfte des Zimmerpreises zurückzuzahlen', 'Zahlen Sie 100 Euro zurück', 'Erstatten Sie mir die Kaution', 'ich erwarte eine vollständige Erstattung', 'sobald ich mein Geld zurück habe', 'E R S T A T T E N Sie mir das', 'Geld zur\u200bück bis morgen'],
      counterExamples: ['Sie haben uns ohne Nachfrage erstattet', 'Ich habe Anzeige bei der Polizei erstattet', 'Das Geld war gut angelegt'],
      note: 'reported refunds ("haben uns erstattet") are cancelled by the reported cues; "Anzeige erstatten" is a police report',
    },
    {
      id: 'de.demand.free_item',
      signal: 'demand',
      pattern: String.raw`\b(?:(?:kostenlos\w{0,2}|gratis|freie?n?) (?:upgrade|nacht|n(?:a|ae)chte|(?:abend|mittag)?essen|fr(?:u|ue)hst(?:u|ue)ck\w{0,2}|zimmer|aufenthalt|wochenende|getr(?:a|ae)nke?|dessert|nachtisch|flasche|menu|massage)|gratis-?(?:upgrade|nacht|essen|dessert|getr(?:a|ae)nk\w{0,2}|fr(?:u|ue)hst(?:u|ue)ck\w{0,2}|flasche|zimmer|wochenende)|(?:upgrade|nacht|(?:abend|mittag)?essen|fr(?:u|ue)hst(?:u|ue)ck|getr(?:a|ae)nke|dessert|rechnung|minibar) (?:\w+ )?(?:aufs haus|auf kosten des hauses|gratis|umsonst))\b`,
      weight: 0.5,
      reportable: true,
      examples: ['geben Sie mir ein kostenloses Upgrade', 'Ein Gratis-Dessert als Entschädigung', 'das Abendessen heute aufs Haus', 'ein kostenloses Wochenende für mich'],
      counterExamples: ['Frau Keller hat uns ein kostenloses Upgrade gegeben, ohne dass wir gefragt haben', 'kostenloses WLAN im ganzen Haus', 'Gratis Parkplätze vor der Tür'],
    },
    {
      id: 'de.demand.compensation',
      signal: 'demand',
      pattern: String.raw`\b(?:entsch(?:a|ae)digung|wiedergutmachung|preisnachlass|nachlass|rabatt\w{0,2}|erm(?:a|ae)ssigung|gutschrift|gutschein\w{0,2}|upgrade|preisminderung|schadens?ersatz|kulanzl(?:o|oe)sung|kulanz|entgegenkommen)\b`,
      weight: 0.35,
      reportable: true,
      examples: ['falls Sie mir keinen Rabatt gewähren', 'eine Gutschrift über 150 Euro', 'solange ich keine Entschädigung erhalte', 'einen Gutschein für zwei Nächte'],
      counterExamples: ['Man hat mir spontan einen Rabatt gegeben', 'der Preis war fair', 'Der Gutschein wurde uns unaufgefordert geschenkt'],
      note: 'weak alone; only the company of a review threat makes it blackmail',
    },
    {
      id: 'de.demand.waive',
      signal: 'demand',
      pattern: String.raw`\b(?:erlassen|erlasst|erlass|storniere[nr]? sie|streichen sie|ziehen sie \w+ \w+ ab|(?:nehmen|ziehen) sie (?:das|die|den) \w+ von der rechnung)\b`,
      weight: 0.55,
      reportable: true,
      examples: ['Wenn Sie mir die Minibar nicht erlassen', 'Streichen Sie die Parkgebühr'],
      counterExamples: ['Die Minibar war gut gefüllt', 'Sie haben uns die Gebühr erlassen, ohne dass wir gefragt haben'],
    },
    {
      id: 'de.demand.conditional_advantage',
      signal: 'demand',
      pattern: String.raw`\b(?:wenn|falls|sofern|solange|sobald|bis|es sei denn) [^.!?]{0,40}?${ADVANTAGE}`,
      weight: 0.6,
      reportable: true,
      examples: ['falls Sie mir keinen Rabatt von 30 Prozent gewaehren', 'solange ich keine Entschädigung erhalte', 'wenn Sie mir einen Gutschein für zwei Nächte schicken', 'wenn Sie mir für den Ärger eine Gutschrift über 150 Euro zukommen lassen'],
      counterExamples: ['wenn man ein ruhiges Zimmer will', 'als wir die Erstattung bekommen haben'],
      note: 'a condition on an advantage: still a complaint without a review tie',
    },
    {
      id: 'de.demand.pay_imperative',
      signal: 'demand',
      pattern: String.raw`\b(?:(?:u|ue)berweisen|zahlen|schicken|senden|kaufen) sie (?:mir |uns )?(?:\w+ ){0,3}\d{2,6} ?(?:€|\$|(?:euro|eur|dollar|usdt|btc)\b)`,
      weight: 0.7,
      examples: ['überweisen Sie 250 Euro in USDT', 'Schicken Sie uns sofort 500 €'],
      counterExamples: ['Wir zahlten 250 Euro für zwei Nächte'],
    },
    {
      id: 'de.demand.with_item_would',
      signal: 'demand',
      pattern: String.raw`\bmit (?:einer?m?|einen|etwas) (?:kleinen |netten |sch(?:o|oe)nen )?(?:flasche \w+|gutschein\w{0,2}|upgrade|rabatt|nachlass|gratis-?\w{1,12}|kostenlos\w{0,2} \w+|entsch(?:a|ae)digung|gutschrift|preisnachlass|geste|aufmerksamkeit)\b[^.!?]{0,40}?\bw(?:u|ue)rde\b`,
      weight: 0.6,
      examples: ['Mit einer Flasche Champagner aufs Zimmer würde meine Bewertung deutlich freundlicher ausfallen'],
      counterExamples: ['Mit einem Freund waren wir hier, es würde uns wieder gefallen'],
    },
    {
      id: 'de.demand.deadline',
      signal: 'demand',
      pattern: String.raw`\b(?:ich gebe ihnen|sie haben|wir geben ihnen) (?:noch )?(?:bis (?:\w+ ){1,2}|\d{1,2} (?:tage|stunden) )zeit\b`,
      weight: 0.5,
      examples: ['ich gebe Ihnen bis Montag Zeit'],
      counterExamples: ['Sie haben sich Zeit genommen'],
    },
    {
      id: 'de.demand.in_exchange',
      signal: 'demand',
      pattern: String.raw`\b(?:f(?:u|ue)r|gegen|im gegenzug f(?:u|ue)r) (?:ein|eine|einen|etwas) (?:kleine\w{0,2} |gewisse\w{0,2} |angemessene\w{0,2} |faire\w{0,2} )?${ADVANTAGE}`,
      weight: 0.6,
      reportable: true,
      examples: ['Für ein kleines Entgegenkommen bin ich bereit', 'gegen eine Gutschrift'],
      counterExamples: ['Für einen Kaffee war es zu spät'],
    },
    {
      id: 'de.demand.informal_ask',
      signal: 'demand',
      pattern: String.raw`\b(?:ihr|sie|du) (?:k(?:o|oe)nnt|k(?:o|oe)nnen|kannst|d(?:u|ue)rft|d(?:u|ue)rfen|darfst|solltet|sollten|solltest) (?:mir|uns) (?:ja |gerne |gern |doch |ruhig )?(?:\w+ ){0,3}?${ADVANTAGE}`,
      weight: 0.65,
      examples: ['Ihr könnt mir ja einen Gutschein schicken', 'Sie können uns gern einen Rabatt geben'],
      counterExamples: ['Sie können uns gern anrufen'],
    },
    {
      id: 'de.demand.would_be_fair',
      signal: 'demand',
      pattern: String.raw`${ADVANTAGE}[^.!?]{0,30}?\b(?:w(?:a|ae)re|ist|scheint (?:mir )?) (?:nur |mehr als |doch |wohl )?(?:fair|angemessen|das mindeste|angebracht|gerecht)\b`,
      weight: 0.6,
      examples: ['Ein Nachlass von 20 % wäre fair.'],
      counterExamples: ['Der Preis ist fair'],
    },
    {
      id: 'de.demand.ask_verb',
      signal: 'demand',
      pattern: String.raw`\b(?:ich (?:erwarte|verlange|fordere|will|bestehe auf)|wir (?:erwarten|verlangen|fordern|wollen|bestehen auf)|(?:geben|schicken|gew(?:a|ae)hren|erstatten|(?:u|ue)berweisen|zahlen|senden) sie (?:mir|uns)|ich bitte (?:sie )?um)\b[^.!?]{0,50}?${ADVANTAGE}`,
      weight: 0.75,
      examples: ['Ich erwarte bis Freitag eine vollständige Erstattung', 'Geben Sie mir ein kostenloses Upgrade', 'Wir verlangen 50 % Nachlass', 'schicken Sie mir einen Gutschein'],
      counterExamples: ['Ich erwarte eigentlich nur ein sauberes Zimmer', 'wir wollen wiederkommen'],
    },
    {
      id: 'de.demand.money_settles',
      signal: 'demand',
      pattern: String.raw`\b(?:\d{2,6} ?(?:€|\$|(?:euro|eur|dollar)\b)|(?:in|per) (?:bitcoin|btc|krypto\w{0,6}|usdt|gutscheinkarten?)\b)[^.!?]{0,50}?\b(?:h(?:o|oe)ren wir auf|h(?:o|oe)rt es auf|l(?:o|oe)schen wir|entfernen wir|ist die sache erledigt|w(?:a|ae)re die sache erledigt|erledigt sich|vergessen wir)`,
      weight: 0.75,
      examples: ['Für 300 € in Gutscheinkarten löschen wir sie', 'Schicken Sie 200 Euro, dann hört es auf'],
      counterExamples: ['Menü für 35 € sehr ordentlich'],
    },
    {
      id: 'de.demand.settle_veiled',
      signal: 'demand',
      pattern: String.raw`${ADVANTAGE}[^.!?]{0,40}?\b(?:w(?:u|ue)rde|k(?:o|oe)nnte|wird) (?:die sache|das|alles|die angelegenheit)(?: f(?:u|ue)r mich)? (?:erledigen|aus der welt schaffen|regeln|kl(?:a|ae)ren)`,
      weight: 0.7,
      examples: ['Eine Rückerstattung von 50 % würde die Sache für mich erledigen'],
      counterExamples: ['Ein Anruf würde die Sache klären'],
    },
  ],
};
export default family;
