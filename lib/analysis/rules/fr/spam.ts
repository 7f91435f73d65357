/** French: not an account of an experience with this business (ads, links, wrong business, politics, tests). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'spam',
  rules: [
    {
      id: 'fr.spam.link',
      signal: 'spam',
      pattern: String.raw`\b(?:https?:\/\/|w{2,3}\.)[a-z0-9-]{2,63}|\b(?=([a-z0-9-]{3,40}))\1\.(?:com|fr|net|org|io|biz|info|xyz|shop|site|online)\/[a-z0-9]`,
      weight: 0.55,
      examples: ['Cliquez ici : http://argent-facile.example.com', 'www.seo-boost.example.fr', 'promo sur cuisine-verte.net/offre'],
      note: 'the lookahead + back-reference takes the domain run once (no backtracking into it)',
      counterExamples: ['réservé sur Booking.com sans souci'],
    },
    {
      id: 'fr.spam.ad',
      signal: 'spam',
      pattern: String.raw`\b(?:gagnez \d|gagner \d{2,6} ?(?:€|euros?)|cliquez ici|cliquez sur (?:le|ce) lien|code promo|promo -?\d{1,2} ?%|achetez (?:des|nos|vos)|abonnes? (?:instagram|tiktok|youtube)|abonnez[- ]vous|visitez (?:mon|notre)|rendez[- ]vous sur (?:mon|notre) site|sur notre site|notre agence|agence seo|referencement|visibilite sur google|forfaits? a partir de|doubler votre (?:investissement|argent|capital)|rejoignez notre (?:groupe|canal|communaute)|resultats garantis|revenus? passifs?|trading|investissement garanti|depuis chez vous|livraison (?:gratuite|en \d{1,2} ?h)|offre limitee|etes[- ]vous interesse\w{0,2} par|nos services de|devis gratuit|creation de sites?|tarif special|offre speciale|repondez (?:oui|stop)|lien en bio|appelez(?:[- ]nous)?(?: le| au)? 0[1-9]|lien dans (?:ma |la |notre |mon )?(?:bio|profil)|(?:notre|ce) (?:sondage|jeu[- ]concours|concours)|sur ma chaine|je (?:cherche|recherche) (?:un emploi|un travail|un job|un stage|une alternance)|vous recrutez|recrutez[- ]vous|ma candidature|mon cv|decouvrez (?:notre|nos) (?:nouvelle|nouveau|nouveaux|nouvelles|collection|offres?|produits?)|boutique en ligne|notre (?:nouvelle )?collection|ce week-end seulement|-\d{1,2} ?% (?:ce|sur|avec|jusqu))\b`,
      weight: 0.85,
      examples: ['Gagnez 500€ par jour depuis chez vous', 'Achetez des abonnés Instagram pas chers sur notre site', 'Boostez votre visibilité sur Google', 'rejoignez notre groupe Telegram pour doubler votre investissement', 'Découvrez notre nouvelle collection sur notre boutique en ligne', 'je cherche un emploi de serveur, vous recrutez ?', 'participez à notre sondage, lien dans notre profil', 'le plombier, appelez le 06 12 34 56 78'],
      counterExamples: ['le code wifi était affiché', 'nous avons visité la ville'],
    },
    {
      id: 'fr.spam.wrong_business',
      signal: 'spam',
      pattern: String.raw`\b(?:trompee? de (?:fiche|page|etablissement|restaurant|hotel|adresse|lieu)|(?:mauvaise|mauvais) (?:fiche|page|etablissement)|mon avis concerne (?:la|le|l')\s?\w{3,20} d'en face|(?:cet|mon|un) avis (?:est )?(?:pour|concerne|sur) (?:la|le|l'|les) ?(?:pharmacie|boulangerie|garage|magasin|boutique|banque|poste|mairie|ecole|creche|supermarche|station|salon|cabinet|dentiste|medecin|coiffeur|parking|gare|centre commercial)|(?:pas|non) (?:pour )?(?:cet|ce|cette|l')\s?(?:hotel|restaurant|etablissement|resto)(?: mais| pas| desole)|je n'y suis jamais (?:allee?|entree?|venue?)|je ne suis jamais (?:allee?|venue?|entree?|restee?|descendue?) (?:dans|a|au|chez) (?:cet|ce|cette|votre|leur|l')|jamais mis les pieds)\b`,
      weight: 0.85,
      examples: ['je me suis trompé de fiche', 'Ceci est un avis pour la pharmacie du centre commercial', 'Mon avis concerne la boulangerie d\'en face', 'Je n\'y suis jamais allé mais'],
      counterExamples: ['nous reviendrons dans cet hôtel'],
      note: 'a reviewer who "never set foot" there is not writing about an experience',
    },
    {
      id: 'fr.spam.politics',
      signal: 'spam',
      pattern: String.raw`\b(?:le gouvernement|votez|aux (?:prochaines )?elections|presidentielle|macron|le pen|melenchon|zemmour|bardella|reveillez[- ]vous|les francais|immigration|les migrants|nos impots|le peuple)\b`,
      weight: 0.6,
      examples: ['Le gouvernement nous ruine avec ses taxes, votez pour le changement'],
      counterExamples: ['nous avons payé la taxe de séjour'],
    },
    {
      id: 'fr.spam.test_or_question',
      signal: 'spam',
      pattern: String.raw`^(?:test\b|testing\b|essai\b)|\btest test\b|\b(?:ptdr|jsp|mdr|je vends)\b|\bme contacter en (?:prive|mp)\b|\bje (?:teste|testais) (?:juste )?(?:l'application|l'appli|le site|google)|\bquelqu'un (?:sait|saurait|connait)\b|\b(?:vive|allez) (?:le psg|l'om|l'ol|paris|marseille|lyon|les bleus)\b`,
      weight: 0.6,
      examples: ['Test test 1 2 3, je teste juste l\'application.', 'Quelqu\'un sait si la piscine municipale ouvre en juillet ?', 'Vive le PSG !', 'lol ptdr jsp pk je suis là mdr', 'Je vends mon vélo, me contacter en privé'],
      counterExamples: ['nous avons testé le menu dégustation'],
    },
    {
      id: 'fr.spam.gibberish',
      signal: 'spam',
      pattern: String.raw`\b(?:azerty|qwerty|qsdf\w{0,4}|wxcv\w{0,4}|poiu\w{0,4}|mlkj\w{0,4}|uiop\w{0,3}|asdf\w{0,4}|(?!dgccrf|https?\b|www)[b-df-hj-np-tv-xz]{5,12})\b`,
      weight: 0.45,
      examples: ['azdkjh qsdlkj qsdmlk azerty', 'dfghjk'],
      counterExamples: ['un rythme lent', 'strict mais juste', 'je saisirai la DGCCRF', 'voir https://photos'],
      note: 'keyboard mashes and vowel-less words; the engine also judges text it cannot read',
    },
    {
      id: 'fr.spam.travel_question',
      signal: 'spam',
      pattern: String.raw`^(?:bonjour,? )?(?:quelqu'un|qui|pouvez-vous|pourriez-vous|a quelle heure|quelle|quels?|quelles|ou|comment|est-ce que|savez-vous)\b[^.!?]{0,100}\?`,
      weight: 0.5,
      examples: ['Quelle est la meilleure période pour visiter Annecy ?', 'Qui organise le feu d\'artifice du 14 juillet sur le port ?'],
      counterExamples: ['Quel accueil ! Tout était parfait.'],
      note: 'weak: off-topic only when the text says little about an experience',
    },
    // classes de mots d'autres sujets : un service qui n'est pas ce lieu ; la chose publique. Faible seul (category.ts)
    {
      id: 'fr.spam.other_service',
      signal: 'spam',
      pattern: String.raw`\b(?:recommander|conseiller|connait|connaissez|cherche|cherchons) (?:un |une )?(?:bon |bonne |excellent )?(?:dentiste|medecin|generaliste|avocat|avocate|plombier|electricien|mecanicien|garagiste|coiffeur|coiffeuse|veterinaire|baby-sitter|nounou|moniteur d'auto-ecole|comptable|serrurier|agent immobilier|kine)\b`,
      weight: 0.5,
      examples: ['Quelqu\'un peut me conseiller un bon dentiste dans le coin ?', 'je cherche un plombier'],
      counterExamples: ['je peux recommander un bon restaurant'],
    },
    {
      id: 'fr.spam.public_affairs',
      signal: 'spam',
      pattern: String.raw`\b(?:le gouvernement|les politiques|les politiciens|les impots|le fisc|l'inflation|l'economie|l'assemblee|les elections?|ce pays|la mairie)\b`,
      weight: 0.4,
      examples: ['Le gouvernement nous écrase d\'impôts, les impôts tuent les artisans'],
      counterExamples: ['les imports de vin italien'],
    },
  ],
};
export default family;
