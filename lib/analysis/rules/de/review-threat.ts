/**
 * Review threat (German): a threat to post, keep, spread or worsen a review. German puts the verb last in
 * subordinate and future clauses ("sonst werde ich eine schlechte Bewertung schreiben"), so the main rules
 * accept both orders. Negatable: "ich werde keine schlechte Bewertung schreiben" is not a threat.
 */
import type { RuleFamily } from '../types';

// A bad review, as a noun phrase: "schlechte Bewertung", "negative Google-Rezension", "1-Sterne-Bewertung".
const BAD_REVIEW = String.raw`(?:(?:schlecht|negativ|vernichtend|mies|verheerend|boe?s)\w{0,3} (?:(?:google|tripadvisor|booking)[- ]?)?(?:bewertung|rezension|kritik|review|kommentar)\w{0,2}|(?:1|ein|einen?)[- ]?sterne?n?[- ]?(?:bewertung|rezension|review)\w{0,2})`;
const PUBLISH = String.raw`(?:schreib\w{0,3}|geschrieben|post\w{0,3}|gepostet|veroe?ffentlich\w{0,4}|hinterlass\w{0,3}|abgeben|geben|stell\w{0,2}|teil\w{0,2}|verbreit\w{0,3}|berichten?|erzae?hl\w{0,2}|beschreiben)`;
const WHERE = String.raw`(?:ue?berall|im (?:ganzen )?(?:internet|netz|web)|online|auf (?:google|tripadvisor|facebook|instagram|tiktok|youtube|booking|yelp|holidaycheck|social media|allen (?:portalen|plattformen|kanae?len))|in (?:allen |den )?(?:sozialen (?:medien|netzwerken)|foren|portalen|bewertungsportalen))`;

