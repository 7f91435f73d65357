/**
 * French review-sentiment lexicon (hotel and restaurant register, formal and familiar). Adjectives are listed
 * once in the masculine singular and expanded to their feminine and plural forms; nouns, verbs and phrases are
 * listed as they occur. Keys are written with accents for readability and folded as normalize.ts does.
 * Weights -4..+4, round values chosen by hand (never fitted to a data set).
 *
 * French negation brackets the verb ("je ne recommande pas"), so "ne" is not a negator here (it would flip
 * phrases such as "n'ai rien à redire"); the verb-first negations reviews use are listed as phrases instead.
 */
import type { PolarityLexicon } from '../types';

/** Lower case, accents removed, œ/æ folded: the form the engine matches. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
}

/** Feminine stems that the endings below do not produce. */
const IRREGULAR_FEMININE: Record<string, string> = {
  nul: 'nulle', gentil: 'gentille', frais: 'fraiche', sec: 'seche', gras: 'grasse', bas: 'basse', gros: 'grosse',
  mou: 'molle', fou: 'folle', pareil: 'pareille', discret: 'discrete', complet: 'complete', coquet: 'coquette',
  net: 'nette', vieillot: 'vieillotte', sot: 'sotte', long: 'longue', doux: 'douce', faux: 'fausse', roux: 'rousse', public: 'publique', blanc: 'blanche',
  franc: 'franche', favori: 'favorite', malin: 'maligne', bref: 'breve', exquis: 'exquise', epais: 'epaisse',
};

/** Masculine singular → masculine/feminine, singular/plural forms ("délicieux" → délicieuse, délicieuses). */
export function adjectiveForms(base: string): string[] {
  const b = fold(base);
  const forms = new Set<string>([b]);
  const add = (stem: string, endings: string[]): void => {
    for (const e of endings) forms.add(stem + e);
  };
  const irregular = IRREGULAR_FEMININE[b];
  if (irregular) add(irregular, ['', 's']);
  // past participles: "soigné" → soignée, soignées
  if (base.endsWith('é')) add(b, ['e', 'es']);
  if (b.endsWith('eux')) add(b.slice(0, -3), ['euse', 'euses']);
  else if (b.endsWith('if')) add(b.slice(0, -2), ['ive', 'ifs', 'ives']);
  else if (b.endsWith('el') || b.endsWith('en') || b.endsWith('on')) add(b, [b.slice(-1) + 'e', 's', b.slice(-1) + 'es']);
  else if (b.endsWith('er')) add(b.slice(0, -2), ['ere', 'ers', 'eres']);
  else if (b.endsWith('al')) add(b.slice(0, -2), ['ale', 'aux', 'ales']);
  else if (b.endsWith('e')) add(b, ['s']);
  else if (b.endsWith('s') || b.endsWith('x')) add(b, irregular ? [] : ['e', 'es']);
  else add(b, irregular ? ['s'] : ['e', 's', 'es']);
  return [...forms];
}

