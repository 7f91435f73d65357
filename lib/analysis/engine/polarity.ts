/**
 * Lexicon polarity with negation, intensifiers, contrast and sarcasm (text only, never the rating).
 * One pass over the tokens of the normalised text.
 */
import type { NormalizedText } from '../normalize';
import type { CompiledLanguage } from './compile';
import { nextWord } from './words';

export interface PolarityItem {
  /** normalised offsets of the words that carried the sentiment */
  start: number;
  end: number;
  value: number;
  clause: number;
}

export interface PolarityResult {
  positive: number;
  negative: number;
  items: PolarityItem[];
  /** clause spans (normalised offsets); aspects take the polarity of their clause */
  clauses: { start: number; end: number }[];
}

/** The words of a text as parallel arrays (one object per word was most of polarity's garbage). */
interface Tokens {
  count: number;
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  clauses: Int32Array;
  sentences: Int32Array;
}

/** Multipliers of the engine's polarity model (not fitted to any data set: round, explainable values). */
const NEGATED_POSITIVE = -0.85; // "not good" is nearly as bad as "bad"
const NEGATED_NEGATIVE = -0.5; // "not bad" is only mildly good
const NEGATION_SCOPE = 3;
const BEFORE_CONTRAST = 0.75;
const AFTER_CONTRAST = 1.2;
const TITLE_FACTOR = 1.5;
const SARCASM_PENALTY = -3;
const MAX_TOKENS = 60000;
/**
 * Negative statements weigh more than positive ones (the negativity bias of review language: complaints
 * are wrapped in courtesy, praise rarely in criticism). A round constant of the model, not fitted.
 */
const NEGATIVITY_BIAS = 1.3;

