/** Signals and aspects point at the exact text they came from, even after normalisation tricks. */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import type { AnalysisResult } from '../../../lib/analysis/types';

function expectExactOffsets(r: AnalysisResult): void {
  for (const s of [...r.signals, ...r.aspects]) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(r.analysedText.length);
    expect(r.analysedText.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('offsets', () => {
  it('point into the text, at offset 0 and at the very end', () => {
    const r = analyzeReview({ text: 'Refund me or I will post a bad review' });
    expectExactOffsets(r);
    const demand = r.signals.find((s) => s.rule === 'en.demand.imperative');
    expect(demand?.start).toBe(0);
    expect(demand?.text).toBe('Refund me');
    expect(Math.max(...r.signals.map((s) => s.end))).toBe(r.analysedText.length);
  });

  it('point into title + "\\n\\n" + text when a title is given', () => {
    const r = analyzeReview({ title: 'Bed bugs!', text: 'We found bed bugs in the mattress.' });
    expect(r.analysedText).toBe('Bed bugs!\n\nWe found bed bugs in the mattress.');
    expectExactOffsets(r);
    const hazards = r.signals.filter((s) => s.type === 'health_hazard');
    expect(hazards.map((s) => s.start)).toEqual([0, 20]);
  });

  it('survive spaced letters, zero-width characters, accents, look-alikes and emoji', () => {
    const texts = [
      '😀😀 R E F U N D   M E   O R   I   P O S T   A   B A D   R E V I E W 😀',
      're\u200bfund me or I will post a b\u200bad review',
      'Rеfund me (Cyrillic е) or I will post a bad review!!!',
      'Ｗe found ＢＥＤ ＢＵＧＳ and the manager laughed at us',
      'Chambre très sale, personnel désagréable. Remboursez-moi ou je laisse un avis négatif.',
    ];
    for (const text of texts) {
      const r = analyzeReview({ text });
      expect(r.signals.length, text).toBeGreaterThan(0);
      expectExactOffsets(r);
    }
    const spaced = analyzeReview({ text: texts[0] ?? '' });
    expect(spaced.category).toBe('blackmail');
    expect(spaced.signals.find((s) => s.rule === 'en.demand.imperative')?.text).toBe('R E F U N D   M E');
  });
});
