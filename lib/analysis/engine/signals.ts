/**
 * Runs a language's pattern rules over normalised text and applies the context cues (rules/types.ts
 * "ContextCues" says how). Every window is bounded, so the whole pass stays linear.
 */
import type { SignalType } from '../types';
import type { LanguageRules, PatternRule } from '../rules/types';
import { normalize, type NormalizedText } from '../normalize';
import { compileLanguage, type CompiledLanguage } from './compile';
import { scanStart } from './anchors';

export interface RuleHit {
  rule: PatternRule;
  signal: SignalType;
  /** normalised offsets */
  start: number;
  end: number;
  weight: number;
  /** a conditional cue ("if", "unless", "otherwise") sits in the same or the next sentence */
  conditional: boolean;
}

/** Upper bound of hits kept per rule: a 100 kB wall of trigger words must not cost more than a review. */
const MAX_HITS_PER_RULE = 8;
const NEGATION_WORDS = 5;

const isClauseBreak = (c: string): boolean => c === ',' || c === ';' || c === ':' || c === '.' || c === '!' || c === '?' || c === '(' || c === ')';
const isSentenceBreak = (c: string): boolean => c === '.' || c === '!' || c === '?' || c === ';';

export function sentenceStart(norm: NormalizedText, pos: number, limit = 240): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    if (isSentenceBreak(norm.text[i] ?? '')) return i + 1;
    if (norm.lineBreaks[i] === 1) return i;
  }
  return floor;
}

export function sentenceEnd(norm: NormalizedText, pos: number, limit = 240): number {
  const ceil = Math.min(norm.text.length, pos + limit);
  for (let i = pos; i < ceil; i++) {
    if (isSentenceBreak(norm.text[i] ?? '')) return i;
    if (i > pos && norm.lineBreaks[i] === 1) return i;
  }
  return ceil;
}

function clauseStart(norm: NormalizedText, pos: number, limit = 80): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    if (isClauseBreak(norm.text[i] ?? '')) return i + 1;
    if (norm.lineBreaks[i] === 1) return i;
  }
  return floor;
}

function testIn(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Any match of `regex` in [from, to) of the normalised text that overlaps [a, b) or lies wholly in the range. */
function cueIn(regex: RegExp, norm: NormalizedText, from: number, to: number): boolean {
  if (to <= from) return false;
  return testIn(regex, norm.text.slice(from, to));
}

export function isNegated(lang: CompiledLanguage, norm: NormalizedText, start: number): boolean {
  const from = clauseStart(norm, start);
  let window = norm.text.slice(from, start);
  lang.scopeBreaker.lastIndex = 0;
  let cut = -1;
  for (let m = lang.scopeBreaker.exec(window); m !== null; m = lang.scopeBreaker.exec(window)) {
    if (m[0].length === 0) lang.scopeBreaker.lastIndex++;
    else cut = m.index + m[0].length;
  }
  lang.scopeBreaker.lastIndex = 0;
  if (cut >= 0) window = window.slice(cut);
  const words = window.split(' ').filter(Boolean);
  const lastWords = words.slice(-NEGATION_WORDS).join(' ');
  return lastWords.length > 0 && testIn(lang.negation, ` ${lastWords} `);
}

export function isReported(lang: CompiledLanguage, norm: NormalizedText, start: number, end: number): boolean {
  const sStart = sentenceStart(norm, start);
  const sEnd = sentenceEnd(norm, end);
  return cueIn(lang.reported, norm, Math.max(sStart, start - 60), Math.min(sEnd, end + 30));
}

/** A positive-promise cue overlapping the threat or within 10 chars of it, in the same sentence. */
export function inPositivePromise(lang: CompiledLanguage, norm: NormalizedText, start: number, end: number): boolean {
  return cueIn(lang.positivePromise, norm, Math.max(sentenceStart(norm, start), start - 10), Math.min(sentenceEnd(norm, end), end + 10));
}

function hasConditional(lang: CompiledLanguage, norm: NormalizedText, start: number, end: number): boolean {
  const sEnd = sentenceEnd(norm, end);
  const nextEnd = sentenceEnd(norm, Math.min(norm.text.length, sEnd + 1));
  return cueIn(lang.conditional, norm, sentenceStart(norm, start), nextEnd);
}

const PROMISE_CANCELS: ReadonlySet<SignalType> = new Set(['review_threat']);

/** Whether one rule fires at [start, end) once context is applied. */
function firesInContext(lang: CompiledLanguage, rule: PatternRule, norm: NormalizedText, start: number, end: number): boolean {
  if (rule.negatable && isNegated(lang, norm, start)) return false;
  if (rule.reportable && isReported(lang, norm, start, end)) return false;
  if (PROMISE_CANCELS.has(rule.signal) && inPositivePromise(lang, norm, start, end)) return false;
  return true;
}

/**
 * All rule matches, each rule scanning left to right like a global regex. (Measured: one scan of all
 * rules joined in a single alternation is about 10× slower in V8 than one scan per rule.)
 */
export function findRuleHits(lang: CompiledLanguage, norm: NormalizedText, candidates = lang.literalAutomaton.candidates(norm.text)): RuleHit[] {
  const hits: RuleHit[] = [];
  const text = norm.text;
  // only the rules one of whose literals occurs (or that have none): most rules stop here on most reviews
  for (let r = 0; r < lang.rules.length; r++) {
    if (candidates[r] === 0) continue;
    const { rule, regex } = lang.rules[r]!;
    regex.lastIndex = scanStart(text, candidates[r] ?? 0, lang.maxLength[r] ?? Infinity);
    let kept = 0;
    let tries = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) regex.lastIndex++;
      else {
        const start = m.index;
        const end = start + m[0].length;
        if (firesInContext(lang, rule, norm, start, end)) {
          hits.push({
            rule,
            signal: rule.signal,
            start,
            end,
            weight: rule.weight,
            conditional: rule.signal === 'demand' || rule.signal === 'review_threat' ? hasConditional(lang, norm, start, end) : false,
          });
          kept++;
        }
      }
      if (kept >= MAX_HITS_PER_RULE || ++tries >= MAX_HITS_PER_RULE * 4) break;
    }
    regex.lastIndex = 0;
  }
  return hits;
}

function containsAny(text: string, literals: string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

/** For the rule-data tests: does `rule` fire anywhere in `text` (raw, any case/accents) with its context? */
export function ruleFiresIn(rules: LanguageRules, rule: PatternRule, text: string): boolean {
  const lang = compileLanguage(rules);
  const norm = normalize(text);
  const compiled = lang.rules.find((r) => r.rule === rule);
  if (!compiled) return false;
  // through the same prefilter as the engine, so every example also proves the prefilter sound
  if (compiled.literals && !containsAny(norm.text, compiled.literals)) return false;
  const regex = new RegExp(compiled.regex.source, 'gu');
  for (let m = regex.exec(norm.text); m !== null; m = regex.exec(norm.text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (firesInContext(lang, rule, norm, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
