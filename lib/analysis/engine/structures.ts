/**
 * Structural tie of veiled blackmail: in one sentence, or a sentence and the next, the writer names a REVIEW
 * (review, rating, stars, a platform), an ADVANTAGE (refund, discount, free night, gesture…) and a word that ties
 * them (a CONDITION "if/depends/once", an EDIT "change/update/forget", or a PENDING state "draft/not yet/before").
 * Built from the word classes of model/cues.ts, never from phrases, so wordings no rule spells out still meet it.
 *
 * The classes alone are everywhere in honest reviews ("I'd give 5 stars if the price were lower"), so a tie is
 * only a candidate: index.ts asks the veiled-blackmail model (a second reader, trained on other texts) to
 * confirm it before it counts as evidence. A reported gesture in the window ("they refunded us, so I'm updating
 * my review") is no tie: the advantage was given, not demanded. Linear: one token pass, bounded windows.
 */
import { CONDITIONAL_ENDINGS, CUE_CLASSES, RETRACTIONS, type CueClass } from '../model/cues';
import { cueClassMask, twoWordCueMask } from '../model/features';
import { reviewCueRegex } from '../model/blackmail';
import type { NormalizedText } from '../normalize';

const bit = (cls: CueClass): number => 1 << CUE_CLASSES.indexOf(cls);
const REVIEW = bit('review');
const ADVANTAGE = bit('advantage');
const CONDITION = bit('condition');
/** what ties a review to an advantage: a condition, a change of the review, or a review still pending */
const TIE = bit('condition') | bit('edit') | bit('pending');

/** A window longer than this (normalised chars) is one sentence only: two long sentences are two thoughts. */
const MAX_WINDOW = 420;
/** Tokens read at most (cost bound on a 100 kB paste; blackmail is stated early). */
const MAX_TOKENS = 4_000;

export interface StructuralTie {
  /** set when the tie is a payment channel near a review (index.ts), not a window of cue words */
  channel?: boolean;
  /** normalised offsets: from the first to the last cue word of the tie */
  start: number;
  end: number;
}

