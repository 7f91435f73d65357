/** French: a threat to post, keep, spread or worsen a review (future, conditional or ultimatum form). */
import type { RuleFamily } from '../types';

// Where a review lives: the words that make "I will write …" about a review.
const REVIEW = String.raw`(?:avis|commentaires?|notes?|etoiles?|critiques?|google|tripadvisor|trip advisor|trip|booking|facebook|insta|instagram|tiktok|yelp|thefork|la fourchette|internet|en ligne|reseaux|partout|sites d'avis|les sites|plateformes|ma communaute|mes abonnes|mes followers|mes lecteurs)`;

const family: RuleFamily = {
  lang: 'fr',
  family: 'review-threat',
  rules: [
    {
      id: 'fr.review-threat.future',
      signal: 'review_threat',
      pattern: String.raw`\b(?:(?:vais|allons|va|vont|compte|comptons|risque)(?: vous| te| en)? (?:ecrire|mettre|poster|publier|laisser|rediger|donner|partager|raconter|balancer|signaler|noter|coller|deposer)|ecrirai|ecrirons|mettrai|mettrons|posterai|posterons|publierai|publierons|laisserai|laisserons|redigerai|partagerai|raconterai|balancerai|noterai|collerai|deposerai)\b[^.!?]{0,50}\b${REVIEW}\b`,
      weight: 0.55,
      examples: ['je publierai un avis détaillé sur Google', 'je vais écrire un mauvais avis', 'je vais vous mettre une étoile'],
      counterExamples: ['je reviendrai avec plaisir', 'nous allons revenir'],
      note: 'a glowing promise ("je vais mettre un avis dithyrambique") is cancelled by the positive-promise cues',
    },
    {
      id: 'fr.review-threat.ultimatum',
      signal: 'review_threat',
      pattern: String.raw`\b(?:sinon|ou bien|faute de quoi|a defaut|sans quoi|autrement|ou je|ou on|sans retour|sans reponse|sans geste|dans le cas contraire|si ce n'est pas le cas|si rien n'est fait)\b[^.!?]{0,90}\b${REVIEW}\b`,
      weight: 0.7,
      examples: ['sinon j\'écris un mauvais avis sur TripAdvisor', 'ou je laisse cet avis en ligne pour toujours', 'À défaut de réponse sous 48h, je publierai un avis', 'sinon avis negatif sur google', 'ou je mets un avis 1 étoile ce soir'],
      counterExamples: ['sinon la chambre était propre', 'ou bien le dessert, au choix'],
    },
    {
      id: 'fr.review-threat.stars',
      signal: 'review_threat',
      pattern: String.raw`\b(?:mets|met|mettre|mettrai|mettrais|colle|coller|collerai|donne|donner|donnerai|laisse|laisser|laisserai)(?: vous| te)? (?:0|zero|1|une|un|deux|2) (?:seule )?etoiles?\b`,
      weight: 0.5,
      examples: ['je vous mets 1 etoile partout', 'je vais vous coller une étoile'],
      counterExamples: ['je mets cinq étoiles sans hésiter'],
      note: 'weak: a guest may also say "j\'hésite à mettre une étoile"; it needs a demand to become blackmail',
    },
    {
      id: 'fr.review-threat.everyone_will_know',
      signal: 'review_threat',
      pattern: String.raw`\b(?:tout le monde (?:saura|le saura|va savoir|sera au courant)|je vais (?:vous )?faire une (?:sale )?pub|je vais (?:vous )?faire (?:de la )?mauvaise pub|je vais (?:vous )?detruire (?:votre )?(?:reputation|e-reputation)|votre reputation va en prendre un coup)`,
      weight: 0.6,
      examples: ['soit tout le monde saura sur insta et trip ce que vaut votre resto', 'je vais vous faire de la mauvaise pub'],
      counterExamples: ['tout le monde était adorable'],
    },
    {
      id: 'fr.review-threat.veiled_measure',
      signal: 'review_threat',
      pattern: String.raw`\b(?:avis|commentaire|note|critique)\b[^.!?]{0,40}\bsera (?:a la hauteur|a la mesure|proportionne|a l'image)\b`,
      weight: 0.6,
      examples: ['mon avis sur Booking sera à la hauteur de ma déception'],
      counterExamples: ['le repas sera à la hauteur, j\'en suis sûr'],
    },
    {
      id: 'fr.review-threat.tell_online',
      signal: 'review_threat',
      pattern: String.raw`\b(?:raconter|decrire|relater|detailler|exposer|parler de|devoiler|etaler|partager|faire part de|informer (?:les|vos) (?:autres|futurs) clients|prevenir (?:les|vos) (?:autres|futurs) clients)\b[^.!?]{0,40}\b(?:en ligne|via google|via tripadvisor|sur (?:tous )?les sites|sur les plateformes|a ma communaute|a mes abonnes|sur internet|sur le net|sur les reseaux|publiquement|sur google|sur tripadvisor|sur booking|sur facebook|sur instagram|sur tiktok)\b`,
      weight: 0.55,
      examples: ['J\'aimerais ne pas avoir à raconter ce séjour en ligne', 'je vais tout détailler sur Google', 'je serai contraint de partager mon expérience sur TripAdvisor', 'je me ferai un plaisir de détailler votre accueil sur tous les sites d\'avis'],
      counterExamples: ['raconter notre soirée à nos amis'],
    },
    {
      id: 'fr.review-threat.deadline',
      signal: 'review_threat',
      pattern: String.raw`\b(?:vous avez|je vous laisse|il vous reste)\b[^.!?]{0,30}\b(?:jusqu'a|jusqu'au|avant|\d{1,3} ?(?:h|heures?|jours?))\b[^.!?]{0,80}\b${REVIEW}\b`,
      weight: 0.5,
      examples: ['Vous avez jusqu\'à ce soir pour me faire un geste sinon avis negatif sur google'],
      counterExamples: ['vous avez jusqu\'à midi pour libérer la chambre'],
    },
    {
      id: 'fr.review-threat.you_will_get',
      signal: 'review_threat',
      pattern: String.raw`\bvous (?:allez|aurez|allez recevoir|risquez d'avoir|risquez de recevoir|recevrez|allez vous prendre|prendrez)\b[^.!?]{0,25}\b(?:avis|commentaires?|note|etoiles?|critiques?)\b`,
      weight: 0.5,
      examples: ['vous allez avoir un avis bien salé sur google', 'vous risquez d\'avoir une mauvaise note'],
      counterExamples: ['vous aurez une belle chambre'],
      note: '"vous aurez cinq étoiles" as a reward is a conditional edit, cancelled here by the positive-promise cues',
    },
    {
      id: 'fr.review-threat.rather_than_public',
      signal: 'review_threat',
      pattern: String.raw`\b(?:entre nous|a l'amiable|discretement|en prive|directement)\b[^.!?]{0,30}\bplutot que\b[^.!?]{0,20}\b(?:sur|en|par) (?:google|tripadvisor|booking|internet|ligne|les reseaux|public|avis)\b`,
      weight: 0.6,
      examples: ['Je préfère régler cela entre nous plutôt que sur Google'],
      counterExamples: ['régler entre nous la note du dîner'],
    },
    {
      id: 'fr.review-threat.worsen',
      signal: 'review_threat',
      pattern: String.raw`\b(?:note|avis|etoiles?|evaluation)\b[^.!?]{0,15}\b(?:baisse|baissera|baisserait|descend|descendra|chutera|va baisser|va descendre)\b|\b(?:baisserai|descendrai|retirerai une etoile|enleverai une etoile)\b`,
      weight: 0.45,
      examples: ['donc la note baisse encore', 'je baisserai encore ma note'],
      counterExamples: ['la note était raisonnable'],
    },
    {
      id: 'fr.review-threat.demolish',
      signal: 'review_threat',
      pattern: String.raw`\b(?:demoli\w{1,4}|detrui\w{1,4}|descendr\w{1,4}|incendier|incendierai|massacr\w{1,4}|flinguer|flinguerai|pourrir|pourrirai|defonc\w{1,4}|allumer|allumerai|basher|lyncher)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.65,
      examples: ['soit je vous démolis sur TripAdvisor', 'je vais vous pourrir sur Google'],
      counterExamples: ['le bâtiment a été démoli en 1990'],
    },
  ],
};
export default family;
