/** French: context cues and stopwords for the checker. */
import type { CheckLanguageCues } from '../types';

export const cues: CheckLanguageCues = {
  lang: 'fr',
  negations: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'aucuns', 'nul', 'nulle', 'sans', 'ni', 'rien', 'refusons de', 'aucunement', 'nullement'],
  contrasts: ['mais', 'cependant', 'toutefois', 'pourtant', 'neanmoins', 'sauf'],
  ownContact: ['contactez-nous', 'contacter', 'ecrivez-nous', 'appelez-nous', 'joignez-nous', 'nous joindre', 'nous ecrire', 'nous appeler', 'nous contacter', 'notre (?:numero|telephone|ligne|adresse|e-?mail|courriel|reception|accueil|standard|equipe|service)(?: [a-z\\-]{1,14})?', 'nos coordonnees', '(?:reception|accueil|service client|standard)', 'directement (?:au|a)', 'joignable (?:au|a)', 'nous (?:au|a l\'adresse)'],
  closings: ['cordialement', 'bien cordialement', 'bien a vous', 'salutations', 'sinceres salutations', 'meilleures salutations', 'au plaisir', 'a bientot', 'avec nos remerciements', 'tres cordialement', 'respectueusement', 'amicalement', 'l\'equipe'],
  roles: ['directeur', 'directrice', 'gerant', 'gerante', 'responsable', 'proprietaire', 'chef', 'reception', 'receptionniste', 'accueil', 'concierge', 'gouvernante', 'serveur', 'serveuse', 'sommelier', 'equipe', 'collegue', 'je suis', 'je m\'appelle', 'au nom de', 'fondateur', 'fondatrice', 'manager', 'maitre d\'hotel', 'hotel', 'restaurant', 'ristorante', 'albergo', 'gasthof', 'gasthaus', 'pension', 'auberge', 'brasserie', 'trattoria', 'osteria', 'hostal', 'posada', 'bistro', 'residence'],
  greetings: ['bonjour', 'bonsoir', 'cher', 'chere', 'chers', 'cheres', 'madame', 'monsieur', 'merci', 'salut', 'hello'],
  apologies: ['desole\\w{0,2}', 'excus\\w{0,6}', 'regret\\w{0,6}', 'pardon'],
  complaintCues: ['sale', 'salete', 'bruit\\w{0,3}', 'decu\\w{0,2}', 'decevant\\w?', 'deception', 'horrible', 'catastroph\\w{0,4}', 'impoli\\w?', 'desagreable\\w?', 'froid\\w?', 'inadmissible', 'inacceptable', 'pire', 'plus jamais', 'odeur\\w?', 'cass\\w{1,3}', 'en panne', 'plainte', 'attendu', 'mauvais\\w?', 'nul'],
  stopwords: ['je', "j'ai", 'il', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'nous', 'vous', 'votre', 'vos', 'notre', 'nos', 'pour', 'avec', 'dans', 'que', 'qui', 'pas', 'sur', 'au', 'aux', 'ce', 'cette', 'sont', 'avons', 'avez', 'mais', 'tres', 'merci', 'ou', 'ete', 'etait', 'etre', 'sejour', 'bien', 'ne', "d'un", "d'une", "c'est", 'leur', 'de', 'en', 'a', 'il', 'elle', 'ils', 'se', 'sa', 'son', 'ses', 'tout', 'tous', 'aussi', 'deja', 'encore'],
};
