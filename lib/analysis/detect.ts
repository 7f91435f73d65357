/**
 * Language identification on normalised text, from the stopwords and lexicon words of the registered
 * languages plus accented letters of the original (é, ñ, ß, ò…). No library: measured on 2026-11-24
 * (`EVAL_LANGID=1 npm run eval`, 5 languages, accuracy; corpus = tests/corpus, dataset = every 5th row of
 * ../shared/datasets, whose labels are themselves a stop-word guess):
 *
 *   detector                    corpus  dataset  first 40 chars  title only   gzipped size
 *   tact (this file)             98.1%    98.9%       93.7%          79.9%      0 kB (reuses rule data)
 *   tinyld/light 1.3.4           98.2%    98.3%       95.6%          76.1%     33 kB
 *   franc-min 6.2.0              98.0%    98.6%       92.7%          72.8%     53 kB
 *   eld/extrasmall 2.1.0         98.7%    98.9%       98.7%          87.7%    285 kB
 *
 * eld is the most accurate on very short texts but alone weighs 3.5× the whole analysis budget (80 kB gz);
 * tinyld and franc are no better than the rule data Tact already ships. Analysis reads title + text, so the
 * short-text gap matters little; a text no language claims is "und" and read with every rule set.
 */
import type { DetectedLanguage, Language } from '../platforms';
import type { NormalizedText } from './normalize';
import { allRules } from './rules';
import { codePointAt, isLetter } from './engine/words';

/** Words looked at: the start of a text says enough, and this keeps 1 MB inputs cheap. */
const MAX_WORDS = 250;

export interface LanguageGuess {
  language: DetectedLanguage;
  /** 0..1 */
  confidence: number;
  /** share of the words that some registered language knows (stopword or lexicon word) */
  coverage: number;
}

/**
 * word → score per registered language (stopword 1, lexicon word 0.5), built once. An open-addressing table keyed
 * by the FNV-1a hash of the word's UTF-16 units, so the scan hashes each word as it reads it and looks it up
 * without cutting it out of the text (measured: the slice and the Map's string hashing were most of the cost).
 */
interface Vocabulary {
  langs: string[];
  /** slot s → [hash, entry + 1] at [2s, 2s + 1] (entry + 1 = 0: empty); a power of two slots, at most half full */
  slots: Int32Array;
  mask: number;
  /**
   * One bit per (h >>> BLOOM_SHIFT) set for every vocabulary word: a word whose bit is clear is unknown, found
   * in a 16 kB bitmap that stays in cache instead of the slot table (measured: the table's cache misses were
   * most of detection's time, and about 4 words in 10 are unknown)
   */
  bloom: Int32Array;
  /** entry e → the word as `keys`[words[2e], words[2e] + words[2e + 1]) */
  words: Int32Array;
  keys: string;
  /** per entry, one score per language: scores[entry * langs.length + lang] */
  scores: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const BLOOM_SHIFT = 15; // 2^17 bits from the hash's top 17 bits

let vocabulary: Vocabulary | undefined;
function getVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const rules = allRules();
  const langs = rules.map((r) => r.lang);
  const words = new Map<string, Float32Array>();
  const add = (word: string, index: number, score: number): void => {
    let scores = words.get(word);
    if (!scores) {
      scores = new Float32Array(langs.length);
      words.set(word, scores);
    }
    scores[index] = Math.max(scores[index] ?? 0, score);
  };
  rules.forEach((r, index) => {
    for (const word of Object.keys(r.polarity.words)) if (!word.includes(' ')) add(word, index, 0.5);
    for (const word of r.stopwords) add(word, index, 1);
  });
  let size = 16;
  while (size < words.size * 2) size *= 2;
  const slots = new Int32Array(size * 2);
  const bloom = new Int32Array(1 << (32 - BLOOM_SHIFT - 5));
  const entries = new Int32Array(words.size * 2);
  const scores = new Float32Array(words.size * langs.length);
  let keys = '';
  let entry = 0;
  for (const [word, wordScores] of words) {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    entries[entry * 2] = keys.length;
    entries[entry * 2 + 1] = word.length;
    keys += word;
    scores.set(wordScores, entry * langs.length);
    let slot = h & (size - 1);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot * 2] = h;
    bloom[h >>> (BLOOM_SHIFT + 5)] = bloom[h >>> (BLOOM_SHIFT + 5)]! | (1 << ((h >>> BLOOM_SHIFT) & 31));
    slots[slot * 2 + 1] = entry + 1;
    entry++;
  }
  vocabulary = { langs, slots, mask: size - 1, bloom, words: entries, keys, scores };
  return vocabulary;
}

/** The vocabulary entry of text[start, end) with hash `h`, or -1. */
function lookup(v: Vocabulary, text: string, start: number, end: number, h: number): number {
  const length = end - start;
  const { slots, words } = v;
  for (let slot = h & v.mask; ; slot = (slot + 1) & v.mask) {
    const stored = slots[slot * 2 + 1]!;
    if (stored === 0) return -1;
    if (slots[slot * 2] !== h) continue;
    const entry = stored - 1;
    if (words[entry * 2 + 1] !== length) continue;
    const at = words[entry * 2]!;
    let k = 0;
    while (k < length && v.keys.charCodeAt(at + k) === text.charCodeAt(start + k)) k++;
    if (k === length) return entry;
  }
}

