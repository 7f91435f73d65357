/**
 * Every labelled corpus (tests/corpus/<lang>.jsonl) must reach the targets of issue 3: macro-F1 ≥ 0.90
 * and blackmail precision and recall ≥ 0.95. Failures print the misclassified texts.
 */
import { describe, expect, it } from 'vitest';
import { corpusLanguages, loadCorpus, scoreCorpus } from '../../../scripts/eval/analysis';
import { CATEGORIES } from '../../../lib/analysis/types';

const KINDS = ['review', 'email', 'sms', 'chat'];

describe('labelled corpora', () => {
  const langs = corpusLanguages();

  it('exist for English and hold well-formed entries', () => {
    expect(langs).toContain('en');
    for (const lang of langs) {
      const entries = loadCorpus(lang);
      const ids = new Set<string>();
      for (const e of entries) {
        expect(e.id.startsWith(`${lang}-`), e.id).toBe(true);
        expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
        ids.add(e.id);
        expect(KINDS, e.id).toContain(e.kind);
        expect(CATEGORIES as readonly string[], e.id).toContain(e.category);
        expect(typeof e.text, e.id).toBe('string');
        if (e.rating !== undefined) expect([1, 2, 3, 4, 5], e.id).toContain(e.rating);
      }
    }
  });

  for (const lang of langs) {
    it(`${lang}: at least 80 texts covering every category, reviews and messages`, () => {
      const entries = loadCorpus(lang);
      expect(entries.length).toBeGreaterThanOrEqual(80);
      for (const category of CATEGORIES) expect(entries.some((e) => e.category === category), `${lang} lacks ${category}`).toBe(true);
      expect(entries.some((e) => e.kind !== 'review'), `${lang} has no pasted message`).toBe(true);
    });

    it(`${lang}: macro-F1 ≥ 0.90 and blackmail P/R ≥ 0.95`, () => {
      const score = scoreCorpus(lang, loadCorpus(lang));
      const report = `${lang}: accuracy ${(score.accuracy * 100).toFixed(1)}%, macro-F1 ${score.macroF1.toFixed(3)}, blackmail P ${score.blackmail.precision.toFixed(2)} R ${score.blackmail.recall.toFixed(2)}\n` +
        score.errors.map((e) => `  ${e.id}: expected ${e.expected}, got ${e.got}: ${e.text.slice(0, 100)}`).join('\n');
      console.log(report.split('\n')[0]);
      expect(score.macroF1, report).toBeGreaterThanOrEqual(0.9);
      expect(score.blackmail.precision, report).toBeGreaterThanOrEqual(0.95);
      expect(score.blackmail.recall, report).toBeGreaterThanOrEqual(0.95);
    });
  }
});