const family: RuleFamily = {
  lang: 'de',
  family: 'review-threat',
  rules: [
    {
      id: 'de.review_threat.bad_review_verb_first',
      signal: 'review_threat',
      pattern: String.raw`\b(?:schreibe?|poste|veroe?ffentliche|hinterlasse|gebe|gibt es|gibts|steht|stehen|erwartet sie|bekommen sie|kriegen sie|(?:er|sie|man) (?:schreibt|postet|veroe?ffentlicht|hinterlae?sst))\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?${BAD_REVIEW}`,
      weight: 0.8,
      negatable: true,
      examples: ['oder er schreibt überall schlechte Bewertungen', 'sonst schreibe ich eine schlechte Bewertung', 'steht morgen früh eine 1-Sterne-Bewertung bei Google', 'sonst gibt es eine 1 Stern Bewertung auf Tripadvisor', 'oder ich schreib eine schle\u200bchte Bewer\u200btung überall'],
      counterExamples: ['Ich schreibe keine schlechte Bewertung, aber', 'Ich gebe 5 Sterne', 'Mein Rat: schreibt eine schlechte Bewertung'],
    },
    {
      id: 'de.review_threat.bad_review_verb_last',
      signal: 'review_threat',
      pattern: String.raw`${BAD_REVIEW}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:schreiben?|posten?|veroe?ffentlichen?|hinterlassen?|abgeben|verfassen|online stellen|einstellen)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['dass ich eine schlechte Bewertung schreibe, wenn', 'werde ich eine ausführliche negative Bewertung veröffentlichen', 'dann werden wir eine schlechte Rezension schreiben'],
      counterExamples: ['Ich werde keine schlechte Bewertung schreiben', 'Wir möchten keine negative Bewertung hinterlassen'],
    },
    {
      id: 'de.review_threat.spread_everywhere',
      signal: 'review_threat',
      pattern: String.raw`\b${WHERE}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:posten?|schreiben?|veroe?ffentlichen?|berichten?|erzae?hlen?|teilen?|beschreiben?|verbreiten?|bewerten?|warnen?)\b|\b(?:poste|schreibe|veroe?ffentliche|berichte|teile|verbreite|warne) (?:ich |wir )?[^.!?]{0,45}?${WHERE}`,
      weight: 0.65,
      negatable: true,
      examples: ['veröffentliche ich meinen Bericht mit allen Fotos auf Tripadvisor', 'bevor ich meine Erfahrungen online teile', 'werde ich meine Erfahrungen ueberall posten', 'ich poste noch auf Tripadvisor', 'dann werde ich im Internet davor warnen'],
      counterExamples: ['Ich werde überall eine begeisterte Bewertung schreiben', 'Wir haben das Hotel im Internet gefunden'],
      note: 'a positive promise in the same sentence ("begeisterte Bewertung") cancels it',
    },
    {
      id: 'de.review_threat.rhetorical',
      signal: 'review_threat',
      pattern: String.raw`\b(?:du willst|sie wollen|ihr wollt|wollen sie|willst du|wollt ihr) (?:doch )?(?:sicher |bestimmt |ja )?(?:keine|nicht)\b[^.!?]{0,30}?${BAD_REVIEW}|\b(?:sie wollen|ihr wollt|du willst) (?:doch )?(?:sicher |bestimmt |ja )?nicht,? dass\b[^.!?]{0,50}?\b(?:google|tripadvisor|booking|facebook|instagram|internet|netz|online|presse)\b|\b(?:ihr seid|sie sind|du bist) (?:doch |ja |sicher )*auf (?:bewertungen|rezensionen|sterne|ihren ruf|euren ruf)\w{0,2} angewiesen`,
      weight: 0.8,
      examples: ['Sie sind doch auf Ihren Ruf angewiesen', 'Du willst keine 1-Sterne-Bewertung? Dann weißt du, was zu tun ist', 'Sie wollen doch sicher keine negative Bewertung auf Google', 'Ihr wollt doch nicht, dass Gäste auf Google lesen'],
      counterExamples: ['Sie wollen keine Bewertungen von Gästen'],
      note: 'the negation is rhetorical: not negatable',
    },
    {
      id: 'de.review_threat.or_star',
      signal: 'review_threat',
      pattern: String.raw`\boder (?:es gibt |gibts |ich gebe |sie bekommen )?(?:ein|1|einen?|null)[- ]?sterne?n?\b`,
      weight: 0.7,
      examples: ['Rabatt oder 1 Stern.', 'Geld zurück oder es gibt einen Stern'],
      counterExamples: ['vier oder fünf Sterne', 'ein oder zwei Nächte'],
    },
    {
      id: 'de.review_threat.before_posting',
      signal: 'review_threat',
      pattern: String.raw`\bbevor (?:meine|unsere|die) (?:\w+ )?(?:bewertung|rezension|kritik)\w{0,2} (?:online|raus|live) geht\b|\bvor (?:meiner|unserer|der) (?:\w+ )?(?:veroe?ffentlichung|bewertung|rezension)\b[^.!?]{0,30}?\b(?:chance|gelegenheit|moe?glichkeit)\b|\bbevor (?:ich|wir)\b[^.!?]{0,40}?\b(?:bewertung|rezension|kritik|erfahrung|bericht|erfahrungsbericht|eindrue?cke|meinung|geschichte)\w{0,2}\b[^.!?]{0,40}?\b(?:veroe?ffentliche|poste|schreibe|teile|online stelle|abschicke|zusammenfasse|formuliere|verfasse)\w?\b|\bnoch (?:ist|habe ich|haben wir|wurde) (?:nichts|keine bewertung|keine rezension|nichts davon) (?:gepostet|geschrieben|veroe?ffentlicht|online)\b|\b(?:bewertung|rezension|sterne)\w{0,2} (?:ist |liegt |steht |sind |hab |habe ich )?(?:schon |bereits )?(?:fertig|geschrieben|vorbereitet|im entwurf|eingeplant|geplant)\b|\bmeine?n? (?:community|follower\w{0,2}|leser\w{0,2}|fans|abonnenten|zuschauer\w?) (?:wird|werden|erfae?hrt|erfahren|soll\w{0,2}|darf|due?rfen)\b`,
      weight: 0.7,
      examples: ['Bevor meine Bewertung online geht', 'vor meiner Veröffentlichung eine Chance geben', 'bevor ich meine Rezension veröffentliche, möchte ich Ihnen die Gelegenheit geben', 'bevor wir unsere Eindrücke mit der Welt teilen', 'bevor ich meine Eindrücke zusammenfasse', 'Meine 1-Stern-Rezension ist eingeplant', 'Bewertung steht schon im Entwurf', 'Noch ist nichts gepostet.', 'Die Bewertung ist schon fertig geschrieben.', 'Hab 5 Sterne schon vorbereitet', 'oder meine Community erfährt, wie schlecht euer Service ist', 'meine Follower werden davon hören'],
      counterExamples: ['Bevor ich buche, lese ich Bewertungen', 'Noch ist nichts entschieden', 'meine Freunde werden wiederkommen'],
      note: 'a last chance before publication: blackmail only with a demand',
    },
    {
      id: 'de.review_threat.world_learns',
      signal: 'review_threat',
      pattern: String.raw`\b(?:google|tripadvisor|booking|facebook|instagram|das (?:ganze )?internet|das netz|die (?:ganze )?welt|alle welt|jeder|alle|die presse) (?:wird (?:es |das |alles )?erfahren|erfae?hrt (?:davon|alles|es|das)|wird davon hoe?ren)\b|\b(?:wird|werden|soll|erfae?hrt) (?:das (?:ganze )?internet|die (?:ganze )?welt|alle welt|jeder|ganz (?:deutschland|frankfurt|berlin|mue?nchen|hamburg|koe?ln)) (?:davon hoe?ren|es erfahren|alles erfahren|davon erfahren|davon|alles|es)\b|\b(?:geht|kommt|landet) (?:die|meine|der|mein|unsere?|diese[rs]?) (?:\w+ )?(?:bewertung|rezension|kommentar|bericht|beitrag|artikel|kritik)\w{0,2} (?:\w+ )?(?:raus|online|live|ins netz)\b|\b(?:machen?) (?:ich |wir )?(?:ihr|ihren|euer|euren|das|den|dein|deinen) (?:\w+ )?(?:hotel|restaurant|lokal|haus|laden|geschae?ft|betrieb|ruf|namen)\b[^.!?]{0,30}?\b(?:fertig|kaputt|platt)\b`,
      weight: 0.75,
      examples: ['oder Google erfährt alles.', 'sonst wird das ganze Internet davon hören', 'sonst geht die Rezension raus.', 'dann kommt mein Bericht online', 'oder ich mache Ihr Hotel auf allen Kanälen fertig.'],
      counterExamples: ['Google zeigt die Öffnungszeiten', 'Wir gehen abends raus', 'Wir machen das Zimmer fertig'],
    },
    {
      id: 'de.review_threat.everyone_reads',
      signal: 'review_threat',
      pattern: String.raw`(?<!\b(?:wir|ich) )\b(?:lesen|liest|sehen|sieht|erfahren|erfae?hrt)\b[^.!?]{0,25}?\b(?:alle|jeder|die ganze welt|ganz \w+)\b(?! (?:bewertungen|rezensionen|kommentare|infos|beitrae?ge|details))[^.!?]{0,15}?\b(?:auf|bei|im) (?:google|tripadvisor|internet|netz|facebook|instagram|booking|holidaycheck)\b|\b(?:alle|jeder|die ganze welt) (?:lesen|liest|sehen|sieht|erfahren|erfae?hrt)\b[^.!?]{0,25}?\b(?:auf|bei|im) (?:google|tripadvisor|internet|netz|facebook|instagram|booking|holidaycheck)\b`,
      weight: 0.75,
      examples: ['Ansonsten lesen es morgen alle auf Tripadvisor.'],
      counterExamples: ['Wir lesen alle Bewertungen auf Tripadvisor'],
    },
    {
      id: 'de.review_threat.my_story_online',
      signal: 'review_threat',
      pattern: String.raw`\b(?:meine|unsere) (?:meinung|erfahrung\w{0,2}|erlebnisse|eindrue?cke|geschichte|version|sicht der dinge)\b[^.!?]{0,30}?\b(?:(?:auch )?(?:anderen|allen) mit(?:zu)?teilen|(?:auf|bei|im) (?:google|tripadvisor|booking|facebook|instagram|tiktok|youtube|holidaycheck|internet|netz|allen (?:plattformen|portalen|kanae?len)))\b`,
      weight: 0.7,
      negatable: true,
      examples: ['werden wir unsere Meinung auf allen Plattformen kundtun', 'meine Erfahrung auch anderen mitzuteilen', 'werden Sie meine Meinung auf Google lesen können'],
      counterExamples: ['meine Meinung über das Frühstück'],
    },
    {
      id: 'de.review_threat.idiom',
      signal: 'review_threat',
      pattern: String.raw`\b(?:bewertung|rezension|kritik)\w{0,2}(?: \w+)?,? die sich gewaschen hat\b|\b(?:bewertung|rezension|kritik) (?:der|zum) (?:extraklasse|albtraum|horror)\b|\bshitstorm|\bkeine gnade (?:auf|bei|im) (?:google|tripadvisor|booking|facebook|instagram|internet|netz|holidaycheck)\b|\bgnadenlos (?:bewerten|abrechnen|schreiben)\b|\b(?:bewertungen|rezensionen|ruf|ranking|rating|sternebewertung|image)\b[^.!?]{0,30}?\b(?:ruinieren|zerstoe?ren|kaputt ?machen|in den keller (?:treiben|schicken)|runterziehen|versenken|halbieren)\b`,
      weight: 0.8,
      examples: ['können Ihr Rating innerhalb einer Woche halbieren', 'Gutschein oder Shitstorm', 'wir checken mit einer Bewertung aus, die sich gewaschen hat', 'Kein Rabatt = keine Gnade auf Tripadvisor.', 'kann Ihre Bewertungen ganz schnell ruinieren', 'Ihren Ruf zerstören'],
      counterExamples: ['eine Bewertung, die ehrlich ist', 'Keine Gnade beim Preis', 'Die Bewertungen sind verdient'],
    },
    {
      id: 'de.review_threat.otherwise_truth',
      signal: 'review_threat',
      pattern: String.raw`\b(?:sonst|andernfalls|ansonsten|anderenfalls|oder)\b[^.!?]{0,20}?\b(?:schreib(?:e|en)?|posten?|erzae?hlen?|veroe?ffentlichen?|berichten?|bewerten?) (?:ich|wir)\b|\b(?:sonst|oder) (?:ich|wir) (?:mach\w{0,2}|schreib\w{0,2}|post\w{0,2}|starte?)\b[^.!?]{0,30}?\b(?:thread|post|beitrag|video|story|reddit|tiktok|instagram|facebook|google|tripadvisor)`,
      weight: 0.7,
      examples: ['Sonst schreib ich halt eine ehrliche', 'andernfalls berichten wir über unseren Aufenthalt', 'oder ich mach nen Thread auf Reddit', 'Sonst schreibe ich die Wahrheit', 'andernfalls berichte ich darüber'],
      counterExamples: ['Sonst ist man nachts wach', 'oder ich frage an der Rezeption'],
    },
    {
      id: 'de.review_threat.goes_online',
      signal: 'review_threat',
      pattern: String.raw`\b(?:landet|landen|kommt|kommen|geht|gehen|erscheint|erscheinen)\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:online|ins netz|im netz|ins internet|im internet|auf (?:allen |sae?mtlichen )?\w{0,12}(?:portalen|plattformen|seiten)|auf (?:google|tripadvisor|facebook|instagram|booking|holidaycheck))\b|\b(?:das war erst der anfang|(?:es )?kommt noch mehr|weitere (?:bewertungen|rezensionen|beitrae?ge) folgen|fortsetzung folgt)\b|\bwas (?:\d+ |ein paar |viele )?(?:\w+[- ]){0,3}(?:bewertungen|rezensionen)\w{0,2} (?:anrichten|bewirken|ausrichten)\b|\b(?:ihr|euer|dein) (?:guter )?(?:ruf|name|ranking|rating)\b[^.!?]{0,30}?\b(?:verschwindet|leidet|ist (?:hin|ruiniert|weg))|\b(?:verschwindet|leidet) (?:ihr|euer|dein) (?:guter )?(?:ruf|name|ranking|rating)\b|\bschade\b[^.!?]{0,12}?\bwenn\b[^.!?]{0,60}?\b(?:abrutsch\w{0,3}|absack\w{0,3}|sinkt|sinken|sinken wue?rde|leidet|leiden|runtergeht|verschlechter\w{0,3}|in den keller|oe?ffentlich wue?rde|bekannt wue?rde|die runde mach\w{0,2})|\b(?:wisst ihr|wissen sie|weiss?t du|sie wissen|ihr wisst|du weiss?t),? was (?:dann |sonst )?(?:passiert|kommt|geschieht|ich tue|wir tun|ich mache|wir machen)\b(?! ?\?| ist| war)|\b(?:jeder|alle|jede[rs]?) (?:von uns |davon )?(?:hat|haben) (?:einen? |ein )?(?:google|tripadvisor|facebook|instagram|tiktok)[- ]?(?:account|konto|profil)`,
      weight: 0.6,
      examples: ['was 40 Ein-Stern-Bewertungen anrichten', 'landet mein Erfahrungsbericht auf allen Bewertungsportalen', 'Ansonsten kommt sie heute Abend online.', 'Das war erst der Anfang.', 'weitere Bewertungen folgen', 'verschwindet Ihr guter Ruf auf Tripadvisor', 'schade, wenn Ihre 4,8 bei Google abrutscht', 'Es wäre schade, wenn das öffentlich würde', 'wisst ihr was passiert.', 'jeder hat einen Google-Account'],
      counterExamples: ['Das WLAN geht nicht online', 'Wir kommen gern wieder', 'Das Frühstück war der Anfang eines schönen Tages', 'Schade, wenn das Wetter nicht mitspielt', 'Und wissen Sie, was passiert? Nichts.', 'Wissen Sie, was passiert ist?'],
    },
    {
      id: 'de.review_threat.reluctant_describe',
      signal: 'review_threat',
      pattern: String.raw`\b(?:ungern|nicht gern\w?|wue?rde es hassen|moe?chte (?:es )?(?:eigentlich )?(?:nicht|ungern))\b[^.!?]{0,50}?\b(?:internet|online|netz|bewertung\w{0,2}|rezension\w{0,2}|oe?ffentlich\w{0,2}|google|tripadvisor|follower\w{0,2}|community|leser\w{0,2})`,
      weight: 0.6,
      examples: ['ungern meinen Followern erzählen', 'Ich würde es sehr ungern im Internet beschreiben müssen', 'Ich möchte eigentlich nicht öffentlich schildern, was passiert ist'],
      counterExamples: ['Wir sind ungern abgereist'],
      note: 'veiled: only blackmail with a demand nearby',
    },
    {
      id: 'de.review_threat.reflected',
      signal: 'review_threat',
      pattern: String.raw`\b(?:wird|werden|wue?rde) sich (?:das |dies |es )?(?:\w+ )?in (?:mein|unser|der|die|dem)\w{0,2} (?:\w+ )?(?:bewertung|rezension|artikel|bericht|beitrag|kritik|eindrue?cke)\w{0,2} (?:widerspiegeln|niederschlagen)|\b(?:ihrem|ihrer|eurem|dem) (?:haus|hotel|restaurant|ruf|geschae?ft|betrieb|lokal)\w{0,2} (?:sehr |massiv |erheblich )?(?:nicht gut ?tun|schaden)\b|\b(?:(?:eindrue?cke|bewertung|rezension|sterne)\w{0,2} (?:werden|wird)|(?:werden|wird) (?:meine|unsere|die) (?:eindrue?cke|bewertung|rezension|sterne)\w{0,2}) (?:dann )?entsprechend ausfallen\b|\b(?:mich|uns) (?:dann |eben |halt |gezwungen,? )?(?:oe?ffentlich|online|im (?:netz|internet)|in den sozialen medien) (?:zu )?(?:ae?uss?er\w{0,2}|zu wort (?:melden?)\w?|beschwer\w{0,2})\b`,
      weight: 0.65,
      negatable: true,
      examples: ['können Ihrem Hotel sehr schaden', 'wird sich das in meinem Artikel widerspiegeln', 'Ihrem Haus nicht guttun', 'werden unsere Eindrücke entsprechend ausfallen', 'bevor ich mich öffentlich äußere', 'dann werde ich mich online beschweren'],
      counterExamples: ['Das spiegelte sich im Preis wider', 'ich möchte mich nicht öffentlich beschweren'],
    },
  ],
};
export default family;
