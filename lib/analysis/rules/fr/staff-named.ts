/** French: a member of staff singled out by name. */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'staff-named',
  rules: [
    {
      id: 'fr.staff-named.staff_named',
      signal: 'staff_named',
      pattern: String.raw`\b(?:serveur|serveuse|receptionniste|employee?|barman|barmaid|gerante?|patronne?|cuisiniere?|chef|directeur|directrice|manager|responsable|femme de chambre|voiturier|concierge|hote|hotesse) (?:nommee?|appelee?|prenommee?|du nom de|qui s'appelle|qui se nomme)\b`,
      weight: 0.5,
      examples: ['la serveuse qui s\'appelle Julie', 'un serveur nommé Marc'],
      counterExamples: ['le chef était talentueux'],
    },
  ],
};
export default family;
