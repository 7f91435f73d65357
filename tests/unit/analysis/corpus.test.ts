/**
 * Every labelled corpus (tests/corpus/<lang>.jsonl) must reach the targets of issue 3: macro-F1 ≥ 0.90
 * and blackmail precision and recall ≥ 0.95. Failures print the misclassified texts.
 */
import { describe, expect, it } from 'vitest';
import { corpusLanguages, DEV_DIR, HELDOUT_DIR, loadCorpus, scoreCorpus } from '../../../scripts/eval/analysis';
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

const SETS = [
  { name: 'blind held-out set (tests/corpus/heldout)', dir: HELDOUT_DIR, idPrefix: 'b', minVeiled: 8 },
  { name: 'development set (tests/corpus/dev: the first held-out set)', dir: DEV_DIR, idPrefix: 'h', minVeiled: 10 },
];

for (const set of SETS) {
  describe(`${set.name}: measured by npm run eval, no target`, () => {
    it.skipIf(!corpusLanguages(set.dir).length)('has every language of the corpus, well-formed, every category present, blackmail veiled and plain', () => {
      expect(corpusLanguages(set.dir)).toEqual(corpusLanguages());
      for (const lang of corpusLanguages(set.dir)) {
        const entries = loadCorpus(lang, set.dir);
        const ids = new Set(entries.map((e) => e.id));
        expect(ids.size, lang).toBe(entries.length);
        for (const e of entries) {
          expect(e.id.startsWith(`${lang}-${set.idPrefix}-`), e.id).toBe(true);
          expect(KINDS, e.id).toContain(e.kind);
          expect(CATEGORIES as readonly string[], e.id).toContain(e.category);
          expect(e.text.trim().length, e.id).toBeGreaterThan(10);
        }
        for (const category of CATEGORIES) expect(entries.some((e) => e.category === category), `${lang} lacks ${category}`).toBe(true);
        expect(entries.filter((e) => e.category === 'blackmail' && /^veiled/.test(e.note ?? '')).length, lang).toBeGreaterThanOrEqual(set.minVeiled);
      }
    });
  });
}

describe('blind held-out set', () => {
  it.skipIf(!corpusLanguages(HELDOUT_DIR).length)('shares no text with the corpus or the development set, which the rules and the model learn from', () => {
    const taught = new Set([...corpusLanguages().flatMap((lang) => loadCorpus(lang)), ...corpusLanguages(DEV_DIR).flatMap((lang) => loadCorpus(lang, DEV_DIR))].map((e) => e.text.trim()));
    for (const lang of corpusLanguages(HELDOUT_DIR)) for (const e of loadCorpus(lang, HELDOUT_DIR)) expect(taught.has(e.text.trim()), e.id).toBe(false);
  });
});
