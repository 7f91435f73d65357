/** French: explicit praise and recommendation (the positive category's evidence). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'fr',
  family: 'praise',
  rules: [
    {
      id: 'fr.praise.recommend',
      signal: 'praise',
      pattern: String.raw`\b(?:je|nous|on) (?:vous )?(?:le |la |les )?(?:recommande|recommandons|conseille|conseillons)\b|\b(?:a|je) recommander\b|\brecommande (?:vivement|chaudement|sans hesiter|a 100 ?%|les yeux fermes)|\b(?:adresse|etape) (?:incontournable|a retenir|a recommander)\b`,
      weight: 0.7,
      negatable: true,
      examples: ['Je recommande vivement.', 'je conseille a 100%', 'Une adresse incontournable'],
      counterExamples: ['Je ne recommande pas.'],
    },
    {
      id: 'fr.praise.return',
      signal: 'praise',
      pattern: String.raw`\b(?:nous reviendrons|on reviendra|je reviendrai|on revient vite|nous y retournerons|on y retournera|a refaire|sans hesiter|nous reviendrons sans hesiter|on reviendra avec plaisir|au plaisir de revenir|hate de revenir)\b`,
      weight: 0.5,
      negatable: true,
      examples: ['Rien à redire, on reviendra !', 'on revient vite'],
      counterExamples: ['On ne reviendra pas.'],
    },
    {
      id: 'fr.praise.superlative',
      signal: 'praise',
      pattern: String.raw`\b(?:rien a redire|au top|parfait(?:e|s|es)?|impeccable\w{0,2}|excellent\w{0,3}|superbe\w{0,1}|delicieu\w{1,4}|un regal|un delice|magnifique\w{0,1}|merveilleu\w{1,4}|formidable\w{0,1}|exceptionnel\w{0,3}|genial\w{0,3}|sublime\w{0,1}|aux petits soins|chaleureu\w{1,4}|adorable\w{0,1}|a tomber|top du top|que du bonheur|un pur bonheur|sans faute|un sans faute|bravo a (?:toute )?l'equipe|merci a (?:toute )?l'equipe|felicitations)\b`,
      weight: 0.5,
      negatable: true,
      examples: ['Séjour parfait, personnel aux petits soins', 'Au top !', 'Cuisine délicieuse'],
      counterExamples: ['Pas parfait du tout'],
      note: 'sarcasm cues turn these around in their sentence',
    },
  ],
};
export default family;
