/** French: room numbers, booking references, card endings. */
import type { CheckRuleFamily } from '../types';

export const personal: CheckRuleFamily = {
  lang: 'fr',
  family: 'personal',
  rules: [
    {
      id: 'fr.personal.room',
      rule: 'personal_data',
      kind: 'personal_data.room',
      pattern: String.raw`\b(?:chambre|suite|appartement|studio|bungalow|chalet)(?: (?:n°|no\.?|numero|num\.?|#))? ?#?\d{1,4}[a-z]?\b(?! ?(?:personnes?|pers\b|lits?|nuits?|etoiles?|adultes?|enfants?|minutes?|heures?|%|m2|metres?|etages?))`,
      note: 'Un numéro de chambre identifie le client.',
      examples: ['le bruit dans la chambre 212', 'Chambre n° 14', 'la suite 5'],
      counterExamples: ['une chambre pour 2 personnes', 'nos 40 chambres', 'chambre 2 lits'],
    },
    {
      id: 'fr.personal.booking',
      rule: 'personal_data',
      kind: 'personal_data.booking',
      pattern: String.raw`\b(?:reservation|confirmation|dossier|reference|ref|facture|commande)(?: (?:n°|no\.?|numero|num\.?|#))?(?: (?:est|etait))?[ :#.]{0,3}(?=[a-z\-]{0,12}\d)[a-z0-9][a-z0-9\-]{4,20}\b`,
      validate: 'bookingCode',
      note: 'Numéros de réservation, de dossier, de facture.',
      examples: ['votre réservation n° 4829371', 'dossier HX72931', 'référence : 1234-5678'],
      counterExamples: ['votre réservation en 2024', 'une réservation pour 2 personnes'],
    },
    {
      id: 'fr.personal.card-ending',
      rule: 'personal_data',
      kind: 'personal_data.card',
      pattern: String.raw`\b(?:se terminant|finissant|terminant|terminee|termine) par \*{0,12}\d{4}\b|\b(?:quatre|4) derniers chiffres[^.!?\d]{0,20}\d{4}\b`,
      note: 'Numéro de carte partiel : « la carte se terminant par 4242 ».',
      examples: ['la carte se terminant par 4242', 'les 4 derniers chiffres : 1234'],
      counterExamples: ['la saison se terminant par un feu d’artifice'],
    },
  ],
};