function collapseDoubles(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Weight of a single word: whole word, elided form ("l'accueil" → "accueil"), de-elongated, stem. */
export function wordWeight(lang: CompiledLanguage, word: string): number | undefined {
  return lang.words.get(word) ?? derivedWeight(lang, word);
}

function hasDoubledChar(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

/** wordWeight for a word that is not itself in the lexicon. */
function derivedWeight(lang: CompiledLanguage, word: string): number | undefined {
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0 && apostrophe < 3) {
    const tail = word.slice(apostrophe + 1);
    const w = lang.words.get(tail);
    if (w !== undefined) return w;
    word = tail;
  }
  if (hasDoubledChar(word)) {
    const w = lang.words.get(collapseDoubles(word));
    if (w !== undefined) return w;
  }
  // a stem's first 4 letters are the word's first 4: one lookup rules out most words
  if (lang.maxStem && word.length >= 4 && lang.stemHeads.has(word.slice(0, 4))) {
    for (let len = Math.min(word.length, 14, lang.maxStem); len >= 4; len--) {
      const w = lang.prefixes.get(word.slice(0, len));
      if (w !== undefined) return w;
    }
  }
  return undefined;
}

/** An elided negator ("n'importe": "n'"), for words that are not negators themselves. */
function isElidedNegator(lang: CompiledLanguage, word: string): boolean {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && lang.negators.has(word.slice(0, apostrophe + 1));
}

/** Scratch token arrays reused across calls (scoring is synchronous); grown on demand. */
let scratch: Tokens = { count: 0, words: [], starts: new Int32Array(256), ends: new Int32Array(256), clauses: new Int32Array(256), sentences: new Int32Array(256) };

function grow(tokens: Tokens): Tokens {
  const size = tokens.starts.length * 2;
  const copy = (from: Int32Array): Int32Array => {
    const to = new Int32Array(size);
    to.set(from);
    return to;
  };
  return { count: tokens.count, words: tokens.words, starts: copy(tokens.starts), ends: copy(tokens.ends), clauses: copy(tokens.clauses), sentences: copy(tokens.sentences) };
}

function tokenize(norm: NormalizedText): { tokens: Tokens; clauses: { start: number; end: number }[] } {
  let tokens = scratch;
  const clauses: { start: number; end: number }[] = [];
  const text = norm.text;
  let count = 0;
  let clause = 0;
  let sentence = 0;
  let clauseStart = 0;
  let last = 0;
  const word = { start: 0, end: 0 };
  for (let at = 0; count < MAX_TOKENS && nextWord(text, at, word); at = word.end) {
    const index = word.start;
    if (count) {
      let clauseBreak = false;
      let sentenceBreak = false;
      for (let i = last; i <= index; i++) {
        const c = text.charCodeAt(i);
        if (norm.lineBreaks[i] === 1 || c === 46 || c === 33 || c === 63 || c === 59) {
          sentenceBreak = true;
          break;
        }
        if (i < index && (c === 44 || c === 58 || c === 40 || c === 41 || c === 34)) clauseBreak = true;
      }
      if (clauseBreak || sentenceBreak) {
        clauses.push({ start: clauseStart, end: last });
        clause++;
        clauseStart = index;
        if (sentenceBreak) sentence++;
      }
    }
    if (count >= tokens.starts.length) scratch = tokens = grow(tokens);
    tokens.words[count] = text.slice(word.start, word.end);
    tokens.starts[count] = word.start;
    tokens.ends[count] = word.end;
    tokens.clauses[count] = clause;
    tokens.sentences[count] = sentence;
    count++;
    last = word.end;
  }
  tokens.count = count;
  tokens.words.length = count; // drop the previous text's words
  clauses.push({ start: clauseStart, end: text.length });
  return { tokens, clauses };
}

/**
 * @param titleEnd normalised offset where the title ends (0 without a title): title words weigh more,
 *   a title is the reviewer's verdict in a few words.
 * @param sarcasmSpans normalised spans of sarcasm cues: their sentences read as negative.
 */
export function scorePolarity(lang: CompiledLanguage, norm: NormalizedText, titleEnd: number, sarcasmSpans: { start: number; end: number }[]): PolarityResult {
  const { tokens, clauses } = tokenize(norm);
  const { count, words, starts, ends, clauses: tokenClause, sentences } = tokens;
  const items: PolarityItem[] = [];
  /** sentence of each item (sarcasm turns a sarcastic sentence's praise negative) */
  const itemSentence: number[] = [];
  const sarcasticSentences = new Set<number>();
  let sarcasmIndex = 0;

  let negateLeft = 0;
  let intensity = 1;
  let intensityLeft = 0;
  let sentence = -1;
  let clause = -1;
  let sentenceFirstItem = 0;
  let contrastAt = -1; // index in items where the contrast word of this sentence falls

  const closeSentence = (): void => {
    if (contrastAt < 0) return;
    let before = false;
    let after = false;
    for (let k = sentenceFirstItem; k < items.length; k++) {
      if (k < contrastAt) before = true;
      else after = true;
    }
    if (before && after) {
      for (let k = sentenceFirstItem; k < items.length; k++) {
        const item = items[k];
        if (item) item.value *= k < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
      }
    }
  };

  for (let i = 0; i < count; i++) {
    const tokenSentence = sentences[i] ?? 0;
    const tokenClauseIndex = tokenClause[i] ?? 0;
    const tokenStart = starts[i] ?? 0;
    if (tokenSentence !== sentence) {
      closeSentence();
      sentence = tokenSentence;
      sentenceFirstItem = items.length;
      contrastAt = -1;
    }
    if (tokenClauseIndex !== clause) {
      clause = tokenClauseIndex;
      negateLeft = 0;
      intensityLeft = 0;
      intensity = 1;
    }
    while (sarcasmIndex < sarcasmSpans.length && (sarcasmSpans[sarcasmIndex]?.end ?? 0) <= tokenStart) sarcasmIndex++;
    const sarcasm = sarcasmSpans[sarcasmIndex];
    if (sarcasm && sarcasm.start <= tokenStart && tokenStart < sarcasm.end) sarcasticSentences.add(tokenSentence);

    const word = words[i] ?? '';
    const entry = lang.lexicon.get(word);
    // phrases first: they may start with a negator ("no complaints", "not worth")
    let value: number | undefined;
    let span = 1;
    const phrases = entry?.phrases;
    if (phrases) {
      for (const phrase of phrases) {
        let ok = true;
        for (let k = 1; k < phrase.tokens.length && ok; k++) ok = i + k < count && words[i + k] === phrase.tokens[k] && tokenClause[i + k] === tokenClauseIndex;
        if (ok) {
          value = phrase.weight;
          span = phrase.tokens.length;
          break;
        }
      }
    }
    if (value === undefined) {
      if (entry?.contrast) {
        contrastAt = items.length;
        negateLeft = 0;
        continue;
      }
      if (entry?.negator || isElidedNegator(lang, word)) {
        negateLeft = NEGATION_SCOPE;
        continue;
      }
      const intensityPhrases = entry?.intensifierPhrases;
      if (intensityPhrases) {
        let matched = false;
        for (const phrase of intensityPhrases) {
          let ok = true;
          for (let k = 1; k < phrase.tokens.length && ok; k++) ok = i + k < count && words[i + k] === phrase.tokens[k];
          if (ok) {
            intensity = phrase.factor;
            intensityLeft = 2 + phrase.tokens.length - 1;
            i += phrase.tokens.length - 1;
            matched = true;
            break;
          }
        }
        if (matched) continue;
      }
      const factor = entry?.intensifier;
      if (factor !== undefined) {
        intensity = factor;
        intensityLeft = 2;
        continue;
      }
      value = entry?.weight ?? derivedWeight(lang, word);
    }
    if (value === undefined) {
      if (negateLeft > 0) negateLeft--;
      if (intensityLeft > 0 && --intensityLeft === 0) intensity = 1;
      continue;
    }
    if (negateLeft > 0) {
      value = value > 0 ? value * NEGATED_POSITIVE : value * NEGATED_NEGATIVE;
      negateLeft = 0;
    } else if (intensityLeft > 0) value *= intensity;
    intensity = 1;
    intensityLeft = 0;
    if (tokenStart < titleEnd) value *= TITLE_FACTOR;
    items.push({ start: tokenStart, end: ends[i + span - 1] ?? ends[i] ?? 0, value, clause: tokenClauseIndex });
    itemSentence.push(tokenSentence);
    i += span - 1;
  }
  closeSentence();

  if (sarcasticSentences.size) {
    items.forEach((item, k) => {
      if (sarcasticSentences.has(itemSentence[k] ?? -1) && item.value > 0) item.value = -item.value * 0.8;
    });
  }

  let positive = 0;
  let negative = 0;
  for (const item of items) {
    if (item.value > 0) positive += item.value;
    else negative -= item.value * NEGATIVITY_BIAS;
  }
  negative += -SARCASM_PENALTY * Math.min(3, sarcasmSpans.length);
  return { positive, negative, items, clauses };
}
