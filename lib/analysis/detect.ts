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

const stopwordSets = new Map<string, Set<string>>();
function setFor(lang: string, words: string[]): Set<string> {
  let set = stopwordSets.get(lang);
  if (!set) {
    set = new Set(words);
    stopwordSets.set(lang, set);
  }
  return set;
}

export function detectLanguage(norm: NormalizedText): LanguageGuess {
  const rules = allRules();
  const scores = new Map<string, number>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm.text); m !== null && words < MAX_WORDS; m = WORD.exec(norm.text)) {
    words++;
    const word = m[0];
    for (const lang of rules) {
      const set = setFor(lang.lang, lang.stopwords);
      if (set.has(word)) scores.set(lang.lang, (scores.get(lang.lang) ?? 0) + 1);
      else if (lang.polarity.words[word] !== undefined) scores.set(lang.lang, (scores.get(lang.lang) ?? 0) + 0.5);
    }
  }
  WORD.lastIndex = 0;
  let bestLang: string | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      bestLang = lang;
    } else if (score > second) second = score;
  }
  if (!bestLang || bestScore < 1 || bestScore < second * 1.3 || bestScore / Math.max(1, words) < 0.12) return { language: 'und', confidence: 0 };
  return { language: bestLang as Language, confidence: Math.min(1, (bestScore - second) / Math.max(2, words * 0.3)) };
}
