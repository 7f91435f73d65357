/** Legal threats and official complaints: they raise the risk, they do not make blackmail on their own. */
import type { RuleFamily } from '../types';

const WILL = "(?:i|we)(?:'ll|'m going to|'re going to| will| am going to| are going to| shall| intend to| plan to| have already| already|'ve already| have| are| am)";

const family: RuleFamily = {
  lang: 'en',
  family: 'legal-threat',
  rules: [
    {
      id: 'en.legal_threat.sue',
      signal: 'legal_threat',
      pattern: `\\b${WILL}(?: be)? (?:sue|suing|take (?:you|legal action|this) to court|taking (?:you|legal action|this) to court|take legal action|taking legal action|press(?:ing)? charges|file a (?:lawsuit|claim|complaint)|filing a (?:lawsuit|claim|complaint)|contact(?:ing|ed)? (?:my|our|a) (?:lawyer|attorney|solicitor)|report(?:ing|ed)? (?:you|this|the hotel|the restaurant) to)\\b`,
      weight: 0.85,
      negatable: true,
      examples: ['I will sue you', "We're going to take legal action", 'I have already contacted my lawyer', 'we will report you to the health department'],
      counterExamples: ['I will not take legal action, but'],
    },
    {
      id: 'en.legal_threat.authorities',
      signal: 'legal_threat',
      pattern: '\\b(?:my|our) (?:lawyer|lawyers|attorney|solicitor|legal team)\\b|\\b(?:small claims court|trading standards|health inspector|health department|environmental health|consumer protection|better business bureau|bbb|ombudsman|attorney general|chargeback|charge back|dispute the charge|police report)\\b',
      weight: 0.7,
      negatable: true,
      examples: ['my lawyer will be in touch', 'I have filed a chargeback', 'reported to Trading Standards'],
      counterExamples: ['no need for a chargeback'],
    },
  ],
};

export default family;
