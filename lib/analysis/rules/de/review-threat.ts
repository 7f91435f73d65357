/**
 * Review threat (German): a threat to post, keep, spread or worsen a review. German puts the verb last in
 * subordinate and future clauses ("sonst werde ich eine schlechte Bewertung schreiben"), so the main rules
 * accept both orders. Negatable: "ich werde keine schlechte Bewertung schreiben" is not a threat.
 */
import type { RuleFamily } from '../types';

// A bad review, as a noun phrase: "schlechte Bewertung", "negative Google-Rezension", "1-Sterne-Bewertung".
const BAD_REVIEW = String.raw`(?:(?:schlecht|negativ|vernichtend|mies|verheerend|b(?:o|oe)s)\w{0,3} (?:(?:google|tripadvisor|booking)[- ]?)?(?:bewertung|rezension|kritik|review|kommentar)\w{0,2}|(?:1|ein|einen|eine)[- ]?sterne?n?[- ]?(?:bewertung|rezension|review)\w{0,2})`;
const PUBLISH = String.raw`(?:schreib\w{0,3}|geschrieben|post\w{0,3}|gepostet|ver(?:o|oe)ffentlich\w{0,4}|hinterlass\w{0,3}|abgeben|geben|stell\w{0,2}|teil\w{0,2}|verbreit\w{0,3}|berichten|berichte|erz(?:a|ae)hl\w{0,2}|beschreiben)`;
const WHERE = String.raw`(?:(?:u|ue)berall|im (?:ganzen )?(?:internet|netz|web)|online|auf (?:google|tripadvisor|facebook|instagram|tiktok|youtube|booking|yelp|holidaycheck|social media|allen (?:portalen|plattformen|kan(?:a|ae)len))|in (?:allen |den )?(?:sozialen (?:medien|netzwerken)|foren|portalen|bewertungsportalen))`;

