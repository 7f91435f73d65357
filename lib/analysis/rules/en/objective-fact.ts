/**
 * Objective, verifiable facts (crisis ingredient 1 of seed 004): photos, receipts, numbers, times,
 * documents. They make a complaint credible and a careless reply costly.
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'en',
  family: 'objective-fact',
  rules: [
    {
      id: 'en.objective_fact.evidence',
      signal: 'objective_fact',
      pattern: '\\b(?:i|we) (?:have|took|kept|got|still have|filmed|recorded|saved|photographed)(?: (?:the|all|some|several|many|a|plenty of))? (?:photos?|pictures?|videos?|screenshots?|receipts?|proof|evidence|recordings?|bills?|invoices?|emails?|documentation|medical reports?|doctor\'s note|footage)\\b',
      weight: 0.85,
      examples: ['We have photos of the stains', 'I kept the receipt', 'we took pictures'],
      counterExamples: ['we took the stairs'],
    },
    {
      id: 'en.objective_fact.attached',
      signal: 'objective_fact',
      pattern: '\\b(?:photos?|pictures?|screenshots?|videos?|receipts?|invoices?) (?:attached|below|above|included|enclosed)\\b|\\bsee (?:the |my |attached )?(?:photos?|pictures?|screenshots?|videos?)\\b',
      weight: 0.8,
      examples: ['photos attached', 'see my pictures'],
      counterExamples: ['see you soon'],
    },
    {
      id: 'en.objective_fact.amount',
      signal: 'objective_fact',
      pattern: '(?:[$€£] ?\\d[\\d,.]*|\\b\\d[\\d,.]* ?(?:[$€£]|dollars|euros|pounds|usd|eur|gbp)\\b)',
      weight: 0.4,
      examples: ['charged $45 for water', 'we paid 300 euros'],
      counterExamples: ['we paid a lot'],
    },
    {
      id: 'en.objective_fact.time_place',
      signal: 'objective_fact',
      pattern: '\\b(?:at|around|until|till|by|from) \\d{1,2}(?:[:.h]\\d{2})? ?(?:am|pm|a\\.m|p\\.m|h|o\'clock)\\b|\\broom (?:number |no\\.? ?|#)?\\d{2,4}\\b|\\b(?:booking|reservation|confirmation|order|case|ticket|reference) (?:number|no\\.?|#|ref)\\b',
      weight: 0.5,
      examples: ['the music went on until 3am', 'room 214', 'my booking number'],
      counterExamples: ['a room with a view'],
    },
    {
      id: 'en.objective_fact.official',
      signal: 'objective_fact',
      pattern: '\\b(?:doctor|gp|physician|hospital|pharmacy|police) (?:confirmed|said|report|certificate|note|visit)\\b|\\b(?:medical|police|incident) (?:report|certificate|record)\\b',
      weight: 0.7,
      examples: ['the doctor confirmed it', 'we have a police report'],
      counterExamples: ['a doctor was staying next door'],
    },
  ],
};

export default family;
