/** French: a third party who says they were paid or ordered to post negative reviews (extortion scam). */
import type { RuleFamily } from '../types';

const NEG_REVIEWS = String.raw`(?:faux avis|avis bidons?|avis negatifs?|mauvais avis|avis (?:a |d')?(?:1|une|0|zero) etoiles?|avis frauduleux|commentaires negatifs|notes? negatives?|critiques negatives|(?:couler|plomber|saboter|torpiller|pourrir|descendre) (?:votre|ta|sa|leur) (?:note|fiche|reputation|page))`;

const family: RuleFamily = {
  lang: 'fr',
  family: 'third-party-extortion',
  rules: [
    {
      id: 'fr.third-party-extortion.paid_to_post',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:(?:nous|me|m'|les) ?(?:paie|paye|payent|paient|payait|payaient|remunere|a paye|ont paye)\b[^.!?]{0,15}\bpour (?:poster|publier|ecrire|mettre|laisser|deposer|rediger)\b[^.!?]{0,30}\b(?:avis|commentaires|notes|etoiles|critiques)\b)|\b(?:payee?|payes|remuneree?|remuneres|mandatee?|mandates|engagee?|engages|chargee?|charges|missionne|recrute)s? (?:pour|de|afin de) (?:poster|publier|ecrire|mettre|laisser|deposer|rediger)\b[^.!?]{0,30}\b(?:avis|commentaires|notes|etoiles|critiques)\b`,
      weight: 0.9,
      examples: ['j\'ai été payé pour poster des avis négatifs sur votre restaurant', 'Votre concurrent nous paie pour laisser des avis négatifs'],
      counterExamples: ['payé pour rien, pas de vue'],
    },
    {
      id: 'fr.third-party-extortion.ordered',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:ordre|commande|commandite|commanditaire|mission|contrat|client nous a demande|on nous a demande|on m'a demande|concurrents? (?:m'|nous )(?:a|ont) (?:demande|charge|paye\w?)|sur (?:notre|ma) liste|(?:ferme|reseau) de (?:faux )?comptes)\b[^.!?]{0,60}\b${NEG_REVIEWS}`,
      weight: 0.85,
      examples: ['nous avons reçu l\'ordre de publier 30 avis une étoile', 'on nous a commandé des faux avis négatifs contre votre hôtel', 'un de vos concurrents m\'a demandé de couler votre note sur Google', 'sur notre liste pour lundi : une trentaine d\'avis une étoile'],
      counterExamples: ['nous avons commandé des pizzas, très bonnes'],
    },
    {
      id: 'fr.third-party-extortion.we_posted',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:nous avons|j'ai|on a) (?:deja )?(?:poste|publie|depose|mis|laisse|ecrit)\b[^.!?]{0,15}\b(?:\d{1,4} |plusieurs |de nombreux |des )${NEG_REVIEWS}`,
      weight: 0.8,
      examples: ['nous avons déjà posté 10 avis négatifs'],
      counterExamples: ['j\'ai laissé des avis positifs partout'],
    },
    {
      id: 'fr.third-party-extortion.make_it_stop',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:si vous voulez que (?:ca|cela|tout ca) s'arrete|pour que (?:ca|cela) s'arrete|on arrete tout|pour (?:stopper|arreter|bloquer|empecher|eviter) (?:la vague|les avis|ces avis|l'avalanche|la campagne)|(?:payez|versez|reglez)[^.!?]{0,20}\bet (?:on|nous) (?:arrete|arretons|stoppe|stoppons|retire|retirons|supprime|supprimons)|nous arreterons|nous arretons|pour les (?:faire )?(?:retirer|supprimer|effacer)|faire cesser les avis|stopper les avis|arreter les avis|campagne de (?:denigrement|faux avis)[^.!?]{0,30}\b(?:interrompre|stopper|arreter|se poursuivra|continuera)|(?:pouvons|peut) (?:les |vous )?faire (?:supprimer|retirer|effacer|disparaitre)|(?:on|nous) (?:peut|pouvons) (?:aussi |egalement )?en (?:rajouter|ajouter|poster)|faire en sorte qu'(?:ils|elles) (?:continuent|cessent|s'arretent))\b`,
      weight: 0.6,
      examples: ['Si vous voulez que ça s\'arrête, contactez-moi', 'Pour les faire retirer, il vous suffit', 'Pour stopper la vague d\'avis négatifs qui arrive', 'une campagne de dénigrement que nous pouvons interrompre', 'Notre société peut les faire supprimer en 48h', 'On peut aussi en rajouter'],
      counterExamples: ['le bruit ne s\'arrête jamais'],
    },
    {
      id: 'fr.third-party-extortion.announced',
      signal: 'third_party_extortion',
      pattern: String.raw`\b${NEG_REVIEWS}\b[^.!?]{0,20}\b(?:vont etre|seront|vont|allons les|allez recevoir) (?:commencer a )?(?:publies|postes|deposes|mis en ligne|arriver|tomber|apparaitre)\b|\b(?:pour|si vous (?:souhaitez|voulez)) (?:l'|les )?eviter,? (?:contactez|ecrivez|appelez|payez|versez)`,
      weight: 0.8,
      examples: ['Plusieurs avis une étoile vont être publiés sur votre fiche cette semaine. Pour l\'éviter, contactez-nous', 'des avis négatifs vont commencer à apparaître sur votre page', '20 avis d\'une étoile seront déposés'],
      counterExamples: ['les avis négatifs seront lus par la direction'],
    },
    {
      id: 'fr.third-party-extortion.hired',
      signal: 'third_party_extortion',
      pattern: String.raw`\bmandatee?s? par (?:une?|des|votre|vos|l'un de vos) (?:clients?|concurrents?|tiers|commanditaire)\b|\b(?:aucun avis|aucun commentaire|aucune critique) ne sera (?:publie|poste|mis en ligne)\b|\bprochaine cible\b|\bsauf accord financier\b`,
      weight: 0.8,
      examples: ['nous avons été mandatés par un client mécontent', 'Payez 250 € et aucun avis ne sera publié', 'Votre fiche sera notre prochaine cible sauf accord financier'],
      counterExamples: ['un cabinet mandaté par la mairie a inspecté la cuisine'],
    },
  ],
};
export default family;
