/** Virality (German): audience, influencers, press (004: virality turns a complaint into a crisis). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'virality',
  rules: [
    {
      id: 'de.virality.audience',
      signal: 'virality',
      pattern: String.raw`\b\d{1,3}(?:[.,]\d{3})*(?: ?k| ?tausend)? ?(?:follower\w{0,2}|abonnenten|leser\w{0,2}|fans|zuschauer\w?)\b`,
      weight: 0.8,
      examples: ['Ich habe 20.000 Follower.', 'mit 80k Followern'],
      counterExamples: ['Wir waren 4 Personen'],
    },
    {
      id: 'de.virality.influencer',
      signal: 'virality',
      pattern: String.raw`\b(?:influencer(?:in)?\w{0,2}|blogger(?:in)?\w{0,2}|reiseblog\w{0,4}|foodblog\w{0,4}|(?:mein\w{0,2}|unser\w{0,2}) (?:blog|kanal|youtube[- ]?kanal|instagram[- ]?account|podcast)|hotelbewertungsblog|youtuber(?:in)?)\b`,
      weight: 0.75,
      examples: ['Ich bin Influencerin mit 80k Followern', 'Mein Hotelbewertungsblog hat viele Leser'],
      counterExamples: ['Wir sind eine Familie mit zwei Kindern'],
    },
    {
      id: 'de.virality.media',
      signal: 'virality',
      pattern: String.raw`\b(?:presse|zeitung|journalist\w{0,3}|redaktion|fernsehen|reportage|bild-zeitung|lokalzeitung|medien informieren|an die medien)\b`,
      weight: 0.7,
      examples: ['Ich werde die Presse informieren', 'Ich bin Journalistin'],
      counterExamples: ['Frühstück mit Zeitungsecke'],
    },
    {
      id: 'de.virality.everywhere',
      signal: 'virality',
      pattern: String.raw`\b(?:viral|alle (?:sollen|mue?ssen) (?:es )?wissen|jeder soll (?:es )?wissen|teilt (?:diesen|den) (?:beitrag|post))\b`,
      weight: 0.6,
      examples: ['Alle sollen es wissen', 'Teilt diesen Beitrag!'],
      counterExamples: ['Alle waren freundlich'],
    },
  ],
};
export default family;