const ADJECTIVES: Record<string, number> = {
  // praise: food
  bon: 1.5, délicieux: 3, succulent: 3, savoureux: 2.5, goûteux: 2.5, exquis: 3, raffiné: 2, fin: 0, gourmand: 1.5,
  généreux: 2, copieux: 1.5, frais: 1, tendre: 1.5, fondant: 1.5, croustillant: 1.5, parfumé: 1.5, équilibré: 1.5,
  maison: 0, inventif: 2, créatif: 2, original: 1.5, subtil: 2, divin: 3, gourmet: 1, bluffant: 2.5, étonnant: 1.5,
  // praise: place and stay
  propre: 1.5, impeccable: 3, nickel: 2.5, calme: 1.5, paisible: 1.5, reposant: 2, confortable: 2, spacieux: 1.5,
  lumineux: 1.5, charmant: 2, cosy: 1.5, douillet: 2, joli: 1.5, mignon: 1.5, élégant: 2, chic: 1.5, moderne: 1,
  décoré: 1, soigné: 2, rénové: 1, 'bien situé': 2, idéal: 2, pratique: 1, magnifique: 2.5, superbe: 2.5, splendide: 3,
  sublime: 3, merveilleux: 3, formidable: 3, fantastique: 3, extraordinaire: 3, exceptionnel: 3, incroyable: 1.5,
  remarquable: 2.5, époustouflant: 3, magique: 2.5, inoubliable: 3, mémorable: 2, agréable: 2, parfait: 3,
  excellent: 3, génial: 3, super: 2.5, sympa: 2, sympathique: 2, convivial: 2, chaleureux: 2.5, festif: 1,
  abordable: 1.5, raisonnable: 1.5, honnête: 1, correct: 0.5, recommandable: 2, incontournable: 2.5, top: 2.5,
  // praise: people
  accueillant: 2, aimable: 2, souriant: 2, gentil: 2, adorable: 2.5, serviable: 2, attentionné: 2, attentif: 2,
  disponible: 1.5, professionnel: 1.5, efficace: 1.5, rapide: 1.5, réactif: 1.5, arrangeant: 2, prévenant: 2,
  bienveillant: 2, talentueux: 2.5, passionné: 2, discret: 1, poli: 1.5, courtois: 2, avenant: 2,
  // feelings
  ravi: 2.5, enchanté: 2.5, satisfait: 2, content: 2, heureux: 2, comblé: 2.5, conquis: 2.5, séduit: 2, emballé: 2,
  bluffé: 2.5, épaté: 2.5, impressionné: 2, régalé: 3,
  // complaint: quality
  mauvais: -2.5, nul: -3, horrible: -3.5, affreux: -3, atroce: -3.5, catastrophique: -3.5, désastreux: -3.5,
  lamentable: -3, pitoyable: -3, minable: -3, médiocre: -3, décevant: -3.5, déçu: -3.5, moyen: -2, passable: -1.5,
  quelconque: -2, banal: -1.5, insipide: -2.5, fade: -2.5, sec: -0.8, brûlé: -2, froid: -1.5, tiède: -2, immangeable: -3.5,
  infect: -3, dégueulasse: -3.5, dégoûtant: -3, écœurant: -2.5, rance: -2.5, gras: -1, industriel: -1.5,
  surgelé: -1.5, réchauffé: -1.5, pâteux: -2, caoutchouteux: -2.5, dur: -1, 'trop cuit': -2, cramé: -2.5, périmé: -3,
  avarié: -3.5, douteux: -2, louche: -2, nauséabond: -3, écœuré: -2.5, raté: -2.5, gâché: -2.5, ennuyeux: -2,
  // complaint: place
  sale: -2, crasseux: -3, poussiéreux: -2, taché: -1.5, puant: -3, humide: -1.5, moisi: -3, vétuste: -2,
  délabré: -2.5, vieillot: -1.5, usé: -1, abîmé: -1.5, défoncé: -2, cassé: -1.5, bruyant: -2, assourdissant: -2,
  inconfortable: -2, exigu: -1.5, minuscule: -1.5, étroit: -1, sombre: -1, glacial: -2.5, glauque: -2.5,
  insalubre: -3.5, miteux: -3, négligé: -2, cher: -1.5, excessif: -2, exorbitant: -2.5, onéreux: -1.5, abusif: -2.5,
  bondé: -1, interminable: -2, lent: -2,
  // complaint: people
  désagréable: -2.5, impoli: -3, malpoli: -3, grossier: -3, arrogant: -3, hautain: -2.5, méprisant: -3,
  antipathique: -2.5, désobligeant: -2.5, incompétent: -3, amateur: -1.5, débordé: -1, absent: -1, inexistant: -2,
  négligent: -2, désorganisé: -2, agressif: -3, condescendant: -2.5, aigri: -2.5, odieux: -3.5,
  // complaint: feelings
  mécontent: -2.5, insatisfait: -2.5, frustré: -2, fâché: -2, furieux: -3, énervé: -2, agacé: -2, choqué: -2.5,
  scandalisé: -3, dégoûté: -3, honteux: -3.5, scandaleux: -3, inadmissible: -3.5, inacceptable: -3.5, intolérable: -3,
  indigne: -3, regrettable: -2, triste: -2, limite: -1.5, affligeant: -3, surfait: -2.5, ridicule: -2,
  dépassé: -1.5, élastique: -1.5, égaré: -1, perplexe: -1, stressé: -1.5, pompeux: -1.5, prétentieux: -2, snob: -2,
  aléatoire: -1.5, inégal: -1.5, irrégulier: -1.5, sonore: -1, terne: -1, défectueux: -2, restreint: -1,
  déraisonnable: -2, débutant: -1, désolant: -2.5, navrant: -2.5, consternant: -3, pathétique: -3, misérable: -2.5,
  indifférent: -2, désinvolte: -2, nonchalant: -1.5, expéditif: -1.5, bousculé: -1.5, entassé: -1.5, enfumé: -2,
  coûteux: -1.5, pénible: -2, épouvantable: -3.5, abominable: -3.5, calamiteux: -3, chaotique: -2, bordélique: -2,
  incohérent: -1.5, inadapté: -1.5, insuffisant: -2, désenchanté: -2, moqueur: -2, irrespectueux: -3,
  déplaisant: -2.5, vulgaire: -2.5, mou: -1, austère: -1.5, faible: -1, lourd: -1, compliqué: -1.5, minimaliste: -1,
  incompréhensible: -2, enthousiaste: 2, personnalisé: 1, élogieux: 2.5, stylé: 1.5, intimiste: 1.5, feutré: 1.5, imprenable: 2, loupé: -2.5, caricatural: -2, renversé: -1.5, indélicat: -2, choquant: -2.5, timide: -0.5, pressé: -0.5, pressant: -1.5, excédé: -2, engageant: 1.5, sérieux: 1, 'trop sucré': -1.5, 'trop gras': -2, 'pas cuit': -1.5, élevé: -0.5,
  // praise (more)
  réussi: 2, séduisant: 2, délicat: 2, recherché: 1.5, intéressant: 1, varié: 1, travaillé: 1.5, grandiose: 2.5,
  digne: 1.5, amical: 1.5, salutaire: 1, plaisant: 2, ravissant: 2.5,
  harmonieux: 2, moelleux: 1, onctueux: 1.5, juteux: 1.5, léger: 0.5, authentique: 1.5, typique: 1,
   rafraîchissant: 1.5, familial: 0.5, serein: 1.5, agréablement: 2,
};

