/**
 * Category thresholds are the engine's policy (lib/analysis/engine/category.ts): sums of rule weights must reach
 * them exactly, whatever floating point makes of 0.6 + 0.7.
 */
import { describe, expect, it } from 'vitest';
import { decideCategory, type Evidence } from '../../../lib/analysis/engine/category';
import type { RuleHit } from '../../../lib/analysis/engine/signals';
import type { PolarityResult } from '../../../lib/analysis/engine/polarity';
import type { SignalType } from '../../../lib/analysis/types';

function hit(id: string, signal: SignalType, weight: number, start: number): RuleHit {
  return { rule: { id, signal, pattern: 'x', weight, examples: [] }, signal, start, end: start + 5, weight, conditional: false };
}

function evidence(hits: RuleHit[]): Evidence {
  const polarity = { positive: 0, negative: 2, items: [], clauses: [] } as unknown as PolarityResult;
  return { hits, polarity, gibberish: false, sarcasm: 0, aspectCount: 0, textLength: 40 };
}

describe('decideCategory thresholds', () => {
  it('two insults weighing 0.6 and 0.7 reach the 1.3 abuse spread', () => {
    expect(0.6 + 0.7).toBeLessThan(1.3); // the floating-point trap this guards against
    expect(decideCategory(evidence([hit('t.insult.a', 'insult', 0.6, 0), hit('t.insult.b', 'insult', 0.7, 10)])).category).toBe('abuse');
  });

  it('one mild insult alone is not abuse', () => {
    expect(decideCategory(evidence([hit('t.insult.a', 'insult', 0.6, 0)])).category).not.toBe('abuse');
  });
});
