/**
 * Language detection reads words through a hashed table and accent hints through a regex scan: it must guess
 * exactly what a plain Map lookup of every [\p{L}']+ word and a char-by-char hint loop guess, on hostile text too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, LETTER_HINTS } from '../../../lib/analysis/detect';
import { normalize } from '../../../lib/analysis/normalize';
import { allRules } from '../../../lib/analysis/rules';

/** The straightforward reading detect.ts replaces (same thresholds). */
function reference(original: string): { language: string; confidence: number; coverage: number } {
  const rules = allRules();
  const langs = rules.map((r) => r.lang);
  const vocab = new Map<string, Float32Array>();
  const add = (word: string, index: number, score: number): void => {
    const scores = vocab.get(word) ?? new Float32Array(langs.length);
    scores[index] = Math.max(scores[index] ?? 0, score);
    vocab.set(word, scores);
  };
  rules.forEach((r, index) => {
    for (const word of Object.keys(r.polarity.words)) if (!word.includes(' ')) add(word, index, 0.5);
    for (const word of r.stopwords) add(word, index, 1);
  });
  const norm = normalize(original);
  const scores = new Float32Array(langs.length);
  let words = 0;
  let known = 0;
  for (const m of norm.text.matchAll(/[\p{L}']+/gu)) {
    if (words >= 250) break;
    words++;
    const hit = vocab.get(m[0]);
    if (!hit) continue;
    known++;
    for (let i = 0; i < hit.length; i++) scores[i] = (scores[i] ?? 0) + (hit[i] ?? 0);
  }
  const hints = new Map<number, [number, number][]>();
  for (const [letter, weights] of Object.entries(LETTER_HINTS)) {
    const entry = Object.entries(weights).map(([lang, w]) => [langs.indexOf(lang), w ?? 0] as [number, number]).filter(([i]) => i >= 0);
    for (const variant of new Set([letter, letter.toUpperCase()])) if (variant.length === 1) hints.set(variant.charCodeAt(0), entry);
  }
  for (let i = 0; i < Math.min(original.length, 2000); i++) for (const [index, w] of hints.get(original.charCodeAt(i)) ?? []) scores[index] = (scores[index] ?? 0) + w;
  let best = -1;
  let bestScore = 0;
  let second = 0;
  scores.forEach((score, i) => {
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = i;
    } else if (score > second) second = score;
  });
  const coverage = words ? known / words : 0;
  const enough = words <= 4 ? bestScore >= 0.5 : bestScore >= 1 && bestScore / words >= 0.12;
  if (best < 0 || !enough || bestScore < second * 1.3) return { language: 'und', confidence: 0, coverage };
  return { language: langs[best]!, confidence: Math.min(1, (bestScore - second) / Math.max(2, words * 0.3)), coverage };
}

const detect = (text: string): ReturnType<typeof reference> => detectLanguage(normalize(text));

describe('detectLanguage', () => {
  it('names the language of short everyday texts', () => {
    expect(detect('Très bien, merci').language).toBe('fr');
    expect(detect('Muy buena atención, gracias').language).toBe('es');
    expect(detect('The room was clean and the staff were friendly').language).toBe('en');
    expect(detect('Das Zimmer war sauber und das Personal freundlich').language).toBe('de');
    expect(detect('La camera era pulita e il personale gentile').language).toBe('it');
    expect(detect('qsdkjh zzkq wxcv').language).toBe('und');
  });

  it('guesses exactly what a Map lookup of every word would, on corpus texts', () => {
    const dir = join(__dirname, '..', '..', 'corpus');
    for (const lang of ['en', 'fr', 'de', 'es', 'it']) {
      const texts = readFileSync(join(dir, `${lang}.jsonl`), 'utf8').split('\n').filter(Boolean).slice(0, 40).map((line) => (JSON.parse(line) as { text: string }).text);
      for (const text of texts) expect(detect(text), text).toEqual(reference(text));
    }
  });

  it('guesses exactly what a Map lookup would on words with apostrophes, accents, astral letters and surrogates', () => {
    const vocab = allRules().flatMap((r) => [...r.stopwords].slice(0, 30));
    const pieces = [...vocab, ...vocab.map((w) => w.toUpperCase()), "l'", "'", 'é', 'Ç', 'ñ', '¿', 'ß', '𝐀', '😀', '\ud800', '\udc00', 'д', '漢', ' ', ', ', '. ', '\n', '7', 'x'];
    let x = 7;
    for (let t = 0; t < 300; t++) {
      let text = '';
      const length = 1 + (t % 60);
      for (let i = 0; i < length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        text += pieces[x % pieces.length];
        if (x % 3 === 0) text += ' ';
      }
      expect(detect(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('reads hint letters only in the first 2,000 chars, and at most 250 words', () => {
    const filler = 'zzq '.repeat(600); // 2,400 chars of unknown words
    expect(detect(`${filler}ñ ñ ñ ¿ ¡ señor`)).toEqual(reference(`${filler}ñ ñ ñ ¿ ¡ señor`));
    expect(detect(`${filler}ñ ñ ñ`).language).toBe('und');
    expect(detect(`ñ ${filler}`)).toEqual(reference(`ñ ${filler}`));
  });
});
