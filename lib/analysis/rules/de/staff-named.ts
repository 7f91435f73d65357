/** Staff named (German): a person of the team named in the review, so the reply can answer with care. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'staff-named',
  rules: [
    {
      id: 'de.staff_named.title',
      signal: 'staff_named',
      pattern: String.raw`\b(?=herr|frau)(?<!(?:mein|dein|sein|unser|ihr|euer)\w{0,2} )(?:herrn?|frau)\.? (?!und\b|oder\b|mit\b|ist\b|war\b|hat\b|am\b|an\b|im\b)[a-z][a-z'-]{2,20}\b`,
      weight: 0.8,
      examples: ['Frau Keller an der Rezeption', 'Sehr geehrter Herr Wagner', 'Der Besitzer, Herr Jansen'],
      counterExamples: ['meine Frau und ich', 'Meine Frau ist mitgekommen'],
    },
    {
      id: 'de.staff_named.role_name',
      signal: 'staff_named',
      pattern: String.raw`\b(?:kellner(?:in)?|rezeptionist(?:in)?|concierge|koch|koe?chin|managerin|manager|chefin|barkeeper(?:in)?|zimmermae?dchen|portier|mitarbeiter(?:in)?) (?:namens |mit namen )[a-z][a-z'-]{2,20}\b`,
      weight: 0.8,
      examples: ['ein Kellner namens Marco'],
      counterExamples: ['der Kellner war nett'],
    },
    {
      id: 'de.staff_named.thanks_to',
      signal: 'staff_named',
      pattern: String.raw`\b(?:danke?|vielen dank|grue?ss?e) (?:an|fue?r) (?!das\b|die\b|den\b|dem\b|alle\b|euch\b|sie\b|ihr\b|unser\w{0,2}\b)[a-z][a-z'-]{2,20}\b(?: (?:und|an der|vom|von der|im)\b)`,
      weight: 0.6,
      examples: ['Danke an Jasmin und das ganze Team', 'Grüße an Tobias vom Service'],
      counterExamples: ['Danke an das ganze Team', 'Danke für alles'],
    },
  ],
};
export default family;
