/** Frequent French function words (normalised): a language-identification hint and the checker's mismatch rule. */
const stopwords: string[] = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'donc', 'car', 'ni', 'que', 'qui', 'quoi',
  'dont', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos',
  'votre', 'vos', 'leur', 'leurs', 'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'moi', 'toi',
  'lui', 'eux', 'au', 'aux', 'avec', 'pour', 'par', 'sur', 'sous', 'dans', 'chez', 'sans', 'vers', 'entre',
  'est', 'sont', 'etait', 'etaient', 'ete', 'etre', 'avoir', 'avons', 'avez', 'ont', 'avait', 'avaient', 'fait',
  'tres', 'pas', 'ne', 'plus', 'bien', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'encore', 'deja', 'meme', 'ici',
  'y', 'en', 'a', 'se', 'comme', 'quand', 'alors', 'puis', 'apres', 'avant', 'peu', 'trop', 'assez', "c'est", "j'ai",
  'quelqu\'un', 'quelque', 'chose', 'sait', 'peut', 'faut', 'janvier', 'fevrier', 'mars', 'avril',
  'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'nuit', 'soir', "n'est", "qu'il", "d'un", "d'une", "l'on", 'nous avons', 'il y a', 'vraiment', 'chambre', 'accueil', 'merci',
];
export default stopwords;
