/**
 * Strategy per DESIGN.md. `firm_and_factual` only when the manager says they hold contradicting facts;
 * `defuse_with_humor` only ever an alternative, for low-risk complaints.
 */
import type { Category, Risk, Strategy } from '../types';

export function chooseStrategy(category: Category, risk: Risk, hasContradictingFacts: boolean, hasNegativeAspects: boolean): { strategy: Strategy; alternatives: Strategy[] } {
  const facts = hasContradictingFacts;
  switch (category) {
    case 'blackmail':
      return { strategy: 'blackmail_protocol', alternatives: facts ? ['firm_and_factual', 'report_and_ignore'] : ['report_and_ignore'] };
    case 'abuse':
      return { strategy: 'report_and_ignore', alternatives: facts ? ['firm_and_factual', 'investigate_then_reply'] : ['investigate_then_reply'] };
    case 'off_topic':
      return { strategy: 'report_and_ignore', alternatives: [] };
    case 'allegation':
      return facts
        ? { strategy: 'firm_and_factual', alternatives: ['investigate_then_reply'] }
        : { strategy: 'investigate_then_reply', alternatives: ['acknowledge_and_fix'] };
    case 'complaint': {
      if (facts) return { strategy: 'firm_and_factual', alternatives: ['investigate_then_reply', 'acknowledge_and_fix'] };
      const alternatives: Strategy[] = [];
      const strategy: Strategy = risk.level === 'high' ? 'investigate_then_reply' : 'acknowledge_and_fix';
      alternatives.push(strategy === 'acknowledge_and_fix' ? 'investigate_then_reply' : 'acknowledge_and_fix');
      if (risk.level === 'low') alternatives.push('defuse_with_humor');
      return { strategy, alternatives };
    }
    case 'mixed':
      return facts
        ? { strategy: 'firm_and_factual', alternatives: ['acknowledge_and_fix', 'thank'] }
        : { strategy: 'acknowledge_and_fix', alternatives: ['thank'] };
    case 'positive':
      return { strategy: 'thank', alternatives: hasNegativeAspects ? ['acknowledge_and_fix'] : [] };
  }
}
