/**
 * German aspect lexicon. Sources run on normalised text (ä→a, ß→ss); "ae?"-style groups accept guests
 * who type "ae/oe/ue". Most sources have no closing \b so they match inside compounds
 * ("fruhstucksbuffet", "zimmerreinigung", "parkplatzsuche"), with tails up to 16 letters so a highlight
 * covers the whole word; a few leading look-behinds keep one aspect
 * from swallowing another ("badezimmer" is the bathroom, not the room).
 */
import type { AspectLexicon } from '../types';

const aspects: AspectLexicon = {
  lang: 'de',
  aspects: {
    cleanliness: [
      String.raw`\b(?:un)?sauber\w{0,16}`,
      String.raw`\bsauberkeit`,
      String.raw`\b(?:schmutz|dreck|verdreck|verschmutz|versifft|schmudd)\w{0,16}`,
      String.raw`\bhygien\w{0,16}`,
      String.raw`\b(?:zimmer)?reinigung\w{0,2}`,
      String.raw`\b(?:geputzt|putzen|ungeputzt|staub\w{0,3}|flecken|fleckig\w{0,2}|haare)\b`,
    ],
    noise: [
      String.raw`\b(?:bau|strassen|verkehrs|party|kinder)?lae?rm\w{0,16}`,
      String.raw`\blaut\w{0,3}\b(?! (?:bewertung|website|beschreibung|homepage|internet|buchung))`,
      String.raw`\b(?:ruhig\w{0,3}|ruhe|hellhoe?rig\w{0,3}|krach|gerae?usch\w{0,3}|schallisol\w{0,16}|schalldae?mm\w{0,16})`,
    ],
    staff: [
      String.raw`\b(?:personal|mitarbeiter\w{0,3}|angestellte\w?|team|belegschaft)\b`,
      String.raw`\b(?:rezeption\w{0,3}|empfang\w{0,16}|front ?desk|concierge|portier\w{0,3}|nachtportier\w{0,3})`,
      String.raw`\b(?:kellner\w{0,3}|bedienung|servicekrae?ft\w{0,3}|zimmermae?dchen|housekeeping|gastgeber\w{0,3}|wirt\w{0,3}|chef\w{0,2}|inhaber\w{0,3}|besitzer\w{0,3}|direktion|manager\w{0,2})\b`,
    ],
    breakfast: [String.raw`\bfr(?:ue|u)hst(?:ue|u)ck\w{0,16}`, String.raw`\bbrunch\w{0,3}`],
    food: [
      String.raw`\b(?:essen|speise\w{0,16}|gericht\w{0,2}|kue?che|koch|menu\w{0,2}|menue?|mahlzeit\w{0,2}|abendessen|mittagessen|vorspeise\w?|hauptgang|hauptspeise\w?|nachspeise\w?|nachtisch|dessert\w?)\b`,
      String.raw`\b(?:schnitzel|pizza|pasta|nudeln|steak|burger|fleisch|fisch|salat|suppe|pommes|brot|kuchen|torte|buffet)\w{0,3}\b`,
    ],
    room: [
      String.raw`(?=zimmer)(?<!bade)(?<!bad)(?<!speise)(?<!frue?hstue?cks)(?<!wohn)zimmer(?!mae?dchen)\w{0,16}`,
      String.raw`\b(?:suite|apartment|appartement|unterkunft)\w{0,2}\b`,
    ],
    bed: [String.raw`\b(?:bett|betten|doppelbett|einzelbett|matratze\w?|kopfkissen|kissen|bettwae?sche|bettdecke\w?|schlafkomfort)\b`],
    bathroom: [
      String.raw`\b(?:bad|badezimmers?|badezimmern|dusche\w?|duschkabine|toilette\w?|wc|waschbecken|badewanne|handtue?ch\w{0,16}|warmwasser|wasserdruck)\b`,
    ],
    climate: [
      String.raw`\b(?:klimaanlage\w?|klima|heizung\w{0,2}|temperatur\w{0,2}|lue?ftung|ventilator\w?)\b`,
      String.raw`\b(?:zu (?:warm|heiss|kalt)|eiskalt|stickig\w{0,2})\b`,
    ],
    wifi: [String.raw`\b(?:w-?lan|wi-?fi|internet\w{0,16}|wlan\w{0,16})\b`],
    location: [
      String.raw`\b(?:lage|top-?lage|toplage|traumlage|innenstadtlage|gelegen|zentral\w{0,3}|erreichbar\w{0,2}|anbindung|verkehrsgue?nstig\w{0,3})\b`,
      String.raw`\b(?:nae?he (?:zum|zur|des|der)|bahnhof\w{0,2}|hauptbahnhof|innenstadt|altstadt|messe(?:gelae?nde)?|flughafen|u-?bahn|s-?bahn|strassenbahn|fusslae?ufig|gehminuten)`,
    ],
    price: [
      String.raw`\bpreis\w{0,16}`,
      String.raw`\b(?:teuer\w{0,3}|ue?berteuert\w{0,2}|gue?nstig\w{0,3}|preiswert\w{0,3}|kosten\w{0,2}|geld|rechnung|aufpreis|abzocke)\b`,
    ],
    check_in: [
      String.raw`\b(?:check[- ]?in|check[- ]?out|einchecken|eingecheckt|auschecken|ausgecheckt|anreise|abreise|schlue?sselkarte\w?)\b`,
    ],
    parking: [String.raw`\b(?:parkplatz\w{0,3}|parkplae?tze\w?|parken|parkgebue?hr\w{0,3}|tiefgarage\w?|parkhaus|garage)\b`],
    pool: [String.raw`\b(?:pool\w{0,16}|schwimmbad\w{0,3}|hallenbad|freibad|swimmingpool|auss?enpool|innenpool)\b`],
    view: [String.raw`\b(?:aussicht|ausblick|blick|panorama\w{0,16}|meerblick|seeblick|skyline)\b`],
    service: [String.raw`\b(?:service\w{0,16}|bedienung|betreuung|gastfreundschaft)\b`],
    wait: [String.raw`\b(?:warte\w{0,16}|gewartet|wartezeit\w{0,2}|schlange|dauerte\w? ewig|ewig gedauert)\b`],
    drinks: [String.raw`\b(?:getrae?nk\w{0,3}|bier\w{0,2}|wein\w{0,3}|cocktail\w?|kaffee|cappuccino|espresso|bar|minibar|drinks?)\b`],
    spa: [String.raw`\b(?:spa|wellness\w{0,16}|sauna\w?|massage\w?|dampfbad|fitness\w{0,16})\b`],
  },
};

export default aspects;
