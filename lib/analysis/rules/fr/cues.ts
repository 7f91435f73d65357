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
    String.raw`\b(?:nous|m'|me) (?:a|ont) (?:ete )?(?:rembourse|offert|offerte|offerts|propose|accorde)`,
    String.raw`\b(?:avons|ai|a) ete (?:rembourses?|remboursee?s?|dedommagee?s?|surclassee?s?|indemnisee?s?)`,
    String.raw`\bsans (?:qu'on|que nous|que je|qu'on ait|meme) (?:ait |ayons |aie )?(?:a )?(?:demande|demander|rien demande)`,
    String.raw`\b(?:geste commercial|remboursement|surclassement|reduction|remise) (?:tres )?(?:apprecie|appreciee|bienvenue?|genereu\w{1,3}|spontane\w{0,2}|immediat\w{0,2})`,
    String.raw`\b(?:offert|offerte|offerts|offertes) par la maison\b`,
    String.raw`\b(?:merci|bravo) pour (?:ce|le|la|cette) (?:geste|remboursement|surclassement|attention|reduction)`,
    String.raw`\bnous (?:l'|les )?(?:ont|a) (?:rembourse|offert|offerte)`,
    String.raw`\b(?:on|ils|elle|il) nous l'a (?:donnee?|offerte?|accordee?)`,
    String.raw`\b(?:a|ont) (?:bien )?ete rembourse\w{0,2}\b`,
  ],
  positivePromise: [
    String.raw`\b(?:dithyrambique|elogieu\w{1,3}|excellent avis|super avis|tres bon avis|bon avis|avis positif|avis tres positif|avis (?:a |de )?(?:5|cinq) etoiles|(?:5|cinq) etoiles|avis elogieux|critique elogieuse|que du bien|le plus grand bien|avec plaisir|recommanderai partout|publicite positive)\b`,
  ],
  sarcasm: [
    String.raw`\bmerci pour rien\b`,
    String.raw`\bmerci du (?:cadeau|fond du coeur pour rien)\b`,
    String.raw`\bbravo,? vraiment,? merci\b`,
    String.raw`\bquelle (?:belle|bonne|superbe|magnifique|merveilleuse|formidable) (?:experience|soiree|surprise|accueil|journee|nuit)\.(?=[^!?]{0,80}\b(?:attente|tiede|froide?|sale|ratee?|heures?|minutes|jamais|aucun|aucune)\b)`,
    String.raw`\b(?:un grand |mille )?merci pour (?:cette|ce) (?:soiree|sejour|repas|diner|week-end|moment|accueil) (?:ratee?|gache\w{0,2}|catastrophique|desastreu\w{1,3}|pourri\w{0,2}|horrible|glacial)\b`,
    String.raw`\bc'est du propre\b`,
    String.raw`\b(?:genial|super|parfait|top|magnifique|bravo|chapeau)\.? ?(?:\(ironie\)|#ironie|ironie)`,
    String.raw`\bvraiment au top\.? (?:ou pas|non)\b`,
  ],
  // "si", "sinon", "à défaut"… raise the blackmail confidence of a demand or threat in the same sentence.
  conditionals: [
    String.raw`\bsi (?:vous|tu|je|j'|jai|on|nous|la direction|le gerant|rien)\b`,
    String.raw`\bs'il n'y a pas\b`,
    String.raw`\bsinon\b`,
    String.raw`\bfaute de quoi\b`,
    String.raw`\ba defaut\b`,
    String.raw`\bsans quoi\b`,
    String.raw`\btant que\b`,
    String.raw`\bune fois (?:rembourse|dedommage|que)\w{0,2}`,
    String.raw`\bdes que\b`,
    String.raw`\ben echange\b`,
    String.raw`\ba condition\b`,
    String.raw`\bsoit vous\b`,
    String.raw`\bou bien\b`,
    String.raw`\bmoyennant\b`,
    String.raw`\bvous avez jusqu\b`,
    String.raw`\bdans le cas contraire\b`,
    String.raw`\b(?:si )?vous voyez ce que je veux dire\b`,
    String.raw`\ba bon entendeur\b`,
    String.raw`\bplutot que\b`,
  ],
};
export default cues;
