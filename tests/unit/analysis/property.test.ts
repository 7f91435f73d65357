/** Any input yields a valid result: never throws, offsets inside the text, enums respected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import { ASPECTS, CATEGORIES, RISK_COMPONENTS, SIGNAL_TYPES, STRATEGIES, type AnalysisResult } from '../../../lib/analysis/types';

function expectValid(r: AnalysisResult): void {
  expect(CATEGORIES as readonly string[]).toContain(r.category);
  expect(STRATEGIES as readonly string[]).toContain(r.strategy);
  for (const a of r.alternatives) expect(STRATEGIES as readonly string[]).toContain(a);
  expect(r.alternatives).not.toContain(r.strategy);
  expect(['fr', 'en', 'es', 'de', 'it', 'und']).toContain(r.language);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(r.risk.score).toBeGreaterThanOrEqual(0);
  expect(r.risk.score).toBeLessThanOrEqual(100);
  expect(r.risk.components.map((c) => c.id)).toEqual([...RISK_COMPONENTS]);
  for (const s of r.signals) {
    expect(SIGNAL_TYPES as readonly string[]).toContain(s.type);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(r.analysedText.length);
    expect(s.start).toBeLessThan(s.end);
    expect(r.analysedText.slice(s.start, s.end)).toBe(s.text);
  }
  for (const a of r.aspects) {
    expect(ASPECTS as readonly string[]).toContain(a.aspect);
    expect(r.analysedText.slice(a.start, a.end)).toBe(a.text);
  }
}

const TRIGGERS = ['refund', 'R E F U N D', 'or I will post a bad review', 'bed bugs', 'idiot', 'no ', 'not ', 'scam', 'www.x.io/', '!!!', '\u200b', '\u202e', '\ud800', '😀', 'é', 'ß', 'rеfund', ' ', '\n', 'remboursez', 'ou je laisse un avis', 'Erstattung', 'reembolso', 'rimborso'];

describe('analyzeReview on any input', () => {
  it('handles the empty string', () => {
    const r = analyzeReview({ text: '' });
    expectValid(r);
    expect(r.analysedText).toBe('');
  });

  it('never throws on arbitrary strings (incl. lone surrogates and RTL overrides)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ unit: 'binary', maxLength: 40 })), fc.option(fc.integer({ min: -5, max: 10 })), (text, title, rating) => {
        expectValid(analyzeReview({ text, title: title ?? undefined, rating: rating ?? undefined }));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on mixtures of trigger words and hostile characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRIGGERS), { maxLength: 60 }), (parts) => {
        expectValid(analyzeReview({ text: parts.join('') }));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on malformed input objects', () => {
    const bad = [undefined, null, { text: 42 }, { text: undefined }, { text: 'ok', rating: Number.NaN }, { text: 'ok', lang: 'zz' }, { text: 'ok', title: 7 }];
    for (const input of bad) expectValid(analyzeReview(input as never));
  });
});
