/** Spanish: contempt or denial reported by the guest (seed 004: what turns a complaint into a crisis). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'contempt',
  rules: [
    {
      id: 'es.contempt.contempt',
      signal: 'contempt_reported',
      pattern: r`\b(?:se (?:rieron|rio|burlaron|burlo)\b(?! mucho)|nos ignoraron|me ignoraron|ni (?:una|siquiera una) disculpa|ni (?:se )?disculparon|sin (?:pedir )?(?:ninguna )?disculpa|(?:nos|me) dijeron que (?:era|es) (?:nuestro|mi) problema|con desprecio|de malas maneras|nos colgaron el telefono|nos echaron|(?:me|nos) trataron como (?:basura|perros|delincuentes)|les dio igual|le dio igual|les importo un pepino|ni caso)\b`,
      weight: 0.55,
      examples: ['el recepcionista se burló', 'ni una disculpa', 'nos dijeron que era nuestro problema', 'les dio igual'],
      counterExamples: ['nos reímos mucho con el animador'],
    },
  ],
};
export default family;
