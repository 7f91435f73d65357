/** French: public accusations — faux avis, concurrent, chantage, fraude. */
import type { CheckRuleFamily } from '../types';

export const accusation: CheckRuleFamily = {
  lang: 'fr',
  family: 'accusation',
  rules: [
    {
      id: 'fr.accusation.fake',
      rule: 'public_accusation',
      kind: 'public_accusation.fake',
      pattern: String.raw`\b(?:(?:faux|fausse|faux|mensonger|fictif|fictive|bidon|invente|inventee) (?:avis|commentaire|compte|profil|client|cliente|recit|temoignage)|(?:avis|commentaire|profil|compte|temoignage) (?:fictif|fictive|bidon|invente|inventee|fabrique|truque|frauduleux)|(?:cet|votre|ce) (?:avis|commentaire|recit) (?:est|semble|parait) (?:(?:clairement|totalement|completement|visiblement|manifestement|un|une) ){0,2}(?:faux|fictif|invente|bidon|fabrique)|vous n'avez (?:jamais|meme pas) (?:sejourne|mange|dine|ete client|mis les pieds)|aucune trace de (?:votre|ce|cette) (?:sejour|reservation|passage|visite))\b`,
      note: 'Qualifier l’avis de faux ou dire que l’auteur n’est jamais venu.',
      examples: ['Ceci est un faux avis.', 'Votre avis est clairement inventé.', 'Vous n’avez jamais séjourné chez nous.', 'aucune trace de votre séjour'],
      counterExamples: ['Ce n’est pas un faux sourire : notre équipe aime son métier.', 'Nous n’avons pas retrouvé votre réservation ; écrivez-nous.'],
    },
    {
      id: 'fr.accusation.competitor',
      rule: 'public_accusation',
      kind: 'public_accusation.competitor',
      pattern: String.raw`\b(?:(?:ecrit|redige|poste|publie|commande|paye|envoye) par (?:un |une |nos |des |l'un de nos )?concurren\w{1,4}|(?:un|nos|des|l'un de nos) concurren\w{1,4}(?: \w{1,12}){0,4} (?:a ecrit|ont ecrit|a poste|ont poste|est derriere|sont derriere|a publie)|avis (?:paye|achete|commande)s?|(?:campagne|attaque) (?:de|d'un) concurren\w{1,4})\b`,
      note: 'Attribuer l’avis à un concurrent.',
      examples: ['Cet avis a été écrit par un concurrent.', 'Un de nos concurrents est derrière cet avis', 'des avis payés'],
      counterExamples: ['Nos tarifs restent proches de ceux de la concurrence.'],
    },
    {
      id: 'fr.accusation.blackmail',
      rule: 'public_accusation',
      kind: 'public_accusation.blackmail',
      pattern: String.raw`\b(?:chantage|chanteur|extorsion|extorquer|extorque\w{0,2}|racket\w{0,3}|rancon\w?)\b`,
      note: 'Parler de chantage en public : la réponse au chantage reste neutre (DESIGN.md).',
      examples: ['C’est du chantage.', 'Votre tentative d’extorsion a échoué.', 'racketter un hôtel'],
      counterExamples: ['Nous n’accordons aucun avantage en échange d’un avis.'],
    },
    {
      id: 'fr.accusation.fraud',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:vous (?:etes|etiez) (?:un |une )?(?:escro\w{1,4}|fraudeu\w{1,4}|arnaqueu\w{1,4}|voleu\w{1,4}|tricheu\w{1,4})|escro(?:c|cs|querie)|fraudeu(?:r|se|rs)|arnaqueu(?:r|se|rs)|(?:tente|essaye|voulu|cherche) de nous (?:arnaquer|escroquer|voler|rouler|duper)|fraude (?:a la carte|au remboursement|a l'assurance)|demande frauduleuse)\b`,
      note: 'Accuser le client de fraude ou d’escroquerie.',
      examples: ['Vous êtes un escroc.', 'Vous avez tenté de nous arnaquer.', 'une fraude au remboursement'],
      counterExamples: ['Nous comprenons que le prix vous ait semblé élevé.'],
    },
    {
      id: 'fr.accusation.scam-claim',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:c'est|il s'agit d'|cet avis est|votre (?:avis|plainte|demande) est) ?(?:(?:une|un|clairement|simplement|de la|du|d'une|pure|manifestement) ){0,3}(?:arnaque|escroquerie|fraude|tentative d'escroquerie|supercherie)\b`,
      negatable: true,
      note: 'Qualifier l’avis ou la plainte d’arnaque ; niable (« ce n’est pas une arnaque : le prix est affiché »).',
      examples: ['C’est une arnaque pour obtenir un séjour gratuit.', 'Votre avis est une escroquerie.'],
      counterExamples: ['Notre formule n’est pas une arnaque : tout est compris.'],
    },
  ],
};
