/** French: insults and slurs aimed at staff or owners. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'insult',
  rules: [
    {
      id: 'fr.insult.insult_strong',
      signal: 'insult',
      pattern: String.raw`\b(?:c[o*]nn?ards?|c[o*]nnasses?|salauds?|salopes?|salopards?|ordures?|enf[o*]ires?|enc[u*]les?|batards?|fils de p[u*]te|pu?tes?|p[u*]tain de (?:serveur|serveuse|patron|gerant|proprio)|raclures?|pourritures?|fdp|ntm|nique (?:ta|ton|vos|votre)|tocards?|trou du cul|trous du cul|sous[- ]merde|pauvre type|pauvre fille|grosse? (?:vache|truie|porc|dinde|conne?|merde)|gros porc|espece d[e']\s?(?:sale|gros|grosse|pauvre|conn?e?|connard|idiote?|abrutie?|imbecile|cretin|minable|voleur|escroc|ordure|menteur|menteuse|incapable|nul|nulle|guignol|bouffon)|(?:ferme|fermez) (?:ta|votre) gueule|bande de (?:parasites|profiteurs|rapaces|vautours|voleurs|escrocs|branquignols|nazes|bras casses)|ta gueule|ferme[- ]la|abrutis?|debiles?|cretins?|vieille folle|folle hysterique|hysteriques?|(?:vieille|vraie|sale|espece de) sorciere|harpies?|megeres?|pou?ff?iasses?|petasses?|grognasses?|pimbeches?|greluches?|mijaurees?|cassos|plouc\w{0,2}|gros lard|imbeciles?|bouffons?|tares?)\b`,
      weight: 0.8,
      examples: ['Le patron est un gros connard', 'Espèce de sale voleur', 'Serveur = abruti fini', 'vous etes tous des c*nnards', 'une grosse vache aigrie', 'Espèce d\'incapable', 'Ferme ta gueule', 'une bande de parasites', 'cette pimbêche'],
      counterExamples: ['le personnel était adorable', 'le pain était dur', 'une sorcière en cuisine, ses plats sont magiques'],
      note: '"tare" also means tare weight; in a review about staff it is the insult',
    },
    {
      id: 'fr.insult.insult_mild',
      signal: 'insult',
      pattern: String.raw`\b(?:(?:pauvre|sale|vieille?|petite?|gros|grosse|bande d'|bande de) ?(?:conne?s?|idiote?s?|incapables?|minables?|nuls|nulle|nazes?|clowns?|guignols?|branleurs?|feignasses?|faineants?|bonne femme)|(?:sale|pauvre) type|(?:est|es|etes|sont|c'est) (?:une? |des )?(?:conne?s?|idiote?s?|minables?|crevards?|porcs?|gros porc|truie|vache))\b|\b(?:quelle|quel) (?:conne|con|idiote|idiot|abrutie?|minable|crevard)\b`,
      weight: 0.61, // 0.6 + 0.7 (go_to_hell) is 1.2999… in floating point, under the engine's 1.3
      examples: ['Bande d\'incapables', 'Quelle conne', 'Votre employé Kevin est un minable', 'sa serveuse une pauvre idiote'],
      counterExamples: ['je me suis senti idiot de ne pas avoir réservé', 'un vieux bâtiment charmant'],
    },
    {
      id: 'fr.insult.go_to_hell',
      signal: 'insult',
      pattern: String.raw`\b(?:allez|va|aller) (?:tous )?(?:vous |te )?faire (?:foutre|enculer|voir)\b|\b(?:va|allez|vous pouvez|tu peux) crever\b|\bcreve avec\b|\b(?:de|d')\s?m[e*]rde\b`,
      weight: 0.7,
      examples: ['Allez tous vous faire foutre', 'crève avec ton resto pourri', 'ton hotel de merde', 'votre bouffe de m*rde'],
      counterExamples: ['aller voir le marché', 'j\'étais crevé après la route'],
    },
  ],
};
export default family;
