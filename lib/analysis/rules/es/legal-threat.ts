/** Spanish: lawyers, police, consumer bodies, lawsuits (a crisis ingredient, seed 004). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'legal-threat',
  rules: [
    {
      id: 'es.legal-threat.legal',
      signal: 'legal_threat',
      pattern: r`\b(?:abogad[oa]s?|denunci(?:a|ar|are|aremos|amos|ado|e)|demand(?:are|aremos|arles|arlos)|juicio|tribunal(?:es)?|juzgado|policia|guardia civil|fiscalia|(?:oficina|asociacion) (?:de|del) consum\w{1,6}|omic|facua|ocu|hoja de reclamaciones|libro de reclamaciones|profeco|accion legal|acciones legales|via judicial)\b`,
      weight: 0.6,
      negatable: true,
      examples: ['ya hablé con mi abogado', 'pedimos la hoja de reclamaciones', 'vamos a denunciarlo a la OMIC', 'presentaré una queja en Profeco'],
      counterExamples: ['la demanda de habitaciones era alta'],
    },
  ],
};
export default family;
