/** Spanish: verifiable evidence the guest says they hold (photos, invoice, medical report). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'objective-fact',
  rules: [
    {
      id: 'es.objective-fact.proof',
      signal: 'objective_fact',
      pattern: r`\b(?:tengo|tenemos|adjunto|adjuntamos|guarde|guardamos|hice|hicimos|con) (?:las |los |la |el |una |un )?(?:fotos|fotografias|videos|pruebas|capturas|factura|facturas|ticket|recibo|informe medico|parte medico|denuncia)\b|\b(?:informe|parte) (?:medico|de urgencias)\b`,
      weight: 0.5,
      examples: ['tengo fotos de todo', 'adjunto la factura', 'con el informe médico'],
      counterExamples: ['hicimos muchas fotos de la playa preciosa'],
      note: 'the counter-example shows the limit: "hicimos fotos" must be followed by evidence nouns, "muchas" breaks it',
    },
  ],
};
export default family;
