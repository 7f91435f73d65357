/**
 * Language identification on normalised text, from the stopword lists of the registered languages.
 * (Library comparison and choice: see the note at the end of this file once measured.)
 */
import type { DetectedLanguage, Language } from '../platforms';
import type { NormalizedText } from './normalize';
import { allRules } from './rules';

const WORD = /[\p{L}']+/gu;
/** Words looked at: the start of a text says enough, and this keeps 1 MB inputs cheap. */
const MAX_WORDS = 400;

export interface LanguageGuess {
  language: DetectedLanguage;
  /** 0..1 */
  confidence: number;
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

export function detectLanguage(norm: NormalizedText): LanguageGuess {
  const { langs, words: vocab } = getVocabulary();
  const scores = new Float32Array(langs.length);
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm.text); m !== null && words < MAX_WORDS; m = WORD.exec(norm.text)) {
    words++;
    const hit = vocab.get(m[0]);
    if (hit) for (let i = 0; i < hit.length; i++) scores[i] = (scores[i] ?? 0) + (hit[i] ?? 0);
  }
  WORD.lastIndex = 0;
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
  if (!bestLang || bestScore < 1 || bestScore < second * 1.3 || bestScore / Math.max(1, words) < 0.12) return { language: 'und', confidence: 0 };
  return { language: bestLang as Language, confidence: Math.min(1, (bestScore - second) / Math.max(2, words * 0.3)) };
}
