/** French: threats of violence, stalking or doxxing aimed at staff or owners. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'violence-threat',
  rules: [
    {
      id: 'fr.violence-threat.violence',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:(?:casser|peter|defoncer|eclater|exploser|refaire) (?:la|sa|ta|leur) (?:gueule|figure|tete|tronche|face)|refaire le portrait|faire la peau|regler son compte|regler ton compte|egorger|buter|cramer (?:votre|ton|ta|le)|(?:mettre|foutre) le feu a (?:votre|ton|ta|vos|l'|cet|cette|ce)|tabasser|je vais (?:te|vous|le|la|lui) (?:frapper|tuer|taper|detruire|retrouver|faire payer)|a coups? de (?:pieds?|poings?|batte|barre|baton|ceinture|fouet)|lui faire payer|qu'(?:il|elle|ils) (?:aille|aillent) se pendre|te faire payer|vous faire payer|merite(?:rait|raient)? (?:une|des|un) (?:bonne |bonnes )?(?:baffes?|claques?|gifles?|raclee|correction))\b`,
      weight: 0.85,
      examples: ['je vais te casser la gueule', 'Je vais lui défoncer la tronche', 'Je vais mettre le feu à votre établissement', 'mériterait une bonne baffe', 'Je vais le retrouver et lui faire payer', 'Qu\'il aille se pendre'],
      counterExamples: ['le DJ a mis le feu à la soirée', 'nous allons retrouver nos amis'],
    },
    {
      id: 'fr.violence-threat.stalking',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:je sais|on sait|je connais|on connait|j'ai trouve|j'ai)\b[^.!?]{0,15}\b(?:ou (?:tu|il|elle|vous) (?:habites?|habitez|vit|vis|vivez|gares?|garez|dort|dors)|(?:quand|que|a quelle heure) (?:tu|il|elle|vous) (?:finis|finit|finissez|sors|sort|sortez|termine\w{0,2}|pars|part)|(?:ton|son|votre) adresse|l'adresse (?:du|de la|de ton|de votre) (?:gerant|patron|proprio|proprietaire|directeur|directrice|chef|serveur|serveuse))\b|\b(?:il|elle|vous|tu) (?:vas?|allez) voir ce qui (?:l'|t'|vous )\s?attend\b|\b(?:qu'il|qu'elle) fasse attention a (?:lui|elle)\b|\bje (?:le|la|te|vous) (?:choperai|retrouverai|attendrai|chope|coincerai)\b|\bfais gaffe a toi\b|\b(?:ca|cela) va mal (?:se passer|finir|tourner) pour (?:vous|toi|lui|elle|eux)\b|\b(?:vous allez|tu vas|il va|elle va) le regretter amerement\b|\bsurveille tes arrieres\b|\bcomprendre (?:sa|ta|votre|leur) douleur\b|\b(?:on|je) (?:va|vais|viendra|viendrai) (?:venir )?(?:te|vous|lui) rendre (?:une petite )?visite\b|\bon se (?:verra|reverra|retrouvera|croisera) (?:sur le parking|dehors|a la sortie)\b`,
      weight: 0.8,
      examples: ['Je connais l\'adresse du gérant', 'il va voir ce qui l\'attend', 'On sait où tu habites', 'Je le choperai dehors', 'je sais où il gare sa voiture', 'sinon ça va mal se passer pour vous', 'Je sais que tu finis ton service à minuit', 'On se verra sur le parking', 'on va venir te rendre visite avec les potes', 'il va comprendre sa douleur'],
      counterExamples: ['je sais où se trouve la gare'],
    },
  ],
};
export default family;
