/** Boycott call (German): the writer urges others to stay away ("Finger weg!", "Meidet dieses Hotel"). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'boycott',
  rules: [
    {
      id: 'de.boycott.avoid',
      signal: 'boycott_call',
      pattern: String.raw`\b(?:finger weg|meidet|meiden sie|bloss nicht|bloss? weg|boykott\w{0,4}|macht einen (?:gross?en )?bogen|einen gross?en bogen)\b`,
      weight: 0.8,
      examples: ['Finger weg von diesem Laden!', 'Meidet dieses Hotel', 'Macht einen großen Bogen darum'],
      counterExamples: ['Die Finger des Kochs waren flink'],
    },
    {
      id: 'de.boycott.do_not',
      signal: 'boycott_call',
      pattern: String.raw`\bbucht (?:hier |da |dort )?(?:bloss? |auf keinen fall |niemals )?(?:nicht|nie)\b(?! nur)|\b(?:geht|esst|fahrt|kommt) (?:hier |da |dort )(?:bloss? |auf keinen fall |niemals )?(?:nicht|nie)\b(?! nur)|\b(?:buchen|gehen) sie (?:hier |dort )?(?:bloss? |auf keinen fall )?nicht\b`,
      weight: 0.75,
      examples: ['Bucht hier nicht!', 'Geht da bloß nicht hin', 'Buchen Sie hier bloß nicht'],
      counterExamples: ['Wir gehen gern wieder hin', 'Das WLAN geht nicht'],
    },
    {
      id: 'de.boycott.tell_others',
      signal: 'boycott_call',
      pattern: String.raw`\b(?:ich|wir) (?:werden?) (?:\w+ ){0,3}(?:abraten|davor warnen|warnen)\b|\b(?:kann|koe?nnen) (?:nur )?(?:davon )?(?:abraten|warnen)\b`,
      weight: 0.6,
      examples: ['Ich kann nur abraten', 'wir werden allen Freunden davon abraten'],
      counterExamples: ['Wir können es nur empfehlen'],
    },
  ],
};
export default family;