const WORDS: Record<string, number> = {
  // praise
  bien: 1, topissime: 3, impec: 2.5, extra: 2, ouf: 2, génialissime: 3, parfaitement: 3, merveille: 3,
  merveilles: 3, régal: 3, régalons: 3, délice: 3, délices: 3, plaisir: 2,
  bonheur: 2.5, pépite: 2.5, perfection: 3, excellence: 3, raffinement: 2, finesse: 2, générosité: 2,
  gentillesse: 2.5, amabilité: 2, professionnalisme: 2, convivialité: 2, disponibilité: 1.5, sourire: 1.5,
  sourires: 1.5, bravo: 2.5, merci: 1.5, mercis: 1.5, félicitations: 2.5, chapeau: 1.5, recommande: 2.5,
  recommandons: 2.5, recommanderai: 2.5, recommanderais: 2, recommanderons: 2.5, recommandée: 2,
  conseille: 2, conseillons: 2, apprécié: 2, appréciée: 2, appréciés: 2, appréciées: 2, adoré: 3, adorée: 3,
  adorés: 3, aimé: 2, aimée: 2, aimés: 2, plu: 1.5, reviendrons: 2, reviendrai: 2, reviendra: 1.5,
  retournerons: 2, retournerai: 2, revenir: 1, qualité: 0.5, talent: 2, génie: 2,
  joie: 2, détente: 1.5, charme: 1.5, cocon: 1.5, havre: 2, paradis: 2.5, magnifiquement: 3, joliment: 2,
  délicieusement: 3, gentiment: 1.5, chaleureusement: 2.5, rapidement: 1, efficacement: 1.5,
  idéalement: 2, bel: 1.5, beau: 1.5, belle: 1.5, beaux: 1.5, belles: 1.5, meilleur: 2.5, meilleure: 2.5, meilleurs: 2.5,
  meilleures: 2.5, mieux: 1, yummy: 2, miam: 2.5, waouh: 2.5, wahou: 2.5, wow: 2.5, recommandation: 1,
  // complaint
  dommage: -2, hélas: -2, malheureusement: -2, bof: -2, mouais: -1, berk: -3, beurk: -3, pouah: -3,
  dégueu: -3, déception: -3.5, déceptions: -3.5, décevoir: -2, horreur: -3, cauchemar: -3.5, galère: -2,
  honte: -3, scandale: -3, arnaque: -3.5, arnaques: -3.5, escroquerie: -3.5,
  escrocs: -3, voleurs: -3, fuir: -3, fuyez: -3.5, éviter: -2.5, évitez: -3, déconseille: -3, déconseillons: -3,
  regret: -1.5, regrets: -1.5, regrette: -1.5, regrettons: -1.5, plainte: -1.5, réclamation: -1.5,
  problème: -1.5, problèmes: -1.5, souci: -1, soucis: -1, erreur: -1.5, erreurs: -1.5, oubli: -1.5, oublié: -1,
  oubliés: -1, gâchis: -2.5, ennui: -1.5, colère: -2.5, mépris: -3, incompétence: -3, amateurisme: -2.5,
  lenteur: -2, attente: -1.5, retard: -1.5, saleté: -2.5, saletés: -2.5, crasse: -3, poussière: -1.5, odeur: -1,
  odeurs: -1, pue: -3, puait: -3, humidité: -2, moisissure: -3, moisissures: -3, bruit: -1.5, bruits: -1.5,
  vacarme: -2.5, panne: -1.5, cafards: -3, punaises: -3, vermine: -3.5, intoxication: -3.5, malade: -2.5,
  malades: -2.5, vomi: -3, mal: -1.5, pire: -3, pires: -3, immonde: -3.5, bordel: -2, foutage: -2.5, attendre: -0.5,
  froidement: -2, affreusement: -3, horriblement: -3, lamentablement: -3, sèchement: -2,
  désagréablement: -2, tristement: -1.5, honteusement: -3, bâclé: -2.5, bâclée: -2.5, bâclés: -2.5, expédié: -1.5,
  expédiée: -1.5, brouillon: -1, abusé: -2, abusée: -2, abusés: -2, déçoit: -2.5, ignoré: -1.5,
  ignorés: -1.5, ignorée: -1.5, refusé: -1.5, refusée: -1.5, infâme: -3.5, insupportable: -3, imbuvable: -3,
  // homographs the engine's double-letter folding would read as sentiment words (salle → sale, durée → dure)
  salle: 0, salles: 0, durée: 0, durées: 0, allé: 0, allée: 0, allés: 0, allées: 0,
  rouillé: -1.5, moche: -2, laid: -2, vieux: -0.5, vieille: -0.5, crade: -3, cradingue: -3,
  déplore: -2, déplorons: -2, moqueries: -2.5, indifférence: -2.5,
  désinvolture: -2.5, brouhaha: -1.5, douloureuse: -1.5, pigeon: -2, pigeons: -2, impossible: -1.5,
  caricature: -2, originalité: 1.5, cool: 2, promiscuité: -1.5, égouts: -2, pro: 1.5, courtoisie: 2, enthousiasme: 2, souvenir: 1, souvenirs: 1, variable: -1, longtemps: -1, décalage: -1, incompréhension: -1.5, prétention: -1.5, lentement: -1.5, tuerie: 3, papilles: 1, goût: 0.5, saveur: 1, saveurs: 1, continuez: 2,
  succès: 1.5, réussite: 2, plaît: 1.5, bémol: -1, attention: 0.5, attentions: 1, cherté: -2,
  grince: -2, grincent: -2, inonde: -2, poubelles: -1.5, parpaings: -1.5, refus: -1.5, volontiers: 1, mérité: 1.5, spontanément: 1.5, exemplaire: 2.5, foncez: 2.5, préférés: 1.5, préférée: 1.5,
};

