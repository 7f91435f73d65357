/**
 * Insult (German): slurs and name-calling aimed at staff or owners. Words that are also ordinary nouns
 * ("Kuh", "Ziege", "Pfeife", "Pack") only count with an insulting adjective in front.
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'insult',
  rules: [
    {
      id: 'de.insult.slur',
      signal: 'insult',
      pattern: String.raw`\b(?:arschloe?ch\w{0,2}|wichser\w?|hurensohn|hurensoe?hne|schlampe\w?|fotze\w?|miststue?ck\w?|drecks(?:au|ack|kerl|stue?ck|pack|gesindel)\w{0,2}|gesindel|abschaum|spast\w{0,2}|missgeburt\w{0,2}|kanake\w?|affenarsch|bastard\w?|pissnelke|vollidiot\w{0,2})\b`,
      weight: 0.85,
      examples: ['Ihr seid alle Arschlöcher und Betrüger-Gesindel', 'Du kleine Schlampe von der Rezeption', 'ein hässliches, faules Miststück', 'So ein Vollidiot'],
      counterExamples: ['Das Personal war super nett'],
    },
    {
      id: 'de.insult.name_calling',
      signal: 'insult',
      pattern: String.raw`\b(?:idiot\w{0,3}|trottel\w?|depp\w{0,2}|penner\w?|vollpfosten|schwachkoe?pf\w{0,2}|dummkoe?pf\w{0,2}|hohlkoe?pf\w{0,2}|bloe?dmann|versager\w?|kretin\w?|honk\w?|vollhonk|asoziale?[rn]?|assi|schnoe?sel|dumpfbacke\w?|spacko|stue?mper\w?|pfuscher\w?|nichtskoe?nner\w?|nichtsnutz\w?|schmarotzer\w?|schleimer\w?|widerling\w?|witzfigur\w{0,2}|pappnase\w?|flachpfeife\w?|armleuchter\w?|hanswurst\w?|lustmolch\w?|perversling\w?|grapscher\w?|scheiss(?:laden|hotel|kerl|typ|verein|bude)\w{0,2})\b`,
      weight: 0.55,
      examples: ['ein Depp', 'Scheissladen.'],
      counterExamples: ['Der Kellner hatte einen Fehler gemacht'],
      note: 'weak alone ("wir Dummköpfe haben vergessen…"); aimed at a person (next rule) it is abuse',
    },
    {
      id: 'de.insult.aimed_at_person',
      signal: 'insult',
      pattern: String.raw`\b(?:sie|du|ihr|(?:der|die|das|dieser?|ihre?|euer|eure) (?:\w+ )?(?:personal|kellner\w{0,2}|chef\w{0,2}|koch|koe?chin|besitzer\w{0,2}|inhaber\w{0,2}|manager\w{0,2}|rezeptionist\w{0,2}|nachtportier|portier|mitarbeiter\w{0,2}|bedienung|wirt\w{0,2}|typ|frau|mann|team)|personal|chef|chefin|kellner|koch|bedienung|rezeption)(?: (?:an|von|vom|in|im|hinter) (?:der |dem |den )?\w+)?(?: (?:ist|war|sind|waren|seid|bist) (?:eine?|der|die|nur|echt|alle|totale?r?|voe?llige?r?)?)?[ ,:]{1,3}(?:[\w]+,? ){0,2}(?:idiot\w{0,3}|trottel\w?|depp\w{0,2}|penner\w?|vollpfosten|schwachkoe?pf\w{0,2}|dummkoe?pf\w{0,2}|hohlkoe?pf\w{0,2}|bloe?dmann|versager\w?|honk|vollhonk|schnoe?sel|dumpfbacke|stue?mper|pfuscher|nichtskoe?nner|schleimer|widerling|witzfigur|pappnase|lappen|vogel|schmarotzer|flachpfeife|armleuchter|hanswurst|lustmolch|perversling|grapscher)\b`,
      weight: 0.8,
      examples: ['Ihr Schmarotzer gehört hinter Gitter', 'schäm dich, du Lappen', 'Der Typ an der Rezeption ist ein widerlicher Schleimer', 'Der Nachtportier ist ein fetter, dummer Idiot', 'Personal: Vollpfosten. Chef: Penner.', 'Sie inkompetenter Trottel!', 'Der Kellner war ein arroganter Schnösel', 'Ihr seid alle unfähige Vollpfosten'],
      counterExamples: ['Wir Dummköpfe hatten den Schlüssel vergessen', 'Das Personal war super nett'],
    },
    {
      id: 'de.insult.vocative',
      signal: 'insult',
      pattern: String.raw`\b(?:ihr (?:dreckigen|verdammten|miesen|elenden|bloe?den|dummen|armseligen|verlogenen|widerlichen)|du (?:dreckiger|verdammter|mieser|elender|bloe?der|dummer|armseliger|verlogener|widerlicher|dreckige|verdammte|miese|elende|bloe?de|dumme|verlogene)) [a-z]{3,20}\b`,
      weight: 0.8,
      examples: ['Ihr dreckigen Abzocker', 'du mieser Betrüger'],
      counterExamples: ['Ihr blödes Hotel hat kein WLAN'],
    },
    {
      id: 'de.insult.adjective_animal',
      signal: 'insult',
      pattern: String.raw`\b(?:bloe?d|dumm|doof|fett|hae?sslich|alt|eingebildet|hinterhältig|hinterhaltig|hinterhaeltig)\w{0,3} (?:kuh|ziege|sau|schwein|hund|affe|gans|pute|zicke|tussi|ratte|pfeife|sack|sae?cke|hexe|schlange)\b`,
      weight: 0.8,
      examples: ['Die Chefin ist eine blöde Kuh', 'Diese Rezeptionistin ist eine dumme Ziege'],
      counterExamples: ['Die Kuh auf der Weide', 'das Schwein im Ofen war lecker'],
    },
    {
      id: 'de.insult.incompetent_pack',
      signal: 'insult',
      pattern: String.raw`\b(?:inkompetent|unfae?hig|unterbelichtet|hirnlos|geistig minderbemittelt)\w{0,3} (?:trottel|idioten?|vollidioten?|deppen?|haufen|pack|gesindel|affen|versager)\b|\bhaufen (?:von )?(?:idioten|versagern|deppen|vollidioten|schwachkoe?pfen|amateuren)\b|\bfahrt zur hoe?lle\b|\bhalt(?:et|s)? (?:die|deine|ihre) (?:klappe|fresse|schnauze|maul)\b|\bhalt(?:et|s)? dein maul\b|\b(?:du bist|sie sind|ihr seid) (?:echt |wirklich )?(?:das|der|die) letzte\b|\bscher(?:en sie|t euch|) (?:sich |dich |euch )?zum teufel\b|\bgeh(?:t|en sie)? (?:doch )?zum teufel\b`,
      weight: 0.75,
      examples: ['ein Haufen von Idioten', 'Fahrt zur Hölle.', 'Scheren Sie sich zum Teufel.'],
      counterExamples: ['ein Haufen Arbeit'],
    },
    {
      id: 'de.insult.treated_like_dirt_named',
      signal: 'insult',
      pattern: String.raw`\b(?:dieser?|der|die|das) (?:idiot|trottel|depp|schnosel|schnoesel|kellner|chef|typ)\b[^.!?]{0,30}?\b(?:sollte gefeuert werden|gehoe?rt gefeuert|gehoe?rt entlassen|gehoe?rt nicht an)\b`,
      weight: 0.5,
      examples: ['Dieser Idiot sollte gefeuert werden', 'Der Kellner gehört entlassen'],
      counterExamples: ['Der Kellner sollte mehr lernen'],
    },
  ],
};
export default family;
