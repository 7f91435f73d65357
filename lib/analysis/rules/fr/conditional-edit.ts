/** French: an offer to change, remove or keep a review depending on what the business gives. */
import type { RuleFamily } from '../types';

const REVIEW = String.raw`(?:avis|commentaires?|notes?|etoiles?|critiques?|evaluation|post|publication)`;

const family: RuleFamily = {
  lang: 'fr',
  family: 'conditional-edit',
  rules: [
    {
      id: 'fr.conditional-edit.future_edit',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:modifierai|modifierons|changerai|changerons|retirerai|retirerons|supprimerai|supprimerons|enleverai|effacerai|remonterai|corrigerai|reviserai|reverrai|ameliorerai|mettrai a jour)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.75,
      examples: ['Je modifierai ma note une fois remboursé', 'Je retirerai cet avis dès que j\'aurai reçu le remboursement'],
      counterExamples: ['je changerai de restaurant la prochaine fois'],
    },
    {
      id: 'fr.conditional-edit.object_first',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:je (?:le|la|l')\s?|j'(?:le )?)(?:retir|supprim|modifi|chang|enlev|effac|remont|corrig|revis|amelior)\w{0,5}\b`,
      weight: 0.55,
      examples: ['Si vous me remboursez je le retire', 'je la modifierai', 'Je la remonterai quand l\'argent sera sur mon compte'],
      counterExamples: ['je le recommande', 'je la conseille'],
      note: 'only meaningful beside a review word or a demand; the engine weighs it with them',
    },
    {
      id: 'fr.conditional-edit.ready_to',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:pret|prete|disposee?|d'accord)s? a (?:supprimer|retirer|modifier|changer|effacer|enlever|revoir|remonter|corriger)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.75,
      examples: ['je suis prêt à supprimer mon commentaire Google en échange d\'une nuit offerte'],
      counterExamples: ['prêt à revenir'],
    },
    {
      id: 'fr.conditional-edit.could_differ',
      signal: 'conditional_edit',
      pattern: String.raw`\b${REVIEW}\b[^.!?]{0,25}\b(?:pourrait|pourra|serait|sera|aurait pu|changera|changerait)\b[^.!?]{0,20}\b(?:different|differente|autre|meilleur|meilleure|modifie|modifiee|revu|revue|retire|retiree|supprime|supprimee|changer|change|corrige|plus positi\w{1,3}|plus clement\w{0,2}|plus indulgent\w{0,2})\b`,
      weight: 0.8,
      examples: ['Cet avis pourrait être très différent si la direction acceptait', 'ma note pourrait changer'],
      counterExamples: ['le service aurait pu être meilleur'],
    },
    {
      id: 'fr.conditional-edit.stays_online',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:avis|commentaire|note|critique|post)\b[^.!?]{0,25}\b(?:restera|resteront|reste|sera maintenue?|demeurera)\b[^.!?]{0,15}\b(?:en ligne|publie|visible|tant que|jusqu'a)`,
      weight: 0.7,
      examples: ['cet avis restera en ligne et je le partagerai partout', 'le commentaire restera visible tant que'],
      counterExamples: ['la note reste salée'],
    },
    {
      id: 'fr.conditional-edit.as_long_as',
      signal: 'conditional_edit',
      pattern: String.raw`\btant que\b[^.!?]{0,50}\b(?:rembours\w{0,6}|dedommage\w{0,3}|compense\w{0,3}|geste|reponse)\b[^.!?]{0,50}\b${REVIEW}\b`,
      weight: 0.7,
      examples: ['Tant que je n\'aurai pas été remboursé, cet avis restera en ligne'],
      counterExamples: ['tant que le chef sera là nous reviendrons'],
    },
    {
      id: 'fr.conditional-edit.stars_if',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:(?:5|cinq|4|quatre) etoiles|bon avis|avis positif|meilleure note)\b[^.!?]{0,20}\b(?:que si|si vous|seulement si|a condition que|en echange|contre un|contre une|contre le|contre la)\b|\bne (?:mettrai|donnerai|laisserai|publierai) (?:5|cinq|4|quatre|de bonne|un bon)\b[^.!?]{0,20}\bque si\b`,
      weight: 0.8,
      examples: ['Je ne mettrai 5 étoiles que si vous m\'offrez le champagne', 'un avis positif en échange d\'une réduction'],
      counterExamples: ['cinq étoiles sans hésiter'],
    },
    {
      id: 'fr.conditional-edit.in_exchange',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:supprimer|retirer|modifier|effacer|enlever|changer)\b[^.!?]{0,30}\b${REVIEW}\b[^.!?]{0,30}\b(?:en echange|contre|moyennant|si vous|a condition)\b`,
      weight: 0.8,
      examples: ['supprimer mon commentaire Google en échange d\'une nuit'],
      counterExamples: ['ils ont voulu supprimer mon avis'],
    },
    {
      id: 'fr.conditional-edit.stays_until_paid',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:restera|resteront|reste|maintiens|maintiendrai|laisse|laisserai|garde|garderai)\b[^.!?]{0,15}\b(?:tant que|jusqu'a ce que|jusqu'au jour ou)\b[^.!?]{0,50}\b(?:rembours\w{0,6}|dedommag\w{0,6}|compens\w{0,6}|indemnis\w{0,6}|geste|paye\w{0,2}|regle\w{0,2}|rendu\w{0,2})`,
      weight: 0.75,
      examples: ['une étoile, et elle restera tant que vous ne nous aurez pas dédommagés'],
      counterExamples: ['je reste tant que le soleil brille'],
    },
    {
      id: 'fr.conditional-edit.reward_stars',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:et|alors|puis) vous (?:aurez|obtiendrez|recevrez) (?:vos |mes |un |une )?(?:5|cinq|4|quatre|bel|bon|excellent|super)? ?(?:etoiles|avis|note|commentaire)\b`,
      weight: 0.75,
      examples: ['Donnez-moi la suite et vous aurez cinq étoiles'],
      counterExamples: ['vous aurez une vue magnifique'],
    },
    {
      id: 'fr.conditional-edit.stay_silent',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:je|on|nous) (?:ne (?:poste|posterai|posterons|publie|publierai|publierons|mets|mettrai|mettrons|dirai|laisse|laisserai|ecris|ecrirai)|n'(?:ecris|ecrirai|ecrirons|en parle|en parlerai|en parlerons|en dirai)) (?:rien|pas d'avis|aucun avis|pas de commentaire|aucun commentaire|pas de mauvais avis)\b`,
      weight: 0.6,
      examples: ['vous m\'offrez la nuit et je ne poste rien', 'on ne publie rien'],
      counterExamples: ['je ne dirai que du bien de ce lieu'],
      note: 'silence offered in exchange: only blackmail beside a demand',
    },
  ],
};
export default family;
