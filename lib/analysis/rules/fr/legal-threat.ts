/** French: lawyers, complaints to the police or authorities, court. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'legal-threat',
  rules: [
    {
      id: 'fr.legal-threat.legal',
      signal: 'legal_threat',
      pattern: String.raw`\b(?:mon avocat|notre avocat|nos avocats|mes avocats|(?:contacter|prendre|saisir|consulter|voir|contacte|pris) un avocat|par (?:un|mon) avocat|porter plainte|porte plainte|plainte deposee|porterai plainte|deposer (?:une )?plainte|depose (?:une )?plainte|plainte (?:contre|pour|au)|main courante|mise en demeure|en justice|au tribunal|aux prud'?hommes|poursuites? (?:judiciaires?)?|vous poursuivre|proces|huissier|dgccrf|repression des fraudes|services? (?:d'hygiene|veterinaires?|sanitaires?)|association (?:des?) consommateurs|ufc|conciliateur|mediateur|signalement|signale (?:aux|a la))\b`,
      weight: 0.6,
      examples: ['J\'ai porté plainte pour vol au commissariat', 'Les services d\'hygiène devraient passer', 'mon avocat vous contactera'],
      counterExamples: ['nous avons passé une belle soirée', 'tartare d\'avocat et crevettes'],
    },
  ],
};
export default family;
