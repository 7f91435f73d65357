/** Contempt reported (German): the writer says the business mocked, ignored or brushed them off (004). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'contempt',
  rules: [
    {
      id: 'de.contempt.mocked',
      signal: 'contempt_reported',
      pattern: String.raw`\b(?:(?:hat|haben|hatten?) (?:uns |mich )?(?:nur |einfach )?(?:ausgelacht|gelacht|angelacht)|lachte (?:uns |mich )?(?:nur )?aus|nur gelacht|(?:uns|mich) ausgelacht|spottisch|hae?misch)\b`,
      weight: 0.8,
      examples: ['Der Chef hat auf unsere Beschwerde nur gelacht', 'man hat uns ausgelacht'],
      counterExamples: ['Viel Spaß und gutes Essen'],
    },
    {
      id: 'de.contempt.did_not_care',
      signal: 'contempt_reported',
      pattern: String.raw`\b(?:mit den schultern gezuckt|schulterzuck\w{0,4}|(?:war|ist|schien) (?:ihm|ihr|ihnen|denen|dem personal|der rezeption|dem chef|der chefin) (?:voe?llig |total |ganz )?(?:egal|wurscht|wurst|gleichgue?ltig)|interessierte (?:niemanden|keinen|keinen menschen)|hat (?:niemanden|keinen) interessiert)\b`,
      weight: 0.8,
      examples: ['Die Direktion hat nur mit den Schultern gezuckt', 'Das war dem Personal völlig egal'],
      counterExamples: ['Mir war egal, dass das Zimmer klein war'],
    },
    {
      id: 'de.contempt.brushed_off',
      signal: 'contempt_reported',
      pattern: String.raw`\b(?:(?:wir|ich) (?:sollen|sollten|solle?) (?:doch )?(?:woanders|ein anderes hotel|wonanders) hin\w{0,5}|(?:wir|ich) (?:sollen|sollten|soll) (?:doch )?(?:woanders|anderswo) (?:hingehen|essen|schlafen|buchen)|keine entschuldigung|nicht einmal entschuldigt|nicht mal entschuldigt|(?:hat|haben) (?:uns|mich) (?:einfach )?ignoriert|abgewimmelt|angeschrien|angemotzt|angeblae?fft|pampig)\b`,
      weight: 0.7,
      examples: ['gemeint, wir sollen woanders hingehen', 'Die Kellner haben uns einfach ignoriert', 'Keine Entschuldigung, nichts.'],
      counterExamples: ['Das Personal hat sich sofort entschuldigt'],
    },
    {
      id: 'de.contempt.denial_blame',
      signal: 'contempt_reported',
      pattern: String.raw`\b(?:(?:angeblich|sei) (?:unsere|meine) (?:eigene )?schuld|(?:die|der) schuld (?:auf uns|auf mich|bei uns) (?:geschoben|gesucht)|(?:das|so etwas) (?:gebe|gibt) es (?:hier )?nicht|(?:das|es) (?:sei|wae?re) (?:doch )?normal)\b`,
      weight: 0.6,
      examples: ['Das sei angeblich unsere eigene Schuld', 'so etwas gebe es hier nicht'],
      counterExamples: ['Das war unsere Schuld, wir kamen zu spät'],
    },
  ],
};
export default family;