interface Sentence {
  start: number;
  end: number;
  mask: number;
  /** normalised span of the first/last word of each class present (review, advantage, tie) */
  first: number;
  last: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

function isBreak(norm: NormalizedText, i: number): boolean {
  const c = norm.text.charCodeAt(i);
  if (norm.lineBreaks[i] === 1) return true;
  // a dot inside a word or number ("20.000", "booking.com", "sig.ra") ends no sentence
  if (c === 46) return !isWordChar(norm.text.charCodeAt(i + 1));
  return c === 33 || c === 63 || c === 59; // ! ? ;
}

/** Splits into sentences and records which classes each holds (only the classes of a tie). */
function sentences(lang: string, norm: NormalizedText): Sentence[] {
  const text = norm.text;
  const out: Sentence[] = [];
  let current: Sentence = { start: 0, end: 0, mask: 0, first: -1, last: -1 };
  let previous = '';
  let previousStart = 0;
  const endings = CONDITIONAL_ENDINGS[lang] ?? [];
  let scanned = 0;
  let tokens = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && tokens < MAX_TOKENS; m = WORD.exec(text)) {
    tokens++;
    for (let i = scanned; i < m.index; i++) {
      if (!isBreak(norm, i)) continue;
      current.end = i;
      if (current.mask) out.push(current);
      current = { start: i + 1, end: i + 1, mask: 0, first: -1, last: -1 };
      previous = '';
      break;
    }
    scanned = m.index + m[0].length;
    const pair = twoWordCueMask(lang, previous, m[0]) & (REVIEW | ADVANTAGE | TIE);
    let mask = (cueClassMask(lang, m[0]) & (REVIEW | ADVANTAGE | TIE)) | pair;
    if (isMoney(text, m.index, m.index + m[0].length)) mask |= ADVANTAGE;
    else if (endings.length && m[0].length >= 6 && endings.some((e) => m[0].endsWith(e))) mask |= CONDITION;
    previous = m[0];
    const wordStart = m.index;
    if (!mask) {
      previousStart = wordStart;
      continue;
    }
    current.mask |= mask;
    // a two-word cue ("for now") starts at its first word
    if (current.first < 0) current.first = pair ? previousStart : wordStart;
    previousStart = wordStart;
    current.last = m.index + m[0].length;
  }
  current.end = Math.min(text.length, Math.max(current.last, scanned));
  if (current.mask) out.push(current);
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCurrency = (c: number): boolean => c === 0x20ac || c === 0x24 || c === 0xa3; // € $ £

/** An amount of money ("80€", "£18", "120 €"): a sum asked back is an advantage like a refund. */
function isMoney(text: string, start: number, end: number): boolean {
  if (!isDigit(text.charCodeAt(start))) return false;
  const after = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  const before = text.charCodeAt(start - 1) === 32 ? text.charCodeAt(start - 2) : text.charCodeAt(start - 1);
  if (isCurrency(after) || isCurrency(before)) return true;
  return text.charCodeAt(end) === 32 && MONEY_WORD.test(text.slice(end + 1, end + 9));
}
const MONEY_WORD = /^(?:euros?|eur|dollars?|pounds?|franken|chf|usd|gbp)\b/;

function ties(mask: number): boolean {
  return (mask & REVIEW) !== 0 && (mask & ADVANTAGE) !== 0 && (mask & TIE) !== 0;
}

function testIn(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Ties kept at most per text (the first ones: blackmail is stated early). */
const MAX_TIES = 8;

/**
 * The windows (a sentence, or two adjacent ones) where a review, an advantage and a tie word meet, and no
 * reported gesture sits, first ones first (at most MAX_TIES). `reported`: the language's reported-gesture cues.
 */
export function findStructuralTies(lang: string, norm: NormalizedText, reported: RegExp): StructuralTie[] {
  // one regex scan: most reviews name no review, rating or platform and stop here
  if (!reviewCueRegex(lang).test(norm.text)) return [];
  const list = sentences(lang, norm);
  const found: StructuralTie[] = [];
  for (let i = 0; i < list.length && found.length < MAX_TIES; i++) {
    const one = list[i]!;
    const next = list[i + 1];
    // the next sentence joins only when it follows at once (no sentence without cues between) and the pair is short
    const pair = next !== undefined && next.start - one.end <= 2 && next.end - one.start <= MAX_WINDOW ? next : undefined;
    const mask = one.mask | (pair?.mask ?? 0);
    if (!ties(mask)) continue;
    const start = one.start;
    const end = pair ? pair.end : one.end;
    if (testIn(reported, norm.text.slice(start, end))) continue;
    found.push({ start: one.first, end: pair ? pair.last : one.last });
  }
  return found;
}

/** The first structural tie, or null. */
export function findStructuralTie(lang: string, norm: NormalizedText, reported: RegExp): StructuralTie | null {
  return findStructuralTies(lang, norm, reported)[0] ?? null;
}

/** How far after the last piece of blackmail evidence a retraction still takes it back (normalised chars). */
const RETRACTION_REACH = 200;
/** A negation right before a retraction keeps the threat: "not kidding", "non scherzo", "je ne plaisante pas". */
const NEGATED = /\b(?:not|no|non|nicht|kein|nie|never|nunca|mai|ne)\b[^\p{L}\p{N}]{0,3}$/u;
const retractionRegexes = new Map<string, RegExp | null>();

function retractionRegex(lang: string): RegExp | null {
  if (retractionRegexes.has(lang)) return retractionRegexes.get(lang) ?? null;
  const phrases = RETRACTIONS[lang] ?? [];
  const regex = phrases.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, "[' ]")).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  retractionRegexes.set(lang, regex);
  return regex;
}

/**
 * Whether the writer takes the blackmail back ("Refund me or I post a one-star review! Just kidding, five stars"):
 * a retraction after `evidenceStart`, within RETRACTION_REACH of `evidenceEnd`, not negated.
 */
export function isRetracted(lang: string, norm: NormalizedText, evidenceStart: number, evidenceEnd: number): boolean {
  const regex = retractionRegex(lang);
  if (!regex) return false;
  const from = evidenceStart;
  const text = norm.text.slice(from, Math.min(norm.text.length, evidenceEnd + RETRACTION_REACH));
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (!NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      regex.lastIndex = 0;
      return true;
    }
  }
  regex.lastIndex = 0;
  return false;
}
