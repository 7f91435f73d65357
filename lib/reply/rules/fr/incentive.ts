/** French: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

const OFFER = String.raw`(?:rembours\w{0,6}|gratuit\w{0,2}|offert\w{0,2}|offrir|offrons|offrirons|cadeau\w?|remise|reduction|ristourne|bon d'achat|bon de reduction|un avoir|surclassement|geste commercial|dedommag\w{0,6}|compensation|nuit offerte|\d{1,3} ?% de (?:remise|reduction)|nous vous (?:offrirons|offrons|accorderons|accordons|rembourserons|remboursons|proposerons|proposons))`;
const CHANGE = String.raw`(?:modifi\w{0,5}|chang\w{0,5}|supprim\w{0,5}|retir\w{0,5}|efface\w{0,3}|enlev\w{0,5}|revoi\w{0,5}|revis\w{0,5}|corrig\w{0,5}|amelior\w{0,5}|remonte\w{0,3}|mett\w{0,3} a jour|mis\w? a jour)`;
const REVIEW = String.raw`(?:avis|note|commentaire|critique|evaluation|etoiles?|publication|post)`;

export const incentive: CheckRuleFamily = {
  lang: 'fr',
  family: 'incentive',
  rules: [
    {
      id: 'fr.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?]{0,80}\b(?:si vous|s'il vous plait|une fois (?:que )?(?:vous|votre)|des que vous|a condition que vous|contre|en echange d[eu']|pour) ?(?:\w{1,12} )?(?:${CHANGE}|la (?:suppression|modification|revision) d[eu'] ?)[^.!?]{0,30}\b${REVIEW}\b`,
      negatable: true,
      note: 'Une offre puis une condition sur l’avis : « nuit offerte si vous modifiez votre note ».',
      examples: ['Nous vous offrons une nuit si vous modifiez votre avis.', 'Un remboursement complet une fois que vous aurez supprimé ce commentaire.', 'une remise de 20 % contre la suppression de votre avis'],
      counterExamples: ['Nous vous avons remboursé la nuit comme convenu. Merci pour votre avis.', 'L’annulation est gratuite si vous changez d’avis sur vos dates.'],
    },
    {
      id: 'fr.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:si vous|des que vous|une fois que vous|a condition que vous|pour peu que vous)(?: \w{1,12})? (?:${CHANGE}|laiss\w{0,5}|publi\w{0,5}|ecri\w{0,5}|postez|donn\w{0,5})[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,80}\b${OFFER}`,
      negatable: true,
      note: '« si vous modifiez votre avis, nous vous rembourserons ».',
      examples: ['Si vous modifiez votre avis, nous vous rembourserons le séjour.', 'Dès que vous aurez retiré votre commentaire, un bon d’achat vous sera envoyé.', 'Si vous laissez un avis 5 étoiles, le dessert est offert'],
      counterExamples: ['Si vous laissez un avis, nous le lirons avec attention.'],
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
