/** French: serious accusations that would be defamatory if false (fraud, theft, health hazard, discrimination). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'allegation',
  rules: [
    {
      id: 'fr.allegation.food_poisoning',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:intoxication(?:s)? alimentaires?|intoxications?|intoxiques?|intoxiquee?s?|empoisonne\w{0,5}|gastro[- ]?enterites?|(?:une|la|grosse|fait|attrape|chope|choppe|crise de) gastro|gastro (?:pour (?:\d|deux|trois|quatre|cinq|toute|tout)|apres|le lendemain)|salmonell\w{1,4}|listeri\w{1,4}|e\.? ?coli|botulisme|choc anaphylactique|reaction allergique|eu des nausees|tombee?s? malades?|rendu(?:e|s|es)? malades?|malades? (?:toute la nuit|apres|le lendemain|pendant|le soir meme|dans la nuit|des le)|vomi\w{0,8}|diarrhees?|aux urgences|(?:finie?|atterri|terminee?|passe la nuit|transporte\w{0,2}|emmene\w{0,2}|hospitalise\w{0,2}) a l'hopital)\b`,
      weight: 0.85,
      negatable: true,
      examples: ['toute la tablée a été malade le soir même', 'plusieurs clients ont eu des nausées', 'Toute la famille a eu une intoxication alimentaire', 'Gastro pour 4 personnes sur 6', 'mon fils a fini aux urgences', 'Ma fille allergique a fait un choc anaphylactique'],
      counterExamples: ['Aucune intoxication malgré ce que certains racontent', 'un repas copieux', 'un très bon gastro, menu soigné'],
    },
    {
      id: 'fr.allegation.vermin',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:punaises? de lits?|punaises|cafards?|blattes?|(?<!bouches? de )souris(?! d'agneau| d agneau| de (?:veau|porc|mouton|boeuf|cochon|lapin))|rats(?! de bibliotheque)|rat mort|rongeurs?|vermine|puces de lit|puces (?:dans|sur) (?:les|le|la|nos|mon|ma) (?:matelas|lits?|draps|chambre|canape)|asticots?|vers dans|petites betes|bestioles|larves?|moucherons? dans (?:le|la|mon|ma))\b(?![^.!?]{0,40}\b(?:n'en (?:avons|ai|a) (?:vu|trouve|eu|croise) (?:aucune?|pas)|(?:pas|rien|jamais) (?:vu|trouve|eu) (?:une seule|la moindre|aucune?)))`,
      weight: 0.8,
      negatable: true,
      examples: ['des petites bêtes qui grouillaient sous le matelas', 'Des punaises de lit dans la chambre 12', 'Des cafards dans la salle de bain et des souris'],
      counterExamples: ['Pas de punaises de lit contrairement à d\'autres avis', 'une souris d\'agneau délicieuse', 'd\'autres clients parlaient de punaises, nous n\'en avons vu aucune', 'un cheveu dans la soupe'],
      note: '"souris d\'agneau" is a cut of lamb: excluded by the lexicon check below',
    },
    {
      id: 'fr.allegation.mould_hazard',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:moisissures?|moisie?|champignons? (?:au|sur les) (?:murs?|plafond)|legionell\w{1,4}|amiante|monoxyde|fuite de gaz|odeur de gaz|insalubres?|dangereu(?:x|se) pour (?:la sante|les clients|les enfants)|danger pour (?:la sante|les clients)|hygiene (?:deplorable|inexistante|douteuse|catastrophique)|perimee?s?|avariee?s?|chaine du froid)\b`,
      weight: 0.7,
      negatable: true,
      examples: ['Moisissures partout dans la chambre', 'Fuite de gaz dans la cuisine commune', 'Ils servent de la viande périmée'],
      counterExamples: ['aucune moisissure, tout était neuf', 'une chambre lumineuse'],
    },
    {
      id: 'fr.allegation.fraud',
      signal: 'fraud_accusation',
      pattern: String.raw`\b(?:arnaque\w{0,4}|escroc\w{0,5}|escroqu\w{1,6}|fraude\w{0,2}|frauduleu\w{1,3}|voleurs?|(?:debite|preleve|facture)\w{0,3}\b[^.!?]{0,20}\bdeux fois|double (?:debit|prelevement|facturation)|facture\w{0,3} (?:des|de) (?:prestations?|services?|consommations?|nuits?) (?:jamais|non) (?:consomme\w{0,2}|realise\w{0,2}|fourni\w{0,2}|commande\w{0,2})|faux frais|frais caches|abus de confiance|malhonnetes?)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['Une vraie arnaque', 'Ce sont des escrocs organisés', 'C\'est de l\'escroquerie', 'ils ont débité ma carte deux fois'],
      counterExamples: ['aucune arnaque, aucune mauvaise surprise', 'prix honnêtes', 'un piège à touristes, cher et moyen'],
      note: 'the negation cues keep "aucune arnaque" out',
    },
    {
      id: 'fr.allegation.theft',
      signal: 'theft_accusation',
      pattern: String.raw`\b(?:(?:on|ils|elle|il|quelqu'un) (?:m'|nous |lui )?(?:a|ont) vole(?! la vedette)|(?:m'|nous )ont vole|s'est fait voler|se sont fait voler|(?:me|nous) suis fait voler|nous sommes fait voler|vol (?:dans|pur|caracterise|commis par|organise)|plainte pour vol|(?:a|ont) disparu (?:de|dans|pendant)|disparu\w{0,2} (?:de|dans|pendant) (?:la|ma|notre|le|mon) (?:chambre|coffre|menage|valise|sac|vestiaire))\b|\b(?:tente|essaye) d'entrer dans (?:notre|ma) chambre|\bse (?:sert|servent|servait|servaient) dans (?:les|nos|mes|leurs) (?:valises|affaires|sacs|bagages|chambres|poches)|\bfouill\w{1,4} (?:dans )?(?:nos|mes|les|mon|ma) (?:valises?|affaires|sacs?|bagages?)|\bgard\w{0,4} (?:la monnaie|\d{1,4} ?(?:€|euros?))`,
      weight: 0.8,
      negatable: true,
      examples: ['On m\'a volé ma montre dans le coffre', 'mon portefeuille a disparu de la chambre pendant le ménage', 'Du vol pur et simple', 'un vol dans la chambre', 'en gardant 20 €', 'Le personnel se sert dans les valises des clients', 'C\'est du vol organisé', 'a tenté d\'entrer dans notre chambre à 2h', 'a fouillé dans mon sac'],
      counterExamples: ['le vol était retardé', 'rien n\'a disparu', 'un vol de nuit depuis Paris'],
    },
    {
      id: 'fr.allegation.discrimination',
      signal: 'discrimination',
      pattern: String.raw`\b(?:racis(?:me|tes?)|discrimin\w{1,8}|homophob\w{1,3}|transphob\w{1,3}|antisemit\w{1,4}|islamophob\w{1,3}|xenophob\w{1,3}|sexistes?|(?:parce qu|car|puisqu)\w{0,2} (?:mon ami|mon amie|mon mari|ma femme|je|nous|il|elle|mes amis)\b[^.!?]{0,15}\b(?:noire?s?|arabes?|maghrebine?s?|africaine?s?|asiatiques?|gays?|homos?|lesbiennes?|voilee?s?|juive?s?|musulmane?s?|handicapee?s?|en fauteuil)|couple (?:d'hommes|de femmes|homo\w{0,7}|gay)|refus\w{1,6} (?:systematiquement |toujours )?(?:les|aux) (?:clients?|personnes?|gens|familles) (?:en fauteuil|handicape\w{0,2}|noire?s|arabes|etrangers|voilees|gays)|ce genre de clientele|pas de (?:noirs|arabes|chiens ni)|a cause de (?:son|sa|ma|mon|notre|leurs?) (?:couleur|origine|religion|handicap|fauteuil|voile|accent|peau|orientation|nom)|a consonance (?:arabe|etrangere|africaine|maghrebine|juive|asiatique))\b`,
      weight: 0.85,
      negatable: true,
      examples: ['refusé l\'entrée parce que mon ami est noir', 'Du racisme pur et simple', 'parce que nous sommes un couple d\'hommes', 'refusée à cause de son voile', 'dès qu\'elle a entendu son nom à consonance arabe', 'refusent systématiquement les clients en fauteuil'],
      counterExamples: ['le thé noir était excellent'],
    },
  ],
};
export default family;
