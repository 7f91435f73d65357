/**
 * The blackmail model (lib/analysis/model): clear veiled blackmail scores high, honest reviews that name
 * prices, conditions and stars score low, any input gives a number in [0,1] in linear time, the cue data
 * is well formed, the stored weights stay small and training is deterministic.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blackmailEvidence, blackmailLogit, blackmailProbability, decodeModel, veiledBlackmailFlag } from '../../../lib/analysis/model/blackmail';
import { BLACKMAIL_MODEL } from '../../../lib/analysis/model/blackmail-weights';
import { CUES, CUE_CLASSES } from '../../../lib/analysis/model/cues';
import { ALL_FEATURES, extractFeatures, fold } from '../../../lib/analysis/model/features';
import { analyzeReview } from '../../../lib/analysis/index';
import { store, train, type Example } from '../../../scripts/train/logistic';

const SOFT_FLAG = 0.5;

function probability(text: string, lang: string): number {
  return blackmailProbability(text, lang, analyzeReview({ text, lang }).signals);
}

/** Time of `run`, best of `runs` (the minimum filters scheduler noise). */
function timeOf(run: () => void, runs = 1): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Linear: 10× more text may cost at most ~30× more time (plus a little absolute slack for timer noise). */
function expectLinear(run: (text: string) => void, seed: string, small: number, large: number): void {
  const make = (size: number): string => seed.repeat(Math.ceil(size / seed.length)).slice(0, size);
  const [a, b] = [make(small), make(large)];
  run(a); // warm the caches and the JIT on both sizes
  run(b);
  let tSmall = timeOf(() => run(a));
  let tLarge = timeOf(() => run(b));
  if (tLarge > 30 * tSmall + 4) {
    // a busy machine stalls single runs: retry as best of several (a quadratic cost fails every try)
    tSmall = timeOf(() => run(a), 7);
    tLarge = timeOf(() => run(b), 7);
  }
  expect(tLarge, `${large} chars took ${tLarge.toFixed(1)} ms vs ${tSmall.toFixed(2)} ms for ${small}`).toBeLessThanOrEqual(30 * tSmall + 4);
}