/** Multi-word entries (tokens separated by spaces, as the tokenizer splits them: hyphens split too). */
const PHRASES: Record<string, number> = {
  // praise
  'ne rendent pas justice': 3, 'ne rend pas justice': 3, inutilisable: -2.5, inutilisables: -2.5, 'rien à redire': 3, 'rien a dire': 2, 'au top': 3, 'top du top': 3.5, 'que du bonheur': 3, 'pur bonheur': 3,
  'aucun regret': 2.5, 'aucun souci': 1.5, 'aucun problème': 1.5, 'sans faute': 2.5, 'un sans faute': 3,
  'sans souci': 1.5, 'pas de souci': 1, 'au rendez vous': 2.5, 'à la hauteur': 2.5, 'vaut le détour': 2.5,
  'vaut le coup': 2, 'vaut la peine': 2, 'valeur sûre': 2.5, 'bon rapport qualité prix': 2.5,
  'excellent rapport qualité prix': 3, 'très bon rapport qualité prix': 3, 'coup de cœur': 3, "chef d'œuvre": 3,
  'aux petits soins': 3, 'les yeux fermés': 2, 'sans hésiter': 2, 'sans hésitation': 2, 'à refaire': 2.5,
  'hâte de revenir': 2.5, 'on reviendra': 2, 'nous reviendrons': 2, 'je reviendrai': 2, 'on revient': 1.5,
  'à recommander': 2.5, 'à tomber': 3, 'pas mal': 1.2, 'pas mal de': 0, 'pas déçu': 2, 'pas déçus': 2,
  'pas déçue': 2, 'jamais déçu': 2.5, 'jamais déçus': 2.5, 'jamais déçue': 2.5, 'jamais aussi bien': 3,
  'jamais aussi bon': 3, 'jamais mangé aussi bien': 3, 'pas cher': 1.5, 'pas chère': 1.5, 'n\'hésitez pas': 2,
  'bien mangé': 2, 'bien accueillis': 2, 'bien reçus': 2, 'bien placé': 1.5, 'très bien': 2.5,
  'ne regrette pas': 2, 'ne regrettons pas': 2, 'ne décevra pas': 2, 'ne déçoit pas': 2, 'ne déçoit jamais': 2.5,
  'ne manque pas': 1, 'beurre salé': 0, 'sucré salé': 0, 'foie gras': 0, 'fruits de mer': 0, 'fait maison': 1.5,
  'produits frais': 1.5, 'bonne adresse': 2.5, 'belle adresse': 2.5, 'belle découverte': 2.5,
  'bonne découverte': 2.5, 'belle surprise': 2, 'bonne surprise': 2, 'bon moment': 2, 'bons moments': 2,
  'bonne soirée': 1.5, 'cuisson parfaite': 2.5, 'mention spéciale': 2.5, 'un régal': 3, 'une merveille': 3,
  'sans reproche': 2.5, 'aucun reproche': 2.5, 'aux petits oignons': 2.5, 'de qualité': 1.5,
  'à découvrir': 2, 'au rdv': 2.5, 'seul bémol': -0.5, 'petit bémol': -0.5, 'léger bémol': -0.5,
  'un peu juste': -1.5, 'sur sa faim': -2, 'sur notre faim': -2, 'sur leur faim': -2, 'sur ma faim': -2,
  'trop élevé': -2, 'trop élevés': -2, 'cher payé': -2, 'à revoir': -2, 'pas possible': -1,
  'loin d\'être à la hauteur': -2.5, 'sans aucun goût': -2, 'sans aucune saveur': -2, 'sans aucun intérêt': -2,
  'sans aucun doute': 1, 'sans aucun problème': 1.5, 'sans aucun souci': 1.5, 'sans aucune hésitation': 2,
  'aurait dû': -1.5, 'aurions aimé': -1, 'aurais aimé': -1, 'attend mieux': -2, 'attendait mieux': -2,
  'attendions mieux': -2, 'attendais mieux': -2, 'espérait mieux': -2, 'espérions mieux': -2, 'espérais mieux': -2,
  'strict minimum': -1.5, 'service minimum': -2, 'allez ailleurs': -2, 'à oublier': -2.5, 'valait pas': -2,
  'pas au niveau': -2, 'ne vaut rien': -2.5, 'ne retenterons pas': -3, 'ne retenterai pas': -3, 'se gâter': -2,
  'peu agréable': -2.5, 'peu sympathique': -2.5, 'peu chaleureux': -2.5, 'peu chaleureuse': -2.5, 'peu professionnel': -2.5,
  'comme une porte de prison': -3, "c'est du vol": -2.5, 'petit souci': -0.5, 'petits soucis': -0.5, 'à la hauteur de ma déception': -2,
  'à la hauteur de notre déception': -2, 'rien à voir avec': 0, 'en or': 2.5, 'rien de négatif': 2, 'rien à signaler': 1.5, 'rester plus longtemps': 1.5, 'comme du papier': -2, 'murs fins': -2, 'coupe sans arrêt': -2, 'sans arrêt': -1, 'vous le méritez': 2, 'le mérite bien': 2, 'mauvais avis': -0.5,
  'avis négatifs': 0, 'avis négatif': 0, "si j'avais su": -2, 'réservé ailleurs': -2, 'aller ailleurs': -2, 'de lui même': 1.5, "avant même qu'on": 1.5, 'sans rien demander': 1.5, "sans qu'on demande": 1.5, "sans qu'on réclame": 1.5, 'toujours pas': -1.5, 'aucune solution': -1.5, "d'elle même": 1.5, 'en tout petit': -1.5, 'mauvaise note': -0.5, travaux: -1.5, 'marteau piqueur': -2.5,
  'léger souci': -0.5, 'petit problème': -0.5, 'petits problèmes': -0.5, 'ne tenterons pas': -2.5, 'ne tenterai pas': -2.5, 'plus les pieds': -3,
  'à désirer': -2.5, 'impossible à manger': -3, 'rien à faire': -1, 'passe partout': -1.5, 'à l\'aise': 1.5,
  'ne manque que': 1, 'loin de tout': 0.5, 'loin du bruit': 1.5, 'pas loin': 0.5, 'au loin': 0,
  'pu être à la hauteur': -2.5, 'pas en dire autant': -2, 'attend plus': -1.5, 'attendait plus': -1.5,
  'attendions plus': -1.5, 'attends plus': -1.5, 'vaut le déplacement': 2.5, 'bonne expérience': 2.5, 'belle expérience': 2.5,
  'à faire absolument': 2.5, 'valait le déplacement': 2, 'pas de choix': -1.5, 'peu de choix': -1.5, 'pas assez de choix': -2, 'manque de choix': -1.5,
  'ne s\'excuse pas': -2, 'sans un mot d\'excuse': -2, 'pas de saveur': -2, 'pas de goût': -2, 'ne manquait que': 1, 'ne reviendrai pas sur': 0, 'ne reviendrons pas sur': 0, 'goût amer': -2, 'coupé l\'envie': -2.5, 'je m\'en foutisme': -3, 'bas de gamme': -2.5, 'haut de gamme': 1.5,
  // complaint
  'pas terrible': -2, 'pas top': -2, 'pas ouf': -1.5, 'pas fou': -1.5, 'sans plus': -2, 'rien de spécial': -1,
  "rien d'exceptionnel": -1, 'rien de fou': -1, 'sans saveur': -2, 'sans goût': -2, 'sans intérêt': -2.5,
  'aucun goût': -2, 'aucune saveur': -2, 'aucun intérêt': -2, 'aucune excuse': -2, 'aucun geste': -1.5,
  'plus jamais': -3, 'jamais plus': -3, 'à éviter': -3, 'à fuir': -3.5, 'passez votre chemin': -3,
  'hors de prix': -2.5, 'trop cher': -2.5, 'trop chère': -2.5, 'trop chers': -2.5, 'pas donné': -1.5,
  'addition salée': -2, 'note salée': -2, 'trop salé': -2, 'trop cuite': -2,
  'pas assez cuit': -1.5, 'mal cuit': -2, 'mal cuite': -2, 'mal entretenu': -2, 'mal entretenue': -2, 'mal entretenus': -2,
  'mal entretenues': -2, 'mal insonorisé': -2, 'mal insonorisée': -2, 'mal organisé': -2, 'mal organisée': -2,
  'mal indiqué': -1.5, 'mal indiquée': -1.5, 'mal placé': -1.5, 'mal placée': -1.5, 'mal nettoyé': -2.5,
  'mal nettoyée': -2.5, 'mal servi': -2, 'mal servis': -2, 'mal assaisonné': -2, 'mal assaisonnés': -2,
  'mal assaisonnée': -2, 'mal assaisonnées': -2, 'mal conseillé': -1.5, 'mal conseillés': -1.5, 'mal tenu': -2.5,
  'mal tenue': -2.5, 'mal fichu': -1.5, 'mal pensé': -1.5, 'mal pensée': -1.5, 'en panne': -2, 'ne fonctionnait pas': -2,
  'ne marchait pas': -2, 'ne fonctionne pas': -2, 'ne marche pas': -2, 'marchait pas': -2, 'fonctionnait pas': -2,
  'ne recommande pas': -3, 'ne recommandons pas': -3, 'ne recommanderai pas': -3, 'ne le recommande pas': -3,
  'ne conseille pas': -3, 'ne reviendrai pas': -3, 'ne reviendrons pas': -3, 'ne reviendrons plus': -3,
  'ne reviendrai plus': -3, 'ne reviendrons jamais': -3.5, 'ne reviendrai jamais': -3.5,
  "n'y reviendrai pas": -3, "n'y reviendrons pas": -3, "n'y reviendrons plus": -3, "n'y reviendrai plus": -3,
  "n'y retournerai pas": -3, "n'y retournerons pas": -3, "n'y retournerons plus": -3, "n'y retournerai plus": -3,
  "n'y allez pas": -3.5, 'ne reviendra pas': -2.5, 'ne reviendra plus': -3, 'ne retournerai pas': -3,
  'ne retournerons pas': -3, 'ne vaut pas': -2, 'vaut pas le coup': -2, 'vaut pas le détour': -2,
  'vaut pas le prix': -2, 'ne mérite pas': -2, 'mérite pas': -2, "n'aime pas": -2, "n'avons pas aimé": -2,
  "n'ai pas aimé": -2, 'ne nous a pas plu': -2, "ne m'a pas plu": -2, "n'était pas bon": -2,
  "n'est pas terrible": -2, "n'était pas terrible": -2, "n'étaient pas terribles": -2, 'ne sont pas terribles': -2,
  'peut mieux faire': -1.5, 'aurait pu être': -1, 'aurait été meilleure': -1.5, 'aurait été meilleur': -1.5, 'laisse à désirer': -2.5, 'laissait à désirer': -2.5,
  "n'importe quoi": -2.5, 'foutage de gueule': -3, 'se moquer du monde': -3, 'se fout du monde': -3,
  'prend pour des pigeons': -3, 'pour des pigeons': -3, 'attrape touriste': -2.5, 'attrape touristes': -2.5,
  'piège à touristes': -2.5, 'usine à touristes': -2, 'mauvaise surprise': -2, 'mauvaise expérience': -3,
  'mauvais moment': -2, 'mauvais accueil': -2.5, 'mal accueillis': -2.5, 'mal reçus': -2.5, 'mal élevé': -2.5,
  'de haut': -1.5, 'les yeux au ciel': -2, 'temps d\'attente': -1.5, 'une heure': -0.5, 'heure d\'attente': -1.5,
  'heures d\'attente': -1.5, 'minutes d\'attente': -1.5, 'vin bouchonné': -2, 'pas frais': -2.5, 'pas fraîche': -2.5,
  'pas propre': -2.5, 'pas propres': -2.5, 'pas aimable': -2.5, 'peu aimable': -2.5, 'pas accueillant': -2.5,
  'peu accueillant': -2.5, 'manque de personnel': -1.5, 'manque de place': -1, 'déçu par': -2.5, 'très déçu': -4, 'très déçus': -4, 'très déçue': -4,
  'tout simplement': 0, 'trop long': -2, 'trop longue': -1.5, 'trop petit': -1.5, 'trop petite': -1.5,
  'trop bruyant': -2.5, 'trop fort': -1.5, 'trop forte': -1.5, 'odeur de renfermé': -2, 'pas à la hauteur': -2.5, 'ne sont pas à la hauteur': -2.5,
  "n'est pas à la hauteur": -2.5, "n'était pas à la hauteur": -2.5, 'service catastrophique': -3.5,
};

