/** French: a review posted because a demand was refused ("vous avez refusé, voici mon avis"). */
import type { RuleFamily } from '../types';

const REFUSED = String.raw`(?:refuse|refusez|refusiez|refusait|refusent|pas voulu|ne voulez pas|ne vouliez pas|pas accepte|pas daigne|rien voulu|pas souhaite|ri au nez|hausse les epaules|envoye\w{0,2} (?:balader|bouler|paitre)|fin de non-recevoir)`;
const POSTED = String.raw`(?:(?:il|elle|vous) l'(?:a|avez) voulu|en pai\w{1,3} le prix|tant pis pour (?:vous|lui|elle)|voici|voila|le voici|d'ou|resultat|je poste|je publie|je mets|je laisse|j'ecris|je vous mets|je vous laisse)`;

const family: RuleFamily = {
  lang: 'fr',
  family: 'retaliation',
  rules: [
    {
      id: 'fr.retaliation.refused_then_review',
      signal: 'retaliation',
      pattern: String.raw`\b${REFUSED}\b[^!?]{0,90}\b${POSTED}\b[^.!?]{0,25}\b(?:avis|commentaire|note|etoiles?|critique|le voici|la voici)\b`,
      weight: 0.75,
      examples: ['Puisque vous avez refusé le geste commercial que je demandais, voici mon avis', 'Refusé. Voilà donc mon avis.', 'Vu que vous n\'avez pas voulu me rembourser la caution, je poste cet avis', 'on m\'a ri au nez. Voilà le résultat, une étoile.', 'la gérante a haussé les épaules. Elle l\'a voulu : une étoile', 'm\'a refusé la chambre. Il en paie le prix maintenant : cet avis'],
      counterExamples: ['J\'ai demandé un remboursement, refusé. Très déçu.', 'ils ont refusé de nous servir après 22h'],
    },
    {
      id: 'fr.retaliation.refused_so_here',
      signal: 'retaliation',
      pattern: String.raw`\b${REFUSED}\b,? (?:donc|alors|du coup)\b[^.!?]{0,15}\b(?:le voici|la voici|voici|voila|une etoile|1 etoile|zero etoile)\b`,
      weight: 0.75,
      examples: ['Il a refusé, donc le voici.'],
      counterExamples: ['Il a refusé, donc nous sommes partis.'],
    },
    {
      id: 'fr.retaliation.warned_them',
      signal: 'retaliation',
      pattern: String.raw`\b(?:prevenue?|avertie?|dit|annonce|precise)s?(?: (?:a|au|a la|aux) \w{2,12})? (?:que|qu')\s?(?:je|j'|on|nous)\b[^.!?]{0,10}\b(?:laisser|mettr|ecrir|poster|publier|donner)(?:ai|ait|ions)\b[^.!?]{0,25}\b(?:avis|note|commentaire|etoiles?|critique|experience)`,
      weight: 0.7,
      examples: ['alors qu\'on l\'avait prévenu qu\'on laisserait un avis négatif', 'annoncé au directeur que nous publierions notre expérience'],
      counterExamples: ['on nous avait dit que la piscine serait ouverte'],
    },
    {
      id: 'fr.retaliation.because_refused',
      signal: 'retaliation',
      pattern: String.raw`\b(?:une etoile|1 etoile|cet avis|ce commentaire|mauvais avis|avis negatif)\b[^.!?]{0,30}\b(?:parce qu|car|puisqu|vu qu)\w{0,2}\b[^.!?]{0,30}\b${REFUSED}\b[^.!?]{0,30}\b(?:rembours\w{0,6}|geste|remise|reduction|gratuit\w{0,2}|offrir|surclassement|compensation|dedommag\w{0,6})`,
      weight: 0.75,
      examples: ['Une étoile parce que vous avez refusé de me rembourser'],
      counterExamples: ['une étoile car le service a refusé de nous placer en terrasse'],
    },
    {
      id: 'fr.retaliation.broken_promise',
      signal: 'retaliation',
      pattern: String.raw`\b(?:promis|promettre|promettez|attendions|attendais|reclame|demande)\b[^.!?]{0,25}\b(?:geste|remboursement|compensation|dedommagement|remise|reduction|surclassement|avoir)\b[^!?]{0,40}\b(?:alors|donc|du coup|resultat)\b[^.!?]{0,12}\b(?:voici|voila|une etoile|1 etoile|mon avis|cet avis|la note)\b`,
      weight: 0.7,
      examples: ['On nous avait promis un geste. Rien. Alors voilà : une étoile'],
      counterExamples: ['On nous avait promis un geste et nous l\'avons eu, alors merci'],
    },
    {
      id: 'fr.retaliation.after_silence',
      signal: 'retaliation',
      pattern: String.raw`\b(?:vu|face a|devant|suite a|en l'absence de) (?:votre|ce|leur|son|d'une?)? ?(?:silence|refus|absence de reponse|manque de reponse|reponse)\b[^.!?]{0,40}\b(?:mon|cet|l') ?(?:avis|note|etoiles?|commentaire|critique)\b[^.!?]{0,25}\b(?:est en ligne|est publie|est poste|voila|voici|restera)`,
      weight: 0.75,
      examples: ['Vu votre silence, mon avis 1 étoile est en ligne depuis ce matin'],
      counterExamples: ['Suite à votre réponse, mon avis demeure positif'],
    },
  ],
};
export default family;
