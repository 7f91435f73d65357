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
import { nextLetterRun } from './engine/words';

/** A word here is a run of letters and apostrophes ([\p{L}']+). */
const word = { start: 0, end: 0 };
/** Words looked at: the start of a text says enough, and this keeps 1 MB inputs cheap. */
const MAX_WORDS = 250;

export interface LanguageGuess {
  language: DetectedLanguage;
  /** 0..1 */
  confidence: number;
  /** share of the words that some registered language knows (stopword or lexicon word) */
  coverage: number;
}

/** word → score per registered language (stopword 1, lexicon word 0.5), built once. */
let vocabulary: { langs: string[]; words: Map<string, Float32Array> } | undefined;
function getVocabulary(): { langs: string[]; words: Map<string, Float32Array> } {
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
  vocabulary = { langs, words };
  return vocabulary;
}

/** Letters that only some of our languages use: a strong hint on short texts ("Très bien", "Muy buena"). */
const LETTER_HINTS: Record<string, Partial<Record<Language, number>>> = {
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
/** char code (lower and upper case) → per-language weights, built once */
let hintTable: Map<number, [number, number][]> | undefined;
function hints(langs: string[]): Map<number, [number, number][]> {
  if (hintTable) return hintTable;
  hintTable = new Map();
  for (const [letter, weights] of Object.entries(LETTER_HINTS)) {
    const entry: [number, number][] = [];
    for (const [lang, weight] of Object.entries(weights)) {
      const index = langs.indexOf(lang);
      if (index >= 0) entry.push([index, weight ?? 0]);
    }
    for (const variant of new Set([letter, letter.toUpperCase()])) if (variant.length === 1) hintTable.set(variant.charCodeAt(0), entry);
  }
  return hintTable;
}

export function detectLanguage(norm: NormalizedText): LanguageGuess {
  const { langs, words: vocab } = getVocabulary();
  const scores = new Float32Array(langs.length);
  let words = 0;
  let known = 0;
  const text = norm.text;
  for (let at = 0; words < MAX_WORDS && nextLetterRun(text, at, word); at = word.end) {
    words++;
    const hit = vocab.get(text.slice(word.start, word.end));
    if (!hit) continue;
    known++;
    for (let i = 0; i < hit.length; i++) scores[i] = (scores[i] ?? 0) + (hit[i] ?? 0);
  }
  const coverage = words ? known / words : 0;
  // accents are folded away in the normalised text: read them in the original (first chars only)
  const original = norm.original;
  const hintEnd = Math.min(original.length, MAX_HINT_CHARS);
  const table = hints(langs);
  for (let i = 0; i < hintEnd; i++) {
    const c = original.charCodeAt(i);
    if (c < 0xa1) continue;
    const hint = table.get(c);
    if (hint) for (const [index, weight] of hint) scores[index] = (scores[index] ?? 0) + weight;
  }
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