const family: RuleFamily = {
  lang: 'de',
  family: 'review-threat',
  rules: [
    {
      id: 'de.review_threat.bad_review_verb_first',
      signal: 'review_threat',
      pattern: String.raw`\b(?:schreibe|schreib|poste|ver(?:o|oe)ffentliche|hinterlasse|gebe|gibt es|gibts|steht|stehen|erwartet sie|bekommen sie|kriegen sie|(?:er|sie|man) (?:schreibt|postet|ver(?:o|oe)ffentlicht|hinterl(?:a|ae)sst))\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?${BAD_REVIEW}`,
      weight: 0.8,
      negatable: true,
      examples: ['oder er schreibt überall schlechte Bewertungen', 'sonst schreibe ich eine schlechte Bewertung', 'steht morgen früh eine 1-Sterne-Bewertung bei Google', 'sonst gibt es eine 1 Stern Bewertung auf Tripadvisor', 'oder ich schreib eine schle\u200bchte Bewer\u200btung überall'],
      counterExamples: ['Ich schreibe keine schlechte Bewertung, aber', 'Ich gebe 5 Sterne', 'Mein Rat: schreibt eine schlechte Bewertung'],
    },
    {
      id: 'de.review_threat.bad_review_verb_last',
      signal: 'review_threat',
      pattern: String.raw`${BAD_REVIEW}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:schreiben|schreibe|posten|poste|ver(?:o|oe)ffentlichen|ver(?:o|oe)ffentliche|hinterlassen|hinterlasse|abgeben|verfassen|online stellen|einstellen)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['dass ich eine schlechte Bewertung schreibe, wenn', 'werde ich eine ausführliche negative Bewertung veröffentlichen', 'dann werden wir eine schlechte Rezension schreiben'],
      counterExamples: ['Ich werde keine schlechte Bewertung schreiben', 'Wir möchten keine negative Bewertung hinterlassen'],
    },
    {
      id: 'de.review_threat.spread_everywhere',
      signal: 'review_threat',
      pattern: String.raw`\b${WHERE}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:posten|poste|schreiben|schreibe|ver(?:o|oe)ffentlichen|ver(?:o|oe)ffentliche|berichten|berichte|erz(?:a|ae)hlen|erz(?:a|ae)hle|teilen|teile|beschreiben|beschreibe|verbreiten|verbreite|bewerten|bewerte|warnen|warne)\b|\b(?:poste|schreibe|ver(?:o|oe)ffentliche|berichte|teile|verbreite|warne) (?:ich |wir )?[^.!?]{0,30}?${WHERE}`,
      weight: 0.65,
      negatable: true,
      examples: ['bevor ich meine Erfahrungen online teile', 'werde ich meine Erfahrungen ueberall posten', 'ich poste noch auf Tripadvisor', 'dann werde ich im Internet davor warnen'],
      counterExamples: ['Ich werde überall eine begeisterte Bewertung schreiben', 'Wir haben das Hotel im Internet gefunden'],
      note: 'a positive promise in the same sentence ("begeisterte Bewertung") cancels it',
    },
    {
      id: 'de.review_threat.rhetorical',
      signal: 'review_threat',
      pattern: String.raw`\b(?:du willst|sie wollen|ihr wollt|wollen sie|willst du|wollt ihr) (?:doch )?(?:sicher |bestimmt |ja )?(?:keine|nicht)\b[^.!?]{0,30}?${BAD_REVIEW}`,
      weight: 0.8,
      examples: ['Du willst keine 1-Sterne-Bewertung? Dann weißt du, was zu tun ist', 'Sie wollen doch sicher keine negative Bewertung auf Google'],
      counterExamples: ['Sie wollen keine Bewertungen von Gästen'],
      note: 'the negation is rhetorical: not negatable',
    },
    {
      id: 'de.review_threat.or_star',
      signal: 'review_threat',
      pattern: String.raw`\boder (?:es gibt |gibts |ich gebe |sie bekommen )?(?:ein|1|einen|eine|null)[- ]?sterne?n?\b`,
      weight: 0.7,
      examples: ['Rabatt oder 1 Stern.', 'Geld zurück oder es gibt einen Stern'],
      counterExamples: ['vier oder fünf Sterne', 'ein oder zwei Nächte'],
    },
    {
      id: 'de.review_threat.more_to_come',
      signal: 'review_threat',
      pattern: String.raw`\b(?:das war erst der anfang|(?:es )?kommt noch mehr|weitere (?:bewertungen|rezensionen|beitr(?:a|ae)ge) folgen|fortsetzung folgt)\b`,
      weight: 0.6,
      examples: ['Das war erst der Anfang.', 'weitere Bewertungen folgen'],
      counterExamples: ['Das Frühstück war der Anfang eines schönen Tages'],
    },
    {
      id: 'de.review_threat.before_posting',
      signal: 'review_threat',
      pattern: String.raw`\bbevor (?:ich|wir) (?:meine|unsere|eine|die|diese) (?:\w+ )?(?:bewertung|rezension|kritik|erfahrung|bericht|erfahrungsbericht)\w{0,2} (?:\w+ ){0,2}(?:ver(?:o|oe)ffentliche\w{0,1}|poste\w{0,1}|schreibe\w{0,1}|teile\w{0,1}|online stelle\w{0,1}|abschicke\w{0,1})\b`,
      weight: 0.7,
      examples: ['bevor ich meine Rezension veröffentliche, möchte ich Ihnen die Gelegenheit geben'],
      counterExamples: ['Bevor ich buche, lese ich Bewertungen'],
      note: 'a last chance before publication: blackmail only with a demand',
    },
    {
      id: 'de.review_threat.world_learns',
      signal: 'review_threat',
      pattern: String.raw`\b(?:google|tripadvisor|booking|facebook|instagram|das (?:ganze )?internet|das netz|die (?:ganze )?welt|alle welt|jeder|alle|die presse) (?:wird (?:es |das |alles )?erfahren|erf(?:a|ae)hrt (?:davon|alles|es|das)|wird davon h(?:o|oe)ren)\b|\b(?:wird|werden|soll|erf(?:a|ae)hrt) (?:das (?:ganze )?internet|die (?:ganze )?welt|alle welt|jeder|ganz (?:deutschland|frankfurt|berlin|m(?:u|ue)nchen|hamburg|k(?:o|oe)ln)) (?:davon h(?:o|oe)ren|es erfahren|alles erfahren|davon erfahren|davon|alles|es)\b`,
      weight: 0.75,
      examples: ['oder Google erfährt alles.', 'sonst wird das ganze Internet davon hören'],
      counterExamples: ['Google zeigt die Öffnungszeiten'],
    },
    {
      id: 'de.review_threat.ruin_ratings',
      signal: 'review_threat',
      pattern: String.raw`\b(?:bewertungen|rezensionen|ruf|ranking|rating|sternebewertung|image)\b[^.!?]{0,30}?\b(?:ruinieren|zerst(?:o|oe)ren|kaputt ?machen|in den keller (?:treiben|schicken)|runterziehen|versenken)\b`,
      weight: 0.8,
      examples: ['kann Ihre Bewertungen ganz schnell ruinieren', 'Ihren Ruf zerstören'],
      counterExamples: ['Die Bewertungen sind verdient'],
    },
    {
      id: 'de.review_threat.everyone_reads',
      signal: 'review_threat',
      pattern: String.raw`(?<!\b(?:wir|ich) )\b(?:lesen|liest|sehen|sieht|erfahren|erf(?:a|ae)hrt)\b[^.!?]{0,25}?\b(?:alle|jeder|die ganze welt|ganz \w+)\b(?! (?:bewertungen|rezensionen|kommentare|infos|beitr(?:a|ae)ge|details))[^.!?]{0,15}?\b(?:auf|bei|im) (?:google|tripadvisor|internet|netz|facebook|instagram|booking|holidaycheck)\b|\b(?:alle|jeder|die ganze welt) (?:lesen|liest|sehen|sieht|erfahren|erf(?:a|ae)hrt)\b[^.!?]{0,25}?\b(?:auf|bei|im) (?:google|tripadvisor|internet|netz|facebook|instagram|booking|holidaycheck)\b`,
      weight: 0.75,
      examples: ['Ansonsten lesen es morgen alle auf Tripadvisor.'],
      counterExamples: ['Wir lesen alle Bewertungen auf Tripadvisor'],
    },
    {
      id: 'de.review_threat.goes_out',
      signal: 'review_threat',
      pattern: String.raw`\b(?:geht|kommt|landet) (?:die|meine|der|mein|unsere?|diese[rs]?) (?:\w+ )?(?:bewertung|rezension|kommentar|bericht|beitrag|artikel|kritik)\w{0,2} (?:\w+ )?(?:raus|online|live|ins netz)\b`,
      weight: 0.75,
      examples: ['sonst geht die Rezension raus.', 'dann kommt mein Bericht online'],
      counterExamples: ['Wir gehen abends raus'],
    },
    {
      id: 'de.review_threat.my_story_online',
      signal: 'review_threat',
      pattern: String.raw`\b(?:meine|unsere) (?:meinung|erfahrung\w{0,2}|eindr(?:u|ue)cke|geschichte|version|sicht der dinge)\b[^.!?]{0,30}?\b(?:auf|bei|im) (?:google|tripadvisor|booking|facebook|instagram|tiktok|youtube|holidaycheck|internet|netz)\b`,
      weight: 0.7,
      negatable: true,
      examples: ['werden Sie meine Meinung auf Google lesen können'],
      counterExamples: ['meine Meinung über das Frühstück'],
    },
    {
      id: 'de.review_threat.idiom',
      signal: 'review_threat',
      pattern: String.raw`\b(?:bewertung|rezension|kritik)\w{0,2}(?: \w+)?,? die sich gewaschen hat\b|\b(?:eine |die )?(?:bewertung|rezension|kritik) (?:der|zum) (?:extraklasse|albtraum|horror)\b`,
      weight: 0.8,
      examples: ['wir checken mit einer Bewertung aus, die sich gewaschen hat'],
      counterExamples: ['eine Bewertung, die ehrlich ist'],
    },
    {
      id: 'de.review_threat.not_yet_posted',
      signal: 'review_threat',
      pattern: String.raw`\bnoch (?:ist|habe ich|haben wir|wurde) (?:nichts|keine bewertung|keine rezension|nichts davon) (?:gepostet|geschrieben|ver(?:o|oe)ffentlicht|online)\b|\b(?:bewertung|rezension)\w{0,2} (?:ist|liegt) (?:schon |bereits )?(?:fertig|geschrieben|vorbereitet)\b`,
      weight: 0.7,
      examples: ['Noch ist nichts gepostet.', 'Die Bewertung ist schon fertig geschrieben.'],
      counterExamples: ['Noch ist nichts entschieden'],
    },
    {
      id: 'de.review_threat.no_mercy',
      signal: 'review_threat',
      pattern: String.raw`\bkeine gnade (?:auf|bei|im) (?:google|tripadvisor|booking|facebook|instagram|internet|netz|holidaycheck)\b|\bgnadenlos (?:bewerten|abrechnen|schreiben)\b`,
      weight: 0.8,
      examples: ['Kein Rabatt = keine Gnade auf Tripadvisor.'],
      counterExamples: ['Keine Gnade beim Preis'],
    },
    {
      id: 'de.review_threat.audience',
      signal: 'review_threat',
      pattern: String.raw`\bmeine?n? (?:community|follower\w{0,2}|leser\w{0,2}|fans|abonnenten|zuschauer\w{0,1}) (?:wird|werden|erf(?:a|ae)hrt|erfahren|soll\w{0,2}|darf|d(?:u|ue)rfen)\b`,
      weight: 0.7,
      examples: ['oder meine Community erfährt, wie schlecht euer Service ist', 'meine Follower werden davon hören'],
      counterExamples: ['meine Freunde werden wiederkommen'],
    },
    {
      id: 'de.review_threat.otherwise_truth',
      signal: 'review_threat',
      pattern: String.raw`\b(?:sonst|andernfalls|ansonsten|anderenfalls|oder)\b[^.!?]{0,20}?\b(?:schreibe|schreib|poste|erz(?:a|ae)hle|ver(?:o|oe)ffentliche|berichte|bewerte) (?:ich|wir)\b`,
      weight: 0.7,
      examples: ['Sonst schreibe ich die Wahrheit', 'andernfalls berichte ich darüber'],
      counterExamples: ['Sonst ist man nachts wach', 'oder ich frage an der Rezeption'],
    },
    {
      id: 'de.review_threat.goes_online',
      signal: 'review_threat',
      pattern: String.raw`\b(?:landet|landen|kommt|kommen|geht|gehen|erscheint|erscheinen)\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:online|ins netz|im netz|ins internet|im internet|auf (?:allen |s(?:a|ae)mtlichen )?\w{0,12}(?:portalen|plattformen|seiten)|auf (?:google|tripadvisor|facebook|instagram|booking|holidaycheck))\b`,
      weight: 0.6,
      examples: ['landet mein Erfahrungsbericht auf allen Bewertungsportalen', 'Ansonsten kommt sie heute Abend online.'],
      counterExamples: ['Das WLAN geht nicht online', 'Wir kommen gern wieder'],
    },
    {
      id: 'de.review_threat.reluctant_describe',
      signal: 'review_threat',
      pattern: String.raw`\b(?:ungern|nicht gern\w{0,1}|w(?:u|ue)rde es hassen|m(?:o|oe)chte (?:es )?(?:eigentlich )?(?:nicht|ungern))\b[^.!?]{0,50}?\b(?:internet|online|netz|bewertung\w{0,2}|rezension\w{0,2}|(?:o|oe)ffentlich\w{0,2}|google|tripadvisor)`,
      weight: 0.6,
      examples: ['Ich würde es sehr ungern im Internet beschreiben müssen', 'Ich möchte eigentlich nicht öffentlich schildern, was passiert ist'],
      counterExamples: ['Wir sind ungern abgereist'],
      note: 'veiled: only blackmail with a demand nearby',
    },
  ],
};
export default family;
