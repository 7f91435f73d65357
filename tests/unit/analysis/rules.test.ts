/**
 * Validates ALL rule data of every registered language: ids, patterns, examples, counter-examples,
 * linear matching time, lexicons, aspects, stopwords, and that every language folder is registered.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../lib/analysis/rules';
import { lexiconDuplicates } from '../../../lib/analysis/rules/lexicon';
import { ruleFiresIn } from '../../../lib/analysis/engine/signals';
import { normalize } from '../../../lib/analysis/normalize';
import { ASPECTS, SIGNAL_TYPES } from '../../../lib/analysis/types';

const languages = allRules();
const RULES_DIR = join(__dirname, '../../../lib/analysis/rules');

/** Time of a full global scan, best of `runs` (the minimum filters scheduler noise). */
function scanTime(regex: RegExp, text: string, runs = 1): number {
  let bestTime = Infinity;
  for (let r = 0; r < runs; r++) {
    const re = new RegExp(regex.source, 'gu');
    const t0 = performance.now();
    let n = 0;
    for (let m = re.exec(text); m !== null && n < 1e6; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      n++;
    }
    bestTime = Math.min(bestTime, performance.now() - t0);
  }
  return bestTime;
}

/** An adversarial haystack from trigger text: sentence punctuation removed so bounded gaps run to their limit. */
function haystack(seed: string, size: number): string {
  const base = normalize(seed).text.replace(/[.!?;]/g, ' ');
  if (!base.trim()) return 'a'.repeat(size);
  return base.repeat(Math.ceil(size / (base.length + 1))).slice(0, size);
}

/** Linear: 10× more text may cost at most ~30× more time (plus a little absolute slack for timer noise). */
function expectLinear(source: string, seed: string): void {
  const regex = new RegExp(source, 'gu');
  const small = haystack(seed, 10_000);
  const large = haystack(seed, 100_000);
  let tSmall = scanTime(regex, small);
  let tLarge = scanTime(regex, large);
  if (tLarge > 30 * tSmall + 4) {
    tSmall = scanTime(regex, small, 5);
    tLarge = scanTime(regex, large, 3);
  }
  expect(tLarge, `pattern ${source.slice(0, 80)}… took ${tLarge.toFixed(1)} ms on 100 kB vs ${tSmall.toFixed(2)} ms on 10 kB`).toBeLessThanOrEqual(30 * tSmall + 4);
}

describe('rule registry', () => {
  it('registers every language folder that has an index.ts', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(RULES_DIR, d.name, 'index.ts')))
      .map((d) => d.name)
      .sort();
    expect(languages.map((l) => l.lang).sort()).toEqual(folders);
  });

  it('has rule ids unique across languages', () => {
    const ids = languages.flatMap((l) => l.families.flatMap((f) => f.rules.map((r) => r.id)));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('lists no lexicon word twice', () => {
    expect(lexiconDuplicates).toEqual([]);
  });
});

for (const lang of languages) {
  describe(`rules ${lang.lang}`, () => {
    for (const family of lang.families) {
      describe(family.family, () => {
        it('belongs to its language and has well-formed rules', () => {
          expect(family.lang).toBe(lang.lang);
          expect(family.rules.length).toBeGreaterThan(0);
          for (const rule of family.rules) {
            expect(rule.id.startsWith(`${lang.lang}.`), rule.id).toBe(true);
            expect(SIGNAL_TYPES as readonly string[]).toContain(rule.signal);
            expect(rule.weight, rule.id).toBeGreaterThan(0);
            expect(rule.weight, rule.id).toBeLessThanOrEqual(1);
            expect(() => new RegExp(rule.pattern, 'gu'), rule.id).not.toThrow();
            expect(rule.examples.length, `${rule.id} needs examples`).toBeGreaterThan(0);
          }
        });

        for (const rule of family.rules) {
          it(`${rule.id}: examples fire, counter-examples do not`, () => {
            for (const example of rule.examples) expect(ruleFiresIn(lang, rule, example), `${rule.id} should fire on: ${example}`).toBe(true);
            for (const counter of rule.counterExamples ?? []) expect(ruleFiresIn(lang, rule, counter), `${rule.id} should not fire on: ${counter}`).toBe(false);
          });
        }

        it('every pattern stays linear on 100 kB built from its own examples', { retry: 2 }, () => {
          for (const rule of family.rules) expectLinear(rule.pattern, rule.examples.join(' '));
        });
      });
    }

    it('has compilable, linear context cues', { retry: 2 }, () => {
      const { cues } = lang;
      expect(cues.lang).toBe(lang.lang);
      const all = [...cues.negations, ...cues.reported, ...cues.positivePromise, ...cues.sarcasm, ...cues.conditionals, ...(cues.scopeBreakers ?? [])];
      expect(cues.negations.length).toBeGreaterThan(0);
      expect(cues.conditionals.length).toBeGreaterThan(0);
      const seed = lang.families.flatMap((f) => f.rules.flatMap((r) => r.examples)).join(' ');
      for (const source of all) {
        expect(() => new RegExp(source, 'gu'), source).not.toThrow();
        expectLinear(source, seed);
      }
    });

    it('has a real polarity lexicon in normalised form', () => {
      const { polarity } = lang;
      expect(polarity.lang).toBe(lang.lang);
      const entries = Object.entries(polarity.words);
      expect(entries.length, 'several hundred entries').toBeGreaterThanOrEqual(300);
      expect(entries.filter(([, w]) => w > 0).length).toBeGreaterThan(80);
      expect(entries.filter(([, w]) => w < 0).length).toBeGreaterThan(80);
      for (const [word, weight] of [...entries, ...Object.entries(polarity.prefixes ?? {})]) {
        expect(weight, word).toBeGreaterThanOrEqual(-4);
        expect(weight, word).toBeLessThanOrEqual(4);
        expect(normalize(word).text, `"${word}" is not in normalised form`).toBe(word);
      }
      for (const stem of Object.keys(polarity.prefixes ?? {})) expect(stem.length, stem).toBeGreaterThanOrEqual(4);
      expect(polarity.negators.length).toBeGreaterThan(0);
      expect(polarity.contrast.length).toBeGreaterThan(0);
      for (const word of [...polarity.negators, ...polarity.contrast, ...Object.keys(polarity.intensifiers)]) {
        expect(normalize(word).text, word).toBe(word);
      }
    });

    it('has aspect patterns for known aspects', () => {
      expect(lang.aspects.lang).toBe(lang.lang);
      for (const [aspect, sources] of Object.entries(lang.aspects.aspects)) {
        expect(ASPECTS as readonly string[]).toContain(aspect);
        for (const source of sources ?? []) {
          expect(() => new RegExp(source, 'gu'), source).not.toThrow();
          expectLinear(source, `${aspect} ${source.replace(/[^a-z ]/g, ' ')}`);
        }
      }
    });

    it('has unique, normalised stopwords', () => {
      expect(lang.stopwords.length).toBeGreaterThan(50);
      expect(new Set(lang.stopwords).size).toBe(lang.stopwords.length);
      for (const word of lang.stopwords) expect(normalize(word).text, word).toBe(word);
    });
  });
}
