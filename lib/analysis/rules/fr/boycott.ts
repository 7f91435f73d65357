/** French: calls to avoid or boycott the business. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'boycott',
  rules: [
    {
      id: 'fr.boycott.boycott',
      signal: 'boycott_call',
      pattern: String.raw`\b(?:a eviter|a fuir|fuyez|passez votre chemin|passez (?:votre|leur) tour|n'y allez (?:pas|jamais)|n'y allez surtout pas|ne (?:venez|reservez|mettez) (?:pas|jamais|surtout pas)|je (?:vous )?deconseille|(?:a|je) deconseiller|boycott\w{0,4}|mefiez[- ]vous|(?:en|je vais en) parler autour de moi|je (?:vais )?previen\w{1,3} (?:tout le monde|mes amis|mon entourage))\b`,
      weight: 0.5,
      negatable: true,
      examples: ['À fuir.', 'Je vous déconseille d\'y passer une nuit', 'Je vais en parler autour de moi', 'méfiez-vous'],
      counterExamples: ['rien à redire'],
    },
  ],
};
export default family;
