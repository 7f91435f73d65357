/** French: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

/** something of value */
const OFFER = String.raw`(?:rembours\w{0,8}|gratuit\w{0,2}|offert\w{0,2}|offrir\w{0,8}|offrons|cadeau\w?|remise|reduction|ristourne|bon d'achat|bons? de reduction|un avoir|surclassement|geste commercial|dedommag\w{0,8}|compensation|compenser|nuit offerte|\d{1,3} ?% de (?:remise|reduction)|nous vous (?:offrirons|offrons|accorderons|accordons|proposerons|proposons))`;
/** a condition or an exchange */
const CONDITION = String.raw`(?:si|s'|des que|une fois|lorsque|quand|a condition que|pourvu que|apres|en echange d[eu']|contre|moyennant|(?<!\bmerci )pour)`;
/** a condition that can open the sentence (not the exchange prepositions: "thank you for updating your review") */
const CONDITION_FIRST = String.raw`(?:si|s'|des que|une fois|lorsque|quand|a condition que|pourvu que|apres)`;
const REVIEW = String.raw`(?:avis|note|commentaire|critique|evaluation|etoiles?|publication)`;
/** the review being changed: verb + object, object + (auxiliary) participle, or a noun ("removal of the review") */
const REVIEW_CHANGE = String.raw`(?:(?:(?:modifi|chang|supprim|retir|effac|enlev|revoi|revoy|revis|remont|reconsider|corrig)\w{0,6}|mett\w{0,4} a jour)(?:[ '][\w\-]{1,14}){0,3}[ ']${REVIEW}|${REVIEW}(?: [\w\-']{1,14}){0,3}(?: (?:est|soit|sera|serait|a ete|ait ete|aura ete|sont|etait))?(?: [\w\-']{1,14})? (?:(?:modifie|supprime|retire|efface|enleve|revu|revise|corrige|change|mis a jour|mise a jour)\w{0,2}|(?:modifi|chang|supprim|retir|effac|enlev|revoi|revoy|revis|remont|reconsider|corrig)\w{0,6}|mett\w{0,4} a jour)|(?:la )?(?:suppression|modification|retrait|revision|mise a jour) d[eu'] ?(?:votre |cet |ce |la |l')?${REVIEW})`;
const CHANGE_VERB = String.raw`(?:(?:modifi|chang|supprim|retir|effac|enlev|revoi|revoy|revis|remont|reconsider|corrig)\w{0,6}|mett\w{0,4} a jour)`;
const CHANGE = CHANGE_VERB;

export const incentive: CheckRuleFamily = {
  lang: 'fr',
  family: 'incentive',
  rules: [
    {
      id: 'fr.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?;]{0,100}\b${CONDITION}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review in the same sentence.',
      examples: ['Nous vous offrons une nuit si vous modifiez votre avis.', 'Nous pourrions vous dédommager si vous acceptiez de revoir votre avis.', 'Un bon d\'achat vous sera offert si vous retirez votre note.'],
      counterExamples: ['Nous vous avons remboursé la nuit comme convenu. Merci pour votre avis.', 'L’annulation est gratuite si vous changez d’avis sur vos dates.', 'Votre avis nous aide à progresser et nous vous avons remboursé le petit-déjeuner.'],
    },
    {
      id: 'fr.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${CONDITION_FIRST}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b[^.!?;]{0,100}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer, in the same sentence.',
      examples: ['Si vous modifiez votre avis, nous vous rembourserons le séjour.', 'Une fois l\'avis retiré, nous vous offrirons le dîner.', 'Si votre note est modifiée, un geste commercial vous attend.', 'Dès que votre avis sera supprimé, nous vous rembourserons.'],
      counterExamples: ['Si vous laissez un avis, nous le lirons avec attention.'],
    },
    {
      id: 'fr.incentive.imperative',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`(?<=^|[.!?;:] )(?:(?:il suffit de |merci de )?)${CHANGE_VERB}\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,20}\b(?:et|puis)\b[^.!?]{0,60}\b${OFFER}`,
      negatable: true,
      note: 'An order to change the review, then an offer: "remove the review and we refund you".',
      examples: ['Supprimez votre avis et nous vous rembourserons.', 'Modifiez votre commentaire et la nuit vous sera remboursée.'],
      counterExamples: ['Merci d’avoir modifié votre avis et pour votre patience.'],
    },
    {
      id: 'fr.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:en echange d[eu']|en contrepartie d[eu']|contre) ?(?:(?:un|une|des|votre|ce|cet|cette|la|l'|bon|bons|meilleur|meilleure|nouvel|nouveau|positif|positive|5 etoiles|cinq etoiles)[ ]?){0,3}(?:(?:suppression|modification|retrait|revision|mise a jour) d[eu'] ?(?:(?:votre|ce|cet|l') ?)?${REVIEW}|${REVIEW}\b)`,
      negatable: true,
      note: '« en échange d’un avis », « contre la suppression de votre avis » ; « nous n’accordons aucun avantage en échange d’un avis » est nié.',
      examples: ['Un dîner offert en échange de la suppression de l’avis.', 'un surclassement contre un avis positif', 'en contrepartie de votre avis'],
      counterExamples: ['Nous n’accordons aucun avantage en échange d’un avis.', 'Nous ne proposons jamais de geste en échange d’un avis, mais nous aimerions en parler.'],
    },
    {
      id: 'fr.incentive.post-and-get',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:laissez|postez|publiez|ecrivez|donnez)(?:[ \-]nous)? (?:un |une )?(?:avis|note|commentaire)(?: (?:5|cinq) etoiles| positif| favorable)?[^.!?]{0,60}\b(?:et (?:recevez|obtenez|profitez|gagnez|beneficiez)|pour (?:recevoir|obtenir|profiter|gagner|beneficier))\b`,
      negatable: true,
      note: 'Acheter un avis : « laissez un avis 5 étoiles et recevez 10 % ».',
      examples: ['Laissez-nous un avis 5 étoiles et recevez 10 % de remise.', 'Publiez un avis positif pour obtenir un cocktail offert'],
      counterExamples: ['Merci pour votre avis et profitez bien de l’été.'],
    },
  ],
};
