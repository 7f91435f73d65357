/**
 * Lexicon polarity with negation, intensifiers, contrast and sarcasm (text only, never the rating).
 * One pass over the tokens of the normalised text.
 */
import type { NormalizedText } from '../normalize';
import type { CompiledLanguage } from './compile';

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

interface Token {
  word: string;
  start: number;
  end: number;
  clause: number;
  sentence: number;
}

// Letters, digits and inner apostrophes; everything else separates words.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

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

function tokenize(norm: NormalizedText): { tokens: Token[]; clauses: { start: number; end: number }[] } {
  const tokens: Token[] = [];
  const clauses: { start: number; end: number }[] = [];
  const text = norm.text;
  let clause = 0;
  let sentence = 0;
  let clauseStart = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && tokens.length < MAX_TOKENS; m = WORD.exec(text)) {
    if (tokens.length) {
      let clauseBreak = false;
      let sentenceBreak = false;
      for (let i = last; i <= m.index; i++) {
        const c = text.charCodeAt(i);
        if (norm.lineBreaks[i] === 1 || c === 46 || c === 33 || c === 63 || c === 59) {
          sentenceBreak = true;
          break;
        }
        if (i < m.index && (c === 44 || c === 58 || c === 40 || c === 41 || c === 34)) clauseBreak = true;
      }
      if (clauseBreak || sentenceBreak) {
        clauses.push({ start: clauseStart, end: last });
        clause++;
        clauseStart = m.index;
        if (sentenceBreak) sentence++;
      }
    }
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length, clause, sentence });
    last = m.index + m[0].length;
  }
  WORD.lastIndex = 0;
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
  const items: PolarityItem[] = [];
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

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.sentence !== sentence) {
      closeSentence();
      sentence = token.sentence;
      sentenceFirstItem = items.length;
      contrastAt = -1;
    }
    if (token.clause !== clause) {
      clause = token.clause;
      negateLeft = 0;
      intensityLeft = 0;
      intensity = 1;
    }
    while (sarcasmIndex < sarcasmSpans.length && (sarcasmSpans[sarcasmIndex]?.end ?? 0) <= token.start) sarcasmIndex++;
    const sarcasm = sarcasmSpans[sarcasmIndex];
    if (sarcasm && sarcasm.start <= token.start && token.start < sarcasm.end) sarcasticSentences.add(token.sentence);

    const word = token.word;
    const entry = lang.lexicon.get(word);
    // phrases first: they may start with a negator ("no complaints", "not worth")
    let value: number | undefined;
    let span = 1;
    const phrases = entry?.phrases;
    if (phrases) {
      for (const phrase of phrases) {
        let ok = true;
        for (let k = 1; k < phrase.tokens.length && ok; k++) {
          const next = tokens[i + k];
          ok = next !== undefined && next.word === phrase.tokens[k] && next.clause === token.clause;
        }
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
          for (let k = 1; k < phrase.tokens.length && ok; k++) ok = tokens[i + k]?.word === phrase.tokens[k];
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
    if (token.start < titleEnd) value *= TITLE_FACTOR;
    const lastToken = tokens[i + span - 1] ?? token;
    items.push({ start: token.start, end: lastToken.end, value, clause: token.clause });
    i += span - 1;
  }
  closeSentence();

  if (sarcasticSentences.size) {
    const sentenceOf = new Map<number, number>();
    for (const token of tokens) sentenceOf.set(token.start, token.sentence);
    for (const item of items) {
      const s = sentenceOf.get(item.start);
      if (s !== undefined && sarcasticSentences.has(s) && item.value > 0) item.value = -item.value * 0.8;
    }
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
