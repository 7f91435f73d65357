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
      id: 'de.insult.names',
      signal: 'insult',
      pattern: String.raw`\b(?:voll)?(?:idiot\w{0,3}|trottel\w{0,1}|depp\w{0,2}|arschl(?:o|oe)ch\w{0,2}|wichser\w{0,1}|hurensohn|hurens(?:o|oe)hne|schlampe\w{0,1}|fotze\w{0,1}|penner\w{0,1}|vollpfosten|schwachk(?:o|oe)pf\w{0,2}|dummk(?:o|oe)pf\w{0,2}|hohlk(?:o|oe)pf\w{0,2}|bl(?:o|oe)dmann|mistst(?:u|ue)ck\w{0,1}|drecks(?:au|ack|kerl|st(?:u|ue)ck|pack|gesindel)\w{0,2}|gesindel|abschaum|versager\w{0,1}|spast\w{0,2}|missgeburt\w{0,2}|kretin\w{0,1}|honk\w{0,1}|vollhonk|asoziale?[rn]?|assi|asi|schn(?:o|oe)sel|dumpfbacke\w{0,1}|pissnelke|spacko|kanake\w{0,1}|affenarsch|bastard\w{0,1}|scheiss(?:laden|hotel|kerl|typ|verein|bude)\w{0,2})\b`,
      weight: 0.8,
      examples: ['Der Nachtportier ist ein fetter, dummer Idiot', 'Ihr seid alle Arschlöcher und Betrüger-Gesindel', 'Personal: Vollpfosten. Chef: Penner.', 'Sie inkompetenter Trottel!', 'Du kleine Schlampe von der Rezeption', 'ein arroganter Schnösel'],
      counterExamples: ['Das Personal war super nett', 'Der Kellner hatte einen Fehler gemacht'],
    },
    {
      id: 'de.insult.adjective_animal',
      signal: 'insult',
      pattern: String.raw`\b(?:bl(?:o|oe)d|dumm|doof|fett|h(?:a|ae)sslich|alt|eingebildet|hinterhältig|hinterhaltig|hinterhaeltig)\w{0,3} (?:kuh|ziege|sau|schwein|hund|affe|gans|pute|zicke|kuh|tussi|ratte|pfeife|sack|s(?:a|ae)cke)\b`,
      weight: 0.8,
      examples: ['Die Chefin ist eine blöde Kuh', 'Diese Rezeptionistin ist eine dumme Ziege'],
      counterExamples: ['Die Kuh auf der Weide', 'das Schwein im Ofen war lecker'],
    },
    {
      id: 'de.insult.incompetent_pack',
      signal: 'insult',
      pattern: String.raw`\b(?:inkompetent|unf(?:a|ae)hig|unterbelichtet|hirnlos|geistig minderbemittelt)\w{0,3} (?:trottel|idioten?|vollidioten?|deppen?|haufen|pack|gesindel|affen|versager)\b|\bhaufen (?:von )?(?:idioten|versagern|deppen|vollidioten|schwachk(?:o|oe)pfen|amateuren)\b|\bfahrt zur h(?:o|oe)lle\b|\bgeh(?:t|en sie)? (?:doch )?zum teufel\b`,
      weight: 0.75,
      examples: ['ein Haufen von Idioten', 'Fahrt zur Hölle.'],
      counterExamples: ['ein Haufen Arbeit'],
    },
    {
      id: 'de.insult.treated_like_dirt_named',
      signal: 'insult',
      pattern: String.raw`\b(?:dieser|diese|der|die|das) (?:idiot|trottel|depp|schnosel|schnoesel|kellner|chef|typ)\b[^.!?]{0,30}?\b(?:sollte gefeuert werden|geh(?:o|oe)rt gefeuert|geh(?:o|oe)rt entlassen|geh(?:o|oe)rt nicht an)\b`,
      weight: 0.5,
      examples: ['Dieser Idiot sollte gefeuert werden', 'Der Kellner gehört entlassen'],
      counterExamples: ['Der Kellner sollte mehr lernen'],
    },
  ],
};
export default family;
