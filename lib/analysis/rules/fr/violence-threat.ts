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
    // structures (classes de mots) : intention + atteinte au corps ; « avertissement » à un employé ; publier l'adresse
    {
      id: 'fr.violence-threat.harm_structure',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:(?:je vais|on va|je compte|j'irai)(?: \w+){0,2} (?:lui|leur|te|vous) (?:casser|peter|briser|defoncer|eclater|arracher|demolir|fracasser)|je (?:lui|leur|te|vous) (?:casserai|peterai|briserai|defoncerai|eclaterai|arracherai)) (?:la|les|le|sa|ses|ta|tes|son|ton) (?:machoire|nez|dents|jambes|bras|crane|cotes|doigts|genoux|tete|figure|gueule)\b`,
      weight: 0.9,
      examples: ['ce serveur, je vais lui casser les dents', 'je lui briserai les jambes'],
      counterExamples: ['je vais lui laisser la tête reposée', 'on va casser la croûte'],
    },
    {
      id: 'fr.violence-threat.safety_warning',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:dites|dis|prevenez|previens) (?:a |au |aux )?(?:votre |ton |ta |vos |tes |la |le |l')?(?:cuisinier|cuisiniere|chef|serveur|serveuse|receptionniste|portier|videur|patron|patronne|gerant|gerante|proprietaire|employe|employee|barman|femme de chambre)\b[^.!?]{0,80}\b(?:seule?s?|dans le noir|la nuit|en rentrant|sur le chemin|faire attention|de se mefier)\b`,
      weight: 0.8,
      examples: ['Dites à votre cuisinier de ne pas rentrer seul ce soir', 'Prévenez la serveuse de faire attention en rentrant'],
      counterExamples: ['dites au réceptionniste que vous arrivez tard, il vous donnera la clé'],
    },
    {
      id: 'fr.violence-threat.publish_details',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:je vais|on va|je compte|je vais bientot)(?: \w+){0,1} (?:publier|diffuser|poster|partager|balancer|afficher) (?:son|leur|ton|votre) (?:adresse|numero|telephone|nom complet)\b|\b(?:je sais|on sait) (?:dans quel(?:le)?|quel(?:le)?) \w+ (?:il|elle|tu|vous) (?:habite|habites|habitez|vit|vis|vivez)\b`,
      weight: 0.9,
      examples: ['je vais publier son adresse', 'je sais dans quelle rue elle habite'],
      counterExamples: ['je vais publier mes photos', 'je sais dans quel quartier se trouve la gare'],
    },
  ],
};
export default family;