describe('blackmailProbability', () => {
  it.each([
    ['en', 'Whether my write-up of your spa ends up glowing or brutal really depends on whether you waive the cancellation fee.'],
    ['fr', 'Mon commentaire sur votre restaurant dépendra du remboursement du dessert.'],
    ['de', 'Meine Bewertung hängt davon ab, ob Sie uns bei der Rechnung entgegenkommen.'],
    ['it', 'Le stelle che vi darò dipendono dallo sconto sul conto.'],
  ])('scores veiled blackmail above the soft flag (%s)', (lang, text) => {
    expect(probability(text, lang)).toBeGreaterThanOrEqual(SOFT_FLAG);
  });

  it.each([
    ['en', 'The room was clean and the staff friendly. We asked for a late checkout and got it for free. Five stars!'],
    ['en', 'I asked for a refund because the AC broke; they refused. Honest review: two stars, the pool was nice.'],
    ['fr', "Si vous cherchez un hôtel pas cher, c'est le bon choix. Je laisse cet avis pour aider les autres."],
    ['it', 'Se cercate uno sconto, prenotate sul sito. Recensione sincera: cinque stelle.'],
  ])('keeps honest reviews naming prices, conditions and stars below the soft flag (%s)', (lang, text) => {
    expect(probability(text, lang)).toBeLessThan(SOFT_FLAG);
  });

  it('reads the rule signals as evidence: a demand tied to a review threat scores higher with them', () => {
    const text = 'Give us back 50% or I will post this review on every site I can find.';
    expect(blackmailProbability(text, 'en', ['demand', 'review_threat'])).toBeGreaterThan(blackmailProbability(text, 'en', ['praise']));
  });

  it.each([
    ['empty', ''],
    ['junk', '\u0000\uffff\ud800 ☃ '.repeat(20_000)],
    ['100 kB of letters', 'a'.repeat(100_000)],
    ['100 kB of cue words', 'if you refund the review stars would change. '.repeat(2_300)],
  ])('returns a number in [0,1] for %s', (_, text) => {
    for (const lang of ['en', 'fr', 'und', 'xx', '']) {
      const p = blackmailProbability(text, lang);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('never throws on hostile arguments', () => {
    const p = blackmailProbability(undefined as unknown as string, null as unknown as string, [null, 3, { type: 7 }] as never);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  });

  it('is linear in the text (feature extraction under the length cap, and the whole call on 100 kB)', () => {
    const seed = 'Wenn Sie uns bei der Rechnung entgegenkommen, ändere ich meine Bewertung gern! ';
    expectLinear((t) => extractFeatures(t, 'de', [], 4096, ALL_FEATURES), seed, 2_000, 20_000);
    expectLinear((t) => blackmailProbability(t, 'de'), seed, 10_000, 100_000);
  });
});

describe('veiledBlackmailFlag', () => {
  it('flags a veiled demand tied to a review the rules miss, not an honest review', () => {
    const veiled = 'Meine Bewertung hängt davon ab, ob Sie uns bei der Rechnung entgegenkommen.';
    expect(veiledBlackmailFlag(veiled, 'de', analyzeReview({ text: veiled, lang: 'de' }).signals)).toBe(true);
    const honest = 'The room was clean and the staff friendly. We asked for a late checkout and got it for free. Five stars!';
    expect(veiledBlackmailFlag(honest, 'en', analyzeReview({ text: honest, lang: 'en' }).signals)).toBe(false);
  });

  it('needs a review, rating or platform named: a conditional money demand alone is not review blackmail', () => {
    const text = 'If you refund the deposit by Friday I would be grateful, otherwise we will discuss it at the desk.';
    const p = blackmailProbability(text, 'en');
    // whatever the model says, without a review reference the flag stays down
    expect(typeof p).toBe('number');
    expect(veiledBlackmailFlag(text, 'en')).toBe(false);
  });
});

describe('blackmailEvidence', () => {
  it('names the readable features behind a score, and they with the n-grams and bias make up the logit', () => {
    const text = 'Meine Bewertung hängt davon ab, ob Sie uns bei der Rechnung entgegenkommen.';
    const signals = analyzeReview({ text, lang: 'de' }).signals;
    const { features, ngrams } = blackmailEvidence(text, 'de', signals, 1_000);
    expect(features.map((f) => f.feature)).toContain('w1:review+advantage+condition');
    const model = decodeModel(BLACKMAIL_MODEL);
    const sum = model.bias + ngrams + features.reduce((a, f) => a + f.weight, 0);
    expect(sum).toBeCloseTo(blackmailLogit(model, text, 'de', signals), 2);
  });

  it('returns nothing on hostile arguments', () => {
    expect(blackmailEvidence(undefined as unknown as string, 'xx').features.every((f) => typeof f.weight === 'number')).toBe(true);
  });
});

describe('cue data', () => {
  it.each(Object.keys(CUES))('%s: every class present, entries folded, stems long enough, no duplicates', (lang) => {
    const lexicon = CUES[lang]!;
    for (const cls of CUE_CLASSES) {
      const entries = lexicon[cls] ?? [];
      expect(entries.length, `${lang}.${cls}`).toBeGreaterThan(0);
      expect(new Set(entries).size, `${lang}.${cls} has duplicates`).toBe(entries.length);
      for (const entry of entries) {
        expect(fold(entry), `${lang}.${cls} '${entry}' must be folded`).toBe(entry);
        expect(entry, `${lang}.${cls} '${entry}'`).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)?\*?$/); // one or two words: the matcher reads no longer cue
        if (entry.endsWith('*')) expect(entry.length - 1, `stem '${entry}' outside 3..16 letters`).toBeGreaterThanOrEqual(3);
        if (entry.endsWith('*')) expect(entry.length - 1).toBeLessThanOrEqual(16);
      }
    }
  });
});

describe('stored weights', () => {
  it('decode to the declared size and stay under 15 kB gzipped', () => {
    const model = decodeModel(BLACKMAIL_MODEL);
    expect(model.hashed.length).toBe(BLACKMAIL_MODEL.buckets);
    expect(model.named.size).toBeGreaterThan(10);
    const file = readFileSync(join(__dirname, '../../../lib/analysis/model/blackmail-weights.ts'));
    expect(gzipSync(file).length).toBeLessThan(15_000);
  });
});

describe('training', () => {
  const examples: Example[] = [
    { text: 'Refund me or I post a bad review.', lang: 'en', signals: ['demand', 'review_threat'], label: 1 },
    { text: 'My review would change if you gave a discount.', lang: 'en', signals: [], label: 1 },
    { text: 'Lovely room, great breakfast, five stars.', lang: 'en', signals: ['praise'], label: 0 },
    { text: 'The shower was cold and nobody came to fix it.', lang: 'en', signals: ['negative'], label: 0 },
  ];
  const options = { buckets: 256, epochs: 20, rate: 0.1, l2: 1e-3, positiveWeight: 1, features: ALL_FEATURES };

  it('gives the same weights for the same examples', () => {
    expect(store(train(examples, options))).toEqual(store(train(examples, options)));
  });

  it('learns to separate its training examples', () => {
    const model = decodeModel(store(train(examples, options)));
    expect(model.bias).toBeTypeOf('number');
    const stored = store(train(examples, options));
    expect(Object.keys(stored.named).length).toBeGreaterThan(0);
  });
});
