/** French context cues (rules/types.ts "ContextCues" says how the engine applies each list). */
import type { ContextCues } from '../types';

const cues: ContextCues = {
  lang: 'fr',
  // Checked in the 6 words before a negatable match, same clause. "pas que" / "non seulement" are not negations.
  negations: [
    String.raw`\bpas(?! que\b| seulement\b| mal\b)`,
    String.raw`\bpoint de\b`,
    String.raw`\bjamais\b`,
    String.raw`\baucune?s?\b`,
    String.raw`\bsans\b`,
    String.raw`\bni\b`,
    String.raw`\brien\b`,
    String.raw`\bguere\b`,
    String.raw`\bnul(?:le)? (?:trace|part)\b`,
    String.raw`\bnon(?! seulement\b)`,
    String.raw`\bzero\b`,
    String.raw`\bcontrairement\b`,
    String.raw`\bmalgre\b`,
    String.raw`\bloin d'(?:etre|avoir)\b`,
    String.raw`\bplus de\b`,
    String.raw`\bpas l'ombre d'une?\b`,
  ],
  // A completed gesture near a refund/offer: not a demand ("ils nous ont remboursé sans qu'on demande").
  reported: [
    String.raw`\b(?:ils|elle|il|on|la direction|le gerant|la gerante|le patron|la patronne|le chef|l'hotel|le restaurant|le serveur|la serveuse|la reception|l'equipe|le personnel|le manager) (?:nous |m'|me |leur |lui )?(?:ont|a|avaient|avait) (?:spontanement |gentiment |aussitot |immediatement |tout de suite |directement )?(?:rembourse|offert|propose|accorde|fait|consenti|donne|ajoute|surclasse)`,
    String.raw`\b(?:nous|m'|me) (?:a|ont) (?:ete )?(?:rembourse|offerte?|offerts|propose|accorde)`,
    String.raw`\b(?:avons|ai|a) ete (?:rembourses?|remboursee?s?|dedommagee?s?|surclassee?s?|indemnisee?s?)`,
    String.raw`\bsans (?:qu'on|que nous|que je|qu'on ait|meme) (?:ait |ayons |aie )?(?:a )?(?:demande|demander|rien demande)`,
    String.raw`\b(?:geste commercial|remboursement|surclassement|reduction|remise) (?:tres )?(?:appreciee?|bienvenue?|genereu\w{1,3}|spontane\w{0,2}|immediat\w{0,2})`,
    String.raw`\b(?:offerte?s?) par la maison\b`,
    String.raw`\b(?:merci|bravo) pour (?:ce|le|la|cette|votre) (?:geste|remboursement|surclassement|attention|reduction)`,
    String.raw`\bnous (?:l'|les )?(?:ont|a) (?:rembourse|offerte?)`,
    String.raw`\b(?:on|ils|elle|il) nous l'a (?:donnee?|offerte?|accordee?)`,
    String.raw`\b(?:a|ont) (?:bien )?ete rembourse\w{0,2}\b`,
    // a future perfect (\"quand j'aurai reçu le remboursement\") is a condition, not a completed gesture
    String.raw`(?<!\b(?:aurai|aurons|aura|aurez|auront|avoir) )\b(?:eu|obtenu|recu) (?:un|le|mon|notre|leur) (?:remboursement|geste|avoir|dedommagement|surclassement|bon)`,
    String.raw`\bje l'ai (?:obtenu|eu|recu)\b`,
    // remercier pour un avantage le dit reçu : "je tiens à remercier l'équipe pour le surclassement offert"
    String.raw`\b(?:merci|remercier|remercie|remercions)\b(?! d'avance| par avance)[^.!?]{0,40}\bpour\b(?! votre (?:comprehension|reponse|retour))`,
    // une demande passée et refusée est close : "nous avons demandé un remboursement, refusé"
    String.raw`\b(?:nous avons|j'ai|on a|j'avais|nous avions|on avait) (?:deja )?(?:demande|reclame|sollicite)\b[^.!?]{0,50}\b(?:refuse\w{0,2}|rejete\w{0,2}|decline\w{0,2}|en vain|sans succes|rien obtenu|on nous a dit non)`,
  ],
  positivePromise: [
    String.raw`\b(?:dithyrambique|elogieu\w{1,3}|excellent avis|super avis|tres bon avis|bon avis|avis positif|avis tres positif|avis (?:a |de )?(?:5|cinq) etoiles|(?:5|cinq) etoiles|avis elogieux|critique elogieuse|que du bien|le plus grand bien|avec plaisir|recommanderai partout|publicite positive)\b`,
  ],
  sarcasm: [
    String.raw`\bmerci pour rien\b`,
    String.raw`\bmerci du (?:cadeau|fond du coeur pour rien)\b`,
    String.raw`\bbravo,? vraiment,? merci\b`,
    String.raw`\bquelle (?:belle|bonne|superbe|magnifique|merveilleuse|formidable) (?:experience|soiree|surprise|accueil|journee|nuit)\.(?=[^!?]{0,80}\b(?:attente|tiede|froide?|sale|ratee?|heures?|minutes|jamais|aucune?)\b)`,
    String.raw`\b(?:un grand |mille )?merci pour (?:cette|ce) (?:soiree|sejour|repas|diner|week-end|moment|accueil) (?:ratee?|gache\w{0,2}|catastrophique|desastreu\w{1,3}|pourri\w{0,2}|horrible|glacial)\b`,
    String.raw`\bc'est du propre\b`,
    String.raw`\ba peine (?:\d ?h|une heure|deux heures|trois heures)`,
    String.raw`\b(?:il )?fallait le faire\b|\b(?:chaleur humaine|amabilite|sens du service|sourire|rapidite) (?:legendaire|proverbiale)\b`,
    String.raw`\b(?:genial|super|parfait|top|magnifique|bravo|chapeau)\.? ?(?:\(ironie\)|#ironie|ironie)`,
    String.raw`\bvraiment au top\.? (?:ou pas|non)\b`,
    // praise right before scare quotes: "Super, la « vue mer » : un mur"
    String.raw`\b(?:super|genial|top|parfait|bravo|magnifique|formidable|chouette),? (?:la|les?|l'|votre|notre) ?"`,
  ],
  // "si", "sinon", "à défaut"… raise the blackmail confidence of a demand or threat in the same sentence.
  conditionals: [
    String.raw`\bsi (?:vous|tu|je|j'|jai|on|nous|la direction|le gerant|rien)\b`,
    String.raw`\bs'il n'y a pas\b`,
    String.raw`\bsi\b[^.!?]{0,60}\b(?:pas|plus|jamais)\b`,
    String.raw`\bsinon\b`,
    String.raw`\bfaute de quoi\b`,
    String.raw`\ba defaut\b`,
    String.raw`\bsans quoi\b`,
    String.raw`\btant qu(?:e\b|')`,
    String.raw`\bune fois (?:rembourse|dedommage|que)\w{0,2}`,
    String.raw`\bdes que\b`,
    String.raw`\ben echange\b`,
    String.raw`\ba condition\b`,
    String.raw`\b(?:a moins (?:que|d')|passe ce delai)`,
    String.raw`\bsoit vous\b`,
    String.raw`\bou bien\b`,
    String.raw`\bmoyennant\b`,
    String.raw`\bvous avez jusqu\b`,
    String.raw`\bdans le cas contraire\b`,
    String.raw`\bsans (?:geste|reponse|remboursement|retour|dedommagement|nouvelles?)\b`,
    // deadlines, "ça me va" offers, a forced hand ("je n'aurai pas le choix")
    String.raw`\b(?:je vous laisse (?:le|la|\d|jusqu|quelques|deux|trois)|(?:ca|cela) me (?:va|conviendrait|suffira)|il suffirait|pas le choix|(?:serais?|me verrai) (?:bien )?(?:oblige|contraint)e?|rattraper le coup|vous rattraper|une (?:derniere )?chance|en attendant (?:votre|vos)|meilleure (?:facon|maniere) de|(?:trouverez|trouver) (?:un moyen|une solution)|a vous de (?:voir|choisir)|pour (?:l'instant|le moment)|a l'amiable|s'entendre)\b`,
    String.raw`\bsous \d{1,3} ?(?:h|heures?|jours?)\b`,
    String.raw`\bd'ici (?:demain|ce soir|vendredi|lundi|la fin de)\b`,
    String.raw`\bnous nous comprenons\b`,
    String.raw`\b(?:je ne voudrais pas|je n'aimerais pas|j'aimerais eviter|je prefererais ne pas|il serait dommage)\b`,
    String.raw`\b(?:la )?meilleure solution pour tout le monde\b`,
    String.raw`\b(?:reste|restait|restera) sans (?:suite|reponse)\b`,
    String.raw`\b(?:un arrangement|nous arranger|s'arranger|trouver un accord|terrain d'entente)\b`,
    String.raw`\bon se comprend\b`,
    String.raw`\b(?:si )?vous voyez ce que je veux dire\b`,
    String.raw`\ba bon entendeur\b`,
    String.raw`\bplutot que\b`,
  ],
};
export default cues;
