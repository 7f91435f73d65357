/** French: an advantage asked for (refund, free night or meal, upgrade, discount, money, voucher). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'demand',
  rules: [
    {
      id: 'fr.demand.refund',
      signal: 'demand',
      pattern: String.raw`\b(?:rembours\w{0,8}|me rendre (?:mon|mes|l')\s?(?:argent|acompte|caution))`,
      weight: 0.6,
      reportable: true,
      examples: ['Remboursez-moi la nuit', 'je vous demande le remboursement intégral', 'je modifierai ma note une fois remboursé', 'R E M B O U R S E Z - moi'],
      counterExamples: ['le service était lent', 'nous avons bien mangé'],
      note: 'reported refunds ("ils nous ont remboursé") are cancelled by the reported cues',
    },
    {
      id: 'fr.demand.free_item',
      signal: 'demand',
      pattern: String.raw`\b(?:nuits?|nuitees?|repas|diners?|dejeuners?|petits?[- ]dejeuners?|petit[- ]dej|chambres?|sejours?|boissons?|desserts?|champagne|bouteilles?|menus?|cocktails?|massages?|consommations?) (?:offert|offerte|offerts|offertes|gratuite?s?)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['en échange d\'une nuit offerte', 'je veux un repas gratuit'],
      counterExamples: ['le café était offert par la maison, merci', 'le wifi gratuit marche bien'],
    },
    {
      id: 'fr.demand.offer_me',
      signal: 'demand',
      pattern: String.raw`\b(?:offrez|offrir|offriez|offrirez|offre[sz]?)[- ](?:moi|nous)\b|\b(?:m'|me |nous )(?:offrez|offrir|offriez|offrirez|offrez)\b|\bvous (?:m'|me |nous )?(?:offrez|offriez)\b`,
      weight: 0.55,
      reportable: true,
      examples: ['Offrez-moi les petits-déjeuners', 'soit vous m\'offrez le repas', 'si vous m\'offrez le champagne'],
      counterExamples: ['le serveur nous a offert le digestif', 'une offre intéressante'],
    },
    {
      id: 'fr.demand.compensation',
      signal: 'demand',
      pattern: String.raw`\b(?:geste commercial|compensation|dedommagement|indemnisation|indemnite|ristourne|rabais|remise(?! des cles)|reduction|surclassement|upgrade|(?:un|d'un|cet) avoir|(?:faire|faites|fassiez|ferez)[- ](?:moi |nous )?un (?:petit )?geste|(?:un|petit) geste de (?:votre|la) part)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['me faire un geste commercial', 'pour me faire un geste sinon', 'une remise de 50%', 'un surclassement gratuit', 'un avoir de 150 €'],
      counterExamples: ['la remise des clés a été rapide', 'on peut avoir du pain ?'],
      note: 'never blackmail alone: only a review threat or a conditional edit beside it makes it so',
    },
    {
      id: 'fr.demand.ask_verb',
      signal: 'demand',
      pattern: String.raw`\b(?:j'exige|nous exigeons|exige|j'attends|je reclame|je veux|nous voulons|je demande|je vous demande|faites[- ]moi|faites[- ]nous|accordez[- ]moi|accordez[- ]nous|proposez[- ]moi|je vous laisse jusqu'a)\b[^.!?]{0,50}\b(?:geste|remise|reduction|remboursement|rembourser|compensation|dedommagement|nuit|repas|surclassement|upgrade|avoir|bon d'achat|bon cadeau|gratuit\w{0,2}|offert\w{0,2}|euros?|€)`,
      weight: 0.7,
      examples: ['J\'exige un remboursement', 'Je vous laisse jusqu\'à vendredi pour me proposer un surclassement gratuit', 'faites-moi une remise'],
      counterExamples: ['je veux juste dormir', 'nous voulons revenir'],
    },
    {
      id: 'fr.demand.remove_for_money',
      signal: 'demand',
      pattern: String.raw`\b(?:\d{2,6} ?(?:€|euros?|eur|dollars?|\$)|\d{2,6} en (?:bitcoin|btc|crypto|usdt))[^.!?]{0,40}\b(?:on arrete|j'arrete|nous arretons|reglerait|reglera|suffira|suffirait|et c'est oublie|on oublie)`,
      weight: 0.7,
      examples: ['Pour 300€ en bitcoin on arrête tout', 'un avoir de 150 € réglerait la question'],
      note: 'money for removing a review is the conditional-edit family (fr.conditional-edit.money_for_removal)',
      counterExamples: ['menu à 35 € très correct'],
    },
    {
      id: 'fr.demand.imperative',
      signal: 'demand',
      pattern: String.raw`\b(?:donnez|accordez|offrez|faites|proposez|rendez|remboursez|payez|versez|envoyez|consentez)[- ](?:moi|nous)\b[^.!?]{0,50}\b(?:suite|chambre|nuit|repas|diner|geste|remise|reduction|surclassement|upgrade|argent|somme|euros?|€|gratuit\w{0,2}|offert\w{0,2}|prix|avoir|bon|bouteille|champagne|petits?[- ]dejeuners?)`,
      weight: 0.65,
      reportable: true,
      examples: ['Donnez-moi la suite pour le prix de la chambre standard', 'rendez-nous notre argent'],
      counterExamples: ['donnez-moi des nouvelles'],
    },
  ],
};
export default family;