function buildWords(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [base, weight] of Object.entries(ADJECTIVES)) {
    if (base.includes(' ')) out[fold(base)] = weight;
    else for (const form of adjectiveForms(base)) out[form] ??= weight;
  }
  for (const [word, weight] of Object.entries(WORDS)) {
    out[fold(word)] = weight;
  }
  // phrases are tokenized like the text: hyphens and spaces separate words
  for (const [phrase, weight] of Object.entries(PHRASES)) out[fold(phrase).replace(/-/g, ' ')] = weight;
  return out;
}

const polarity: PolarityLexicon = {
  lang: 'fr',
  discourse: {
    resolution: [
      'a rembourse', 'ont rembourse', 'nous a rembourse', 'nous ont rembourse', "m'a rembourse", "m'ont rembourse", 'rembourses',
      'remboursee', 'remboursees', 'ete rembourse', 'a repare', 'ont repare', 'ete repare', 'a remplace', 'ont remplace', 'ete remplace',
      'ete change', 'nous a change', 'nous ont change', 'nous a surclasse', 'nous ont surclasse', 'surclasses', 'nous a offert',
      'nous ont offert', "m'a offert", 'geste commercial', 'fait refaire', 'a refait', 'ont refait', "l'a refait", 'est venue s\'excuser',
      "est venu s'excuser", "s'est excuse", "s'est excusee", 'se sont excuses', 'nous a presente ses excuses', 'a regle le probleme',
      'ont regle le probleme', 'ete regle', 'ete resolu', 'a resolu', 'ont resolu', 'nous a reloges', 'nous ont reloges', 'ete installe',
      'ete installes', 'ont installe', 'a installe',
    ],
    unprompted: [
      'sans que', "sans qu'on", 'sans meme', 'sans rien demander', 'sans avoir a', 'spontanement', 'tout de suite', 'immediatement',
      'aussitot', "d'elle meme", 'de lui meme', "d'eux memes", 'de leur propre initiative', 'sans attendre', 'dans la foulee',
    ],
    update: ['mise a jour', 'maj', 'edit', 'edition', 'update', 'modification'],
    hearsay: ['lu', 'lit', 'entendu', 'avis', 'commentaires', "on m'avait dit", 'il parait', 'parait il', 'rumeurs', 'rumeur'],
    contradiction: ['contrairement', 'au contraire', 'bien au contraire', "a l'inverse"],
    reservation: [
      'seul bemol', 'seul petit bemol', 'petit bemol', 'seul regret', 'seul petit regret', 'seul point negatif', 'seul petit point negatif',
      'petit point negatif', 'seul defaut', 'seul petit defaut', 'seule ombre au tableau', 'petite ombre au tableau', 'seul reproche',
      'seul petit reproche', 'petit reproche', 'seul hic', 'petit hic', 'seul souci', 'seul petit souci', 'seul probleme', 'seule remarque',
      'petite remarque', 'pour chipoter', 'seule critique', 'petite critique', 'seul inconvenient', 'petit inconvenient', 'seul point faible',
      'seule reserve', 'petite reserve', 'seul manque',
    ],
    counterfactual: ['aurait ete', 'auraient ete', 'aurait pu', 'auraient pu', 'aurait du', 'auraient du', 'aurais aime', 'aurions aime', 'aurais apprecie', 'aurions apprecie'],
    balance: ['mitige', 'mitigee', 'mitiges', 'suis partage', 'suis partagee', 'hesite entre', 'hesitais entre', "j'hesitais", 'en demi teinte', 'du bon et du moins bon', 'du bon et du mauvais', 'des hauts et des bas'],
    simile: ['comme'],
    lowComparison: ['semelle', 'semelle de chaussure', 'carton', 'caoutchouc', 'beton', 'pierre', 'brique', 'prison', 'cellule', 'sauna', 'frigo', 'refrigerateur', 'congelateur', 'four', 'igloo', 'boite a chaussures', 'placard', 'cagibi', 'eau de vaisselle', 'eponge', 'hopital', 'chantier', 'hall de gare', 'autoroute', 'zoo', 'boite de sardines', 'sardines', 'cantine', 'colle', 'plastique', 'cachot', 'zone de guerre', 'cuir'],
    concession: ['certes', 'je reconnais', 'je le reconnais', 'je ne dis pas le contraire', "c'etait ecrit", "j'admets", 'je comprends', 'a leur decharge', 'il faut reconnaitre', "c'est la regle"],
    loss: ['perdu', 'avons perdu', 'ai perdu', 'facture', 'factures', 'preleve', 'debite', 'pas recupere', 'rien recupere'],
    money: ['euros', 'euro', 'centime', 'centimes', 'sou'],
  },
  words: buildWords(),
  intensifiers: {
    très: 1.5, vraiment: 1.4, trop: 1.3, extrêmement: 1.8, tellement: 1.4, vachement: 1.5, hyper: 1.7,
    ultra: 1.7, absolument: 1.6, complètement: 1.5, totalement: 1.5, particulièrement: 1.5,
    franchement: 1.2, carrément: 1.4, beaucoup: 1.3, réellement: 1.4, 'tout à fait': 1.3, 'vraiment très': 2,
    'un peu': 0.6, 'un peu trop': 1.1, plutôt: 0.8, assez: 0.8, légèrement: 0.5, moyennement: -0.5, peu: -1,
    'pas très': -0.7, moins: -0.7, 'pas trop': -0.5, 'pas assez': -0.8, 'si peu': -1,
  },
  negators: ['pas', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'ni', 'guère', 'nullement', 'non', 'loin', 'manque', 'manquait', 'manquaient', 'manquent', 'absence'].map(fold),
  contrast: ['mais', 'cependant', 'toutefois', 'néanmoins', 'pourtant', 'contre', 'revanche', 'sauf', 'hormis', 'seulement', 'malgré'].map(fold),
  prefixes: {
    délicieu: 3, savoureu: 2.5, chaleureu: 2.5, merveilleu: 3, somptueu: 3, luxueu: 2, impeccabl: 3,
    irréprochabl: 3, excellen: 3, parfai: 3, magnifiq: 2.5, superb: 2.5, agréabl: 2, sympathi: 2, accueillan: 2,
    attentionn: 2, professionnel: 1.5, recommand: 2, félicit: 2.5, remerci: 1.5, décevan: -3.5, déplorabl: -3,
    dégoûtan: -3, dégueul: -3.5, immangeabl: -3.5, catastroph: -3.5, lamentabl: -3, exécrabl: -3.5,
    inadmissibl: -3, inacceptabl: -3, scandaleu: -3, médiocr: -2.5, insipid: -2, bruyan: -2, vétust: -2,
    crasseu: -3, désastreu: -3.5, déconseill: -3, désagréabl: -2.5, incompéten: -3, irrespectu: -3,
    insupportabl: -3, inconfortabl: -2, méprisan: -3, exceptionnel: 3, extraordinair: 3, inoubliabl: 3,
    incontournabl: 2.5, remarquabl: 2.5, époustoufl: 3, chaleureus: 2.5, déçu: -3.5, sublim: 3, régal: 3,
    excel: 3, succulen: 3, gâch: -2.5, savour: 2.5, décevr: -2, désastr: -3.5, catastr: -3.5,
  } as Record<string, number>,
};

// prefixes and intensifiers are written with accents too: fold their keys
polarity.prefixes = Object.fromEntries(Object.entries(polarity.prefixes ?? {}).map(([k, v]) => [fold(k), v]));
polarity.intensifiers = Object.fromEntries(
  Object.entries(polarity.intensifiers)
    .map(([k, v]) => [fold(k), v]),
);

export default polarity;