/** Letters that only some of our languages use: a strong hint on short texts ("Très bien", "Muy buena"). */
export const LETTER_HINTS: Record<string, Partial<Record<Language, number>>> = {
  'é': { fr: 0.6, es: 0.3, it: 0.2 },
  'è': { fr: 0.8, it: 0.5 },
  'ê': { fr: 1 },
  'à': { fr: 0.8, it: 0.6 },
  'â': { fr: 1 },
  'ç': { fr: 1.2 },
  'ô': { fr: 1 },
  'û': { fr: 1 },
  'î': { fr: 1 },
  'ë': { fr: 0.5 },
  'ï': { fr: 0.6 },
  'œ': { fr: 1.2 },
  'ñ': { es: 1.5 },
  'á': { es: 1 },
  'í': { es: 0.8, it: 0.2 },
  'ó': { es: 1, it: 0.2 },
  'ú': { es: 1 },
  '¿': { es: 1.5 },
  '¡': { es: 1.5 },
  'ä': { de: 1.2 },
  'ö': { de: 1.2 },
  'ü': { de: 1.2 },
  'ß': { de: 1.5 },
  'ì': { it: 1.2 },
  'ò': { it: 1.2 },
  'ù': { it: 1.2, fr: 0.3 },
};
const MAX_HINT_CHARS = 2000;
/** char code (lower and upper case) → per-language weights, built once (an array: the codes are all below 0x180) */
let hintTable: ([number, number][] | undefined)[] | undefined;
/** any letter of the table (a regex scan skips the rest of the text natively: most text has none) */
let hintLetter = /(?!)/g;
function hints(langs: string[]): ([number, number][] | undefined)[] {
  if (hintTable) return hintTable;
  const table: ([number, number][] | undefined)[] = [];
  for (const [letter, weights] of Object.entries(LETTER_HINTS)) {
    const entry: [number, number][] = [];
    for (const [lang, weight] of Object.entries(weights)) {
      const index = langs.indexOf(lang);
      if (index >= 0) entry.push([index, weight ?? 0]);
    }
    for (const variant of new Set([letter, letter.toUpperCase()])) if (variant.length === 1) table[variant.charCodeAt(0)] = entry;
  }
  for (let c = 0; c < table.length; c++) table[c] ??= undefined; // packed, no holes
  const letters: string[] = [];
  table.forEach((entry, c) => {
    if (entry) letters.push(`\\u${c.toString(16).padStart(4, '0')}`);
  });
  hintLetter = new RegExp(`[${letters.join('')}]`, 'g');
  hintTable = table;
  return table;
}

export function detectLanguage(norm: NormalizedText): LanguageGuess {
  const v = getVocabulary();
  const langs = v.langs;
  const langCount = langs.length;
  const entryScores = v.scores;
  const bloom = v.bloom;
  const scores = new Float32Array(langCount);
  let words = 0;
  let known = 0;
  const text = norm.text;
  const n = text.length;
  // words are runs of letters and apostrophes ([\p{L}']+, read by code point as the u flag does)
  let i = 0;
  while (words < MAX_WORDS) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 97 && c <= 122) || c === 39 || (c >= 65 && c <= 90)) break;
        i++;
        continue;
      }
      const cp = codePointAt(text, i);
      if (isLetter(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i >= n) break;
    const start = i;
    let h = FNV_OFFSET;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!((c >= 97 && c <= 122) || c === 39 || (c >= 65 && c <= 90))) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
        continue;
      }
      const cp = codePointAt(text, i);
      if (!isLetter(cp)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += cp > 0xffff ? 2 : 1;
    }
    words++;
    if ((bloom[h >>> (BLOOM_SHIFT + 5)]! & (1 << ((h >>> BLOOM_SHIFT) & 31))) === 0) continue;
    const entry = lookup(v, text, start, i, h);
    if (entry < 0) continue;
    known++;
    const row = entry * langCount;
    for (let l = 0; l < langCount; l++) scores[l] = scores[l]! + entryScores[row + l]!;
  }
  const coverage = words ? known / words : 0;
  // accents are folded away in the normalised text: read them in the original (first chars only)
  const original = norm.original;
  const hintEnd = Math.min(original.length, MAX_HINT_CHARS);
  const table = hints(langs);
  // test() moves lastIndex past the next hint letter without building a match
  hintLetter.lastIndex = 0;
  while (hintLetter.test(original)) {
    const i = hintLetter.lastIndex - 1;
    if (i >= hintEnd) break;
    const hint = table[original.charCodeAt(i)];
    if (hint) for (const [index, weight] of hint) scores[index] = (scores[index] ?? 0) + weight;
  }
  hintLetter.lastIndex = 0;
  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = i;
    } else if (score > second) second = score;
  }
  const bestLang = langs[best];
  // short texts: any clear evidence will do; longer ones must show a fair share of known words
  const enough = words <= 4 ? bestScore >= 0.5 : bestScore >= 1 && bestScore / words >= 0.12;
  if (!bestLang || !enough || bestScore < second * 1.3) return { language: 'und', confidence: 0, coverage };
  return { language: bestLang as Language, confidence: Math.min(1, (bestScore - second) / Math.max(2, words * 0.3)), coverage };
}
