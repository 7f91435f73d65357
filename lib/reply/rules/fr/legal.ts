/** French: legal threats — avocat, poursuites, police, plainte. */
import type { CheckRuleFamily } from '../types';

export const legal: CheckRuleFamily = {
  lang: 'fr',
  family: 'legal',
  rules: [
    {
      id: 'fr.legal.lawyer',
      rule: 'legal_threat',
      kind: 'legal_threat.lawyer',
      pattern: String.raw`\b(?:(?:notre|nos|mon) (?:avocat|avocats|avocate|conseil juridique|service juridique|juriste)|(?:avocat|avocats) (?:a|ont|est|sont|va|vont|sera|seront) (?:ete )?(?:saisi|contacte|informe|charge)\w{0,2}|(?:saisi|saisir|contacte|contacter|consulte|consulter|mandate|mandater|prevenu|prevenir) (?:un |une |notre |nos |mon )?(?:avocat|avocate|juriste|huissier)|mise en demeure|huissier)\b`,
      note: 'Un avocat dans une réponse sonne comme une menace (seed 003) ; « avocat » le fruit (« un avocat en entrée ») ne correspond pas.',
      examples: ['Notre avocat a été saisi.', 'Nous avons contacté un avocat.', 'une mise en demeure vous sera adressée'],
      counterExamples: ['Toast à l’avocat et œufs brouillés au petit-déjeuner.', 'En tant que notre client, vous méritez mieux.'],
    },
    {
      id: 'fr.legal.lawsuit',
      rule: 'legal_threat',
      kind: 'legal_threat.lawsuit',
      pattern: String.raw`\b(?:poursuites?(?: judiciaires)?|poursuivre en justice|vous poursuivre|action en justice|actions? judiciaires?|(?:porter|porterons|irons) (?:l'affaire|cela|ceci|plainte)? ?(?:devant les tribunaux|en justice)|devant les tribunaux|(?:au|devant le) tribunal|proces(?!-)|diffamation|diffamatoire\w?|denigrement|dommages et interets|assign\w{0,5} en justice)\b`,
      note: 'Poursuites, tribunal, diffamation.',
      examples: ['Nous engagerons des poursuites.', 'Cet avis est diffamatoire.', 'Nous irons devant les tribunaux.'],
      counterExamples: ['Nous poursuivons nos travaux de rénovation.', 'Le procès-verbal de la commission de sécurité est affiché.'],
    },
    {
      id: 'fr.legal.police',
      rule: 'legal_threat',
      kind: 'legal_threat.police',
      pattern: String.raw`\b(?:(?:deposer|deposons|deposerons|depose|porter|portons|porterons|porte) plainte|plainte (?:a ete |sera |est )?(?:deposee|deposer)|plainte contre vous|(?:appele|appeler|appellerons|prevenu|prevenir|previendrons|alerte|alerter|informe|informer|contacte|contacter|signale|signaler) (?:la |les )?(?:police|gendarmerie|autorites|forces de l'ordre)|main courante|(?:signale|signaler|signalerons|signalons|denonce|denoncer|denoncerons)(?: [\w']{1,14}){0,3} (?:a la|aux) (?:police|gendarmerie|autorites)|(?:signaler|signale|denoncer|denonce) (?:cet avis|votre comportement|vos agissements|vous) (?:a|aux) (?:la police|autorites))\b`,
      note: 'Plainte, police, gendarmerie ; « l’hôtel de Police » ou « la rue de la Gendarmerie » ne correspondent pas.',
      examples: ['Nous allons porter plainte.', 'Une plainte a été déposée contre vous.', 'nous avons prévenu la police'],
      counterExamples: ['Notre hôtel se trouve rue de la Gendarmerie, face à l’ancien hôtel de Police.', 'Votre remarque a été transmise à l’équipe.'],
    },
  ],
};
