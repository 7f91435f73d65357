/**
 * The reply checker: reads any reply (drafted or typed) and returns what must not be posted, sorted by
 * start. Patterns are data (lib/reply/rules/**), compiled once here; the computed rules (length, capitals,
 * names, quoting, language, duplicates, style hints) use word lists from the same data. Never throws.
 */
import { LANGUAGES, REPLY_LIMITS, replyLength, type Language, type Platform } from '../platforms';
import { NEAR_DUPLICATE_OVERLAP, type CheckOptions, type CheckRuleId, type Finding, type Severity, type UiLanguage } from './types';
import { STRATEGIES, type Strategy } from '../analysis/types';
import { FINDING_MESSAGES, LANGUAGE_NAMES, LENGTH_WORDS, ruleOfKind, type MessageKind } from './messages';
import type { CheckLanguageCues, CheckPatternRule, CheckWordClasses, MatchValidator } from './rules/types';
import { ACRONYMS, ALL_FAMILIES, COMMON_FAMILIES, FIRST_NAMES, LANGUAGE_CLASSES, LANGUAGE_CUES, LANGUAGE_FAMILIES, NOT_NAMES, ROLE_MAILBOXES } from './rules/index';

/** Kept for callers written before `reviewAuthor` joined CheckOptions. */
export type CheckReplyOptions = CheckOptions;

/** Severity follows from the rule id (DESIGN.md "Replies"). */
export const RULE_SEVERITY: Record<CheckRuleId, Severity> = {
  personal_data: 'error',
  conditional_incentive: 'error',
  unfilled_placeholder: 'error',
  too_long: 'error',
  hostile_tone: 'warning',
  public_accusation: 'warning',
  legal_threat: 'warning',
  shouting: 'warning',
  quotes_review: 'warning',
  list_formatting: 'warning',
  link: 'warning',
  language_mismatch: 'warning',
  duplicate: 'warning',
  style: 'info',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Words shared by several rules below. */
const QUOTE_MIN_WORDS = 6;
const SHORT_REPLY_WORDS = 8;
/** how far back a negation or an "our contact" cue can reach (characters, same sentence) */
const CUE_WINDOW = 60;
/** a closing this close to the end opens the signature block */
const SIGNATURE_WINDOW = 300;
/** a panel cannot show more; it also bounds the work on hostile 100 kB inputs */
const MAX_FINDINGS_PER_PATTERN = 50;

// ---------------------------------------------------------------------------------------------------------
// Normalisation: lower case, no accents, straight quotes, single spaces — with a map back to the original.

const FOLD_CACHE = new Map<number, string>();
const SPECIAL_FOLDS: Record<string, string> = { ß: 'ss', ẞ: 'ss', œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', İ: 'i', º: 'o', ª: 'a' };
const APOSTROPHES = new Set(['’', '‘', '‚', '‛', '`', '´', 'ʼ', '′']);
const QUOTES = new Set(['“', '”', '„', '‟', '«', '»', '″']);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

function foldChar(code: number): string {
  const cached = FOLD_CACHE.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(code);
  let folded: string;
  if (SPECIAL_FOLDS[ch] !== undefined) folded = SPECIAL_FOLDS[ch];
  else if (APOSTROPHES.has(ch)) folded = "'";
  else if (QUOTES.has(ch)) folded = '"';
  else if (code >= 0xd800 && code <= 0xdfff) folded = ch;
  else {
    folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.length === 0) folded = '';
  }
  FOLD_CACHE.set(code, folded);
  return folded;
}

interface Normalised {
  text: string;
  /** original index of each normalised character */
  map: Int32Array;
}

export function normaliseForCheck(text: string): Normalised {
  let out = '';
  const map = new Int32Array(text.length * 2 + 1);
  let n = 0;
  let lastWasSpace = true; // drops leading whitespace
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (ZERO_WIDTH.has(code)) continue;
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 12 || code === 11 || code === 0x2028 || code === 0x2029) {
      if (!lastWasSpace) {
        out += ' ';
        map[n++] = i;
        lastWasSpace = true;
      }
      continue;
    }
    const folded = code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(code);
    out += folded;
    for (let k = 0; k < folded.length; k++) map[n++] = i;
    lastWasSpace = false;
  }
  map[n] = text.length;
  return { text: out, map: map.subarray(0, n + 1) };
}

/** The same folding for a short string, without the offset map (word keys, small windows). */
function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (!ZERO_WIDTH.has(code)) out += /\s/u.test(text[i]!) ? ' ' : foldChar(code);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Compilation, once.

interface CompiledRule {
  data: CheckPatternRule;
  lang: string;
  re: RegExp;
}

function compileRule(data: CheckPatternRule, lang: string): CompiledRule {
  return { data, lang, re: new RegExp(data.pattern, 'gu') };
}

function alternation(sources: string[]): string {
  return sources.map((s) => `(?:${s})`).join('|');
}

/** Cue words with word edges; a cue ending in an apostrophe ("n'", "l'") runs into the next word. */
function wordRegex(sources: string[], flags = 'u'): RegExp {
  const edged = sources.map((s) => (/[a-z0-9)}?*+]$/u.test(s) ? `(?:${s})(?![a-z0-9])` : `(?:${s})`));
  return new RegExp(`(?<![a-z0-9])(?:${edged.join('|')})`, flags);
}

interface CompiledCues {
  lang: Language;
  negation: RegExp;
  negationAfter: RegExp | null;
  contrast: RegExp;
  stopwords: Set<string>;
}

const COMMON_RULES: CompiledRule[] = COMMON_FAMILIES.flatMap((f) => f.rules.map((r) => compileRule(r, f.lang)));
const RULES_BY_LANG = new Map<Language, CompiledRule[]>();
const CUES_BY_LANG = new Map<Language, CompiledCues>();
for (const lang of LANGUAGES) {
  RULES_BY_LANG.set(lang, (LANGUAGE_FAMILIES[lang] ?? []).flatMap((f) => f.rules.map((r) => compileRule(r, lang))));
  const cues: CheckLanguageCues | undefined = LANGUAGE_CUES[lang];
  if (cues) {
    CUES_BY_LANG.set(lang, {
      lang,
      negation: wordRegex(cues.negations, 'gu'),
      negationAfter: cues.negationsAfter?.length ? wordRegex(cues.negationsAfter) : null,
      contrast: wordRegex(cues.contrasts),
      stopwords: new Set(cues.stopwords),
    });
  }
}
const ALL_CUES = Object.values(LANGUAGE_CUES).filter((c): c is CheckLanguageCues => c !== undefined);
const OWN_CONTACT_RE = wordRegex(ALL_CUES.flatMap((c) => c.ownContact));
const CLOSING_RE = wordRegex(ALL_CUES.flatMap((c) => c.closings), 'gu');
const ROLE_RE = wordRegex(ALL_CUES.flatMap((c) => c.roles));
const GREETING_START_RE = new RegExp(`^[^a-z]{0,3}(?:${alternation(ALL_CUES.flatMap((c) => c.greetings))})(?![a-z])`, 'u');
/** DESIGN.md: a blackmail reply concedes nothing, and abuse or spam is reported rather than engaged: no apology is due. */
const NO_APOLOGY_STRATEGIES: ReadonlySet<Strategy> = new Set<Strategy>(['blackmail_protocol', 'report_and_ignore']);

// apology stems also appear inside words ("désolés", "entschuldigen"): match them as prefixes
const APOLOGY_PREFIX_RE = new RegExp(`(?<![a-z])(?:${alternation(ALL_CUES.flatMap((c) => c.apologies))})`, 'u');
const COMPLAINT_RE = new RegExp(`(?<![a-z])(?:${alternation(ALL_CUES.flatMap((c) => c.complaintCues))})`, 'u');
/** a closing right before a name, on the same line: "Mit freundlichen Grüßen, Claudia Vogt, Hoteldirektorin" */
const CLOSING_BEFORE_RE = new RegExp(`(?<![a-z])(?:${alternation(ALL_CUES.flatMap((c) => c.closings))})[ ,:;\\-–—]{0,4}$`, 'u');
const ROLE_MAILBOX_RE = new RegExp(`^(?:${ROLE_MAILBOXES.join('|')})(?![a-z])`, 'u');
const GREETING_BEFORE_RE = new RegExp(`(?<![a-z])(?:${alternation(ALL_CUES.flatMap((c) => c.greetings))})(?: you)?[ ,]{0,3}$`, 'u');
const ANY_STOPWORD = new Set(ALL_CUES.flatMap((c) => c.stopwords));
/** stopword → the languages that list it */
const STOPWORD_LANGS = new Map<string, Language[]>();
for (const cues of ALL_CUES) for (const w of cues.stopwords) STOPWORD_LANGS.set(w, [...(STOPWORD_LANGS.get(w) ?? []), cues.lang as Language]);
const ACRONYM_SET = new Set(ACRONYMS);
const FIRST_NAME_SET = new Set(FIRST_NAMES);
const NOT_NAME_SET = new Set(NOT_NAMES);
/** a title before a first and last name makes it a person ("Herr Thomas Müller"), unlike "Hotel Marie Antoinette" */
const TITLE_SET = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'monsieur', 'madame', 'mademoiselle', 'herr', 'frau', 'senor', 'senora', 'signor', 'signora', 'signore']);

/** Every compiled pattern, for the data validation test. */
export const COMPILED_RULE_COUNT = COMMON_RULES.length + [...RULES_BY_LANG.values()].reduce((s, r) => s + r.length, 0);
void ALL_FAMILIES;

// ---------------------------------------------------------------------------------------------------------
// Validators chosen by name in the rule data.

const CURRENCY_AFTER_RE = /^\s?(?:€|eur\b|euros?\b|\$|£|usd\b|chf\b|%|km\b|m2\b|m²|kg\b|stars?\b|nights?\b|sterne\b|stelle\b|estrellas\b|etoiles\b|étoiles\b)/i;
const CURRENCY_BEFORE_RE = /(?:€|\$|£|eur|chf|usd)\s?$/i;
const DATE_SHAPE_RE = /^\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}$/;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function luhnValid(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function validateMatch(kind: MatchValidator, match: string, original: string, start: number, end: number): boolean {
  switch (kind) {
    case 'luhn':
      return luhnValid(digitsOf(match));
    case 'phone': {
      const digits = digitsOf(match);
      if (digits.length < 8 || digits.length > 15) return false;
      if (DATE_SHAPE_RE.test(match.trim())) return false;
      if (CURRENCY_AFTER_RE.test(original.slice(end, end + 8))) return false;
      if (CURRENCY_BEFORE_RE.test(original.slice(Math.max(0, start - 5), start))) return false;
      // a Luhn-valid 13+ digit run is a card (card rule), not a phone
      return !(digits.length >= 13 && luhnValid(digits));
    }
    case 'bookingCode': {
      const code = /[a-z0-9\-]+$/i.exec(match)?.[0] ?? '';
      const digits = digitsOf(code).length;
      const letters = code.replace(/[^a-z]/gi, '').length;
      return digits >= 3 || (digits >= 2 && letters >= 2);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Context: negation before a match, the manager's own contact, the signature block.

function sentenceWindowBefore(norm: string, start: number): string {
  const from = Math.max(0, start - CUE_WINDOW);
  const window = norm.slice(from, start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window[i];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === '\n') {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

/** The rest of the sentence after a match, bounded. */
function sentenceWindowAfter(norm: string, end: number): string {
  const window = norm.slice(end, end + CUE_WINDOW);
  const stop = window.search(/[.!?;]/u);
  return stop < 0 ? window : window.slice(0, stop);
}

function isNegated(norm: string, start: number, end: number, cues: CompiledCues | undefined): boolean {
  if (!cues) return false;
  if (cues.negationAfter) {
    const after = sentenceWindowAfter(norm, end);
    const m = cues.negationAfter.exec(after);
    if (m && !cues.contrast.test(after.slice(0, m.index))) return true;
  }
  const window = sentenceWindowBefore(norm, start);
  cues.negation.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = cues.negation.exec(window))) {
    last = m.index + m[0].length;
    if (m[0].length === 0) cues.negation.lastIndex++;
  }
  if (last < 0) return false;
  return !cues.contrast.test(window.slice(last));
}

function isOwnContact(norm: string, start: number): boolean {
  return OWN_CONTACT_RE.test(sentenceWindowBefore(norm, start));
}

/** A signature line: "— Marie Dubois", "Marie Dubois, directrice", "Paul". */
const NAME_LINE_RE = /^\s*[\-–—~]*\s*\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,3}\s*(?:[,(–—\-|].{0,80})?[.,]?\s*$/u;
const SIGNATURE_MAX_LINES = 6;

/**
 * Original offset where the signature block starts (text.length when none): the last closing near the end
 * ("Best regards", "Cordialement"), or else the first of the short trailing lines that is a name, a dashed
 * name or a role ("Marie Dubois\nDirectrice\nHôtel des Arts").
 */
function signatureStart(text: string, n: Normalised): number {
  const from = Math.max(0, n.text.length - SIGNATURE_WINDOW);
  CLOSING_RE.lastIndex = from;
  // a closing opens its own line ("Cordialement,"): "… toute l'équipe." inside a sentence is not a signature
  for (let m = CLOSING_RE.exec(n.text); m; m = CLOSING_RE.exec(n.text)) {
    const at = n.map[m.index]!;
    if (/^[\s,.;:!-]*$/u.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) return at;
  }
  const trimmedEnd = text.replace(/\s+$/u, '').length;
  let lineEnd = trimmedEnd;
  const lines: { start: number; line: string }[] = [];
  while (lines.length < SIGNATURE_MAX_LINES) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineStart <= 0) break; // the first line of a reply is never its signature
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      if (line.length > 80 || /[.!?]\s*$/u.test(line.replace(/\b(?:t[ée]l|tel|nr|no|str|av)\.\s*$/iu, ''))) break;
      lines.unshift({ start: lineStart, line });
    }
    lineEnd = lineStart - 1;
  }
  for (const { start, line } of lines) {
    if (NAME_LINE_RE.test(line) || ROLE_RE.test(foldText(line))) return start;
  }
  return text.length;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens (on the normalised text, with original offsets).

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

function tokens(n: Normalised): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(n.text))) {
    out.push({ word: m[0], start: n.map[m.index]!, end: n.map[m.index + m[0].length - 1]! + 1 });
  }
  return out;
}

function plainWords(text: string): string[] {
  return normaliseForCheck(text).text.match(WORD_RE) ?? [];
}

function ngramKeys(words: string[], size: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) keys.add(words.slice(i, i + size).join(' '));
  return keys;
}

/**
 * Share of `text`'s word 3-grams that also occur in `other` (0..1): the checker's `duplicate` measure,
 * exported so the composer and the evaluation count near-duplicates the same way.
 */
export function trigramOverlap(text: string, other: string): number {
  return overlapOf(ngramKeys(plainWords(text), 3), trigramMemo(other));
}

function overlapOf(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / a.size;
}

const BODY_TRIGRAM_MEMO = new Map<string, Set<string>>();
function bodyTrigramMemo(text: string): Set<string> {
  let set = BODY_TRIGRAM_MEMO.get(text);
  if (!set) {
    const n = normaliseForCheck(text);
    const sig = signatureStart(text, n);
    set = ngramKeys(tokens(n).filter((t) => t.end <= sig).map((t) => t.word), 3);
    if (BODY_TRIGRAM_MEMO.size > 200) BODY_TRIGRAM_MEMO.clear();
    BODY_TRIGRAM_MEMO.set(text, set);
  }
  return set;
}

const TRIGRAM_MEMO = new Map<string, Set<string>>();
function trigramMemo(text: string): Set<string> {
  let set = TRIGRAM_MEMO.get(text);
  if (!set) {
    set = ngramKeys(plainWords(text), 3);
    if (TRIGRAM_MEMO.size > 200) TRIGRAM_MEMO.clear();
    TRIGRAM_MEMO.set(text, set);
  }
  return set;
}

interface ReviewIndex {
  review: string;
  sixgrams: Set<string>;
  joined: string;
  complains: boolean;
}
let reviewMemo: ReviewIndex | null = null;
/** What the checker needs from the review, computed once per review text (the panel re-checks on every keystroke). */
function reviewIndex(review: string): ReviewIndex {
  if (reviewMemo?.review !== review) {
    const folded = normaliseForCheck(review).text;
    const words = folded.match(WORD_RE) ?? [];
    reviewMemo = { review, sixgrams: ngramKeys(words, QUOTE_MIN_WORDS), joined: ` ${words.join(' ')} `, complains: COMPLAINT_RE.test(folded.slice(0, 5000)) };
  }
  return reviewMemo;
}

// ---------------------------------------------------------------------------------------------------------
// Messages.

function shorten(s: string): string {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function fill(template: string, fields: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in fields ? String(fields[key]) : whole));
}

function makeFinding(kind: MessageKind, start: number, end: number, text: string, ui: UiLanguage, fields: Record<string, string | number> = {}): Finding {
  const rule = ruleOfKind(kind);
  const entry: { message: string; suggestion?: string } = FINDING_MESSAGES[kind][ui];
  const all = { text: shorten(text.slice(start, Math.min(end, start + 200))), ...fields };
  const finding: Finding = { rule, severity: RULE_SEVERITY[rule], start, end, message: fill(entry.message, all) };
  if (entry.suggestion) finding.suggestion = fill(entry.suggestion, all);
  return finding;
}

// ---------------------------------------------------------------------------------------------------------
// Language guess from stopwords (own data, not the analysis engine: small and fast).

export function stopwordCounts(words: string[]): Map<Language, number> {
  const counts = new Map<Language, number>();
  for (const lang of CUES_BY_LANG.keys()) counts.set(lang, 0);
  for (const w of words) {
    const langs = STOPWORD_LANGS.get(w);
    if (langs) for (const lang of langs) counts.set(lang, counts.get(lang)! + 1);
  }
  return counts;
}

function bestLanguage(counts: Map<Language, number>): { lang: Language | null; count: number } {
  let lang: Language | null = null;
  let count = 0;
  for (const [l, c] of counts) {
    if (c > count) {
      lang = l;
      count = c;
    }
  }
  return { lang, count };
}

// ---------------------------------------------------------------------------------------------------------
// The computed rules.

function checkLength(text: string, platform: Platform, ui: UiLanguage): Finding | null {
  const limit = REPLY_LIMITS[platform];
  const length = replyLength(text, platform);
  if (length <= limit.max) return null;
  // find the first UTF-16 index whose character crosses the limit
  let used = 0;
  let crossing = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let size = 1;
    let width = 1;
    if (limit.unit === 'utf8-bytes') {
      if (code < 0x80) size = 1;
      else if (code < 0x800) size = 2;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        size = 4;
        width = 2;
      } else size = 3;
    }
    if (used + size > limit.max) {
      crossing = i;
      break;
    }
    used += size;
    i += width - 1;
  }
  const words = LENGTH_WORDS[ui];
  const unit = limit.unit === 'utf8-bytes' ? words.bytes : words.chars;
  return makeFinding('too_long.limit', crossing, text.length, text, ui, {
    length,
    limit: limit.max,
    unit,
    excess: length - limit.max,
    platform: words.platforms[platform] ?? platform,
  });
}

const CAPS_TOKEN_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&'’\-]{1,40}(?![\p{L}\p{N}])/gu;
const ROMAN_RE = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function checkCapitals(text: string, sigStart: number, ui: UiLanguage): Finding[] {
  interface Caps {
    start: number;
    end: number;
    letters: number;
    acronym: boolean;
    shouted: boolean;
  }
  const caps: Caps[] = [];
  CAPS_TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_TOKEN_RE.exec(text))) {
    if (m.index >= sigStart) break;
    const word = m[0].replace(/['’\-]+$/u, '');
    const letters = (word.match(/\p{Lu}/gu) ?? []).length;
    const bare = word.replace(/[.'’]/gu, '');
    const acronym = ACRONYM_SET.has(bare) || /\d/u.test(bare) || ROMAN_RE.test(bare);
    const lower = foldText(bare);
    const shouted = !acronym && (letters >= 4 || (letters >= 2 && ANY_STOPWORD.has(lower)));
    caps.push({ start: m.index, end: m.index + word.length, letters, acronym, shouted });
  }
  // runs of capital words: two or more non-acronyms side by side shout even when short ("WE ARE")
  const findings: Finding[] = [];
  let i = 0;
  while (i < caps.length) {
    let j = i;
    while (j + 1 < caps.length && /^[\s,;:'’\-]{1,3}$/u.test(text.slice(caps[j]!.end, caps[j + 1]!.start))) j++;
    const run = caps.slice(i, j + 1);
    const words = run.filter((c) => !c.acronym);
    const loud = run.some((c) => c.shouted) || run.length >= 3 || (words.length >= 2 && words.reduce((sum, c) => sum + c.letters, 0) >= 5);
    if (loud) {
      // trim acronyms at the edges of the run
      let a = 0;
      let b = run.length - 1;
      if (run.length < 3) {
        while (a < b && run[a]!.acronym) a++;
        while (b > a && run[b]!.acronym) b--;
      }
      findings.push(makeFinding('shouting.capitals', run[a]!.start, run[b]!.end, text, ui));
    }
    i = j + 1;
  }
  return findings;
}

const CAPITALISED_RE = /(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}[\p{Ll}'’]{0,23}(?:-\p{Lu}?\p{Ll}{1,20})?(?![\p{L}\p{N}])/gu;

function checkNames(text: string, n: Normalised, sigStart: number, author: string | undefined, ui: UiLanguage): Finding[] {
  const findings: Finding[] = [];
  const words: { start: number; end: number; key: string }[] = [];
  CAPITALISED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_RE.exec(text))) {
    words.push({ start: m.index, end: m.index + m[0].length, key: foldText(m[0]) });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const last = words[i + 1]!;
    if (first.start >= sigStart) break;
    if (text.slice(first.end, last.start) !== ' ') continue;
    if (NOT_NAME_SET.has(first.key) || NOT_NAME_SET.has(last.key) || ANY_STOPWORD.has(last.key) || ANY_STOPWORD.has(first.key)) continue;
    const before = foldText(text.slice(Math.max(0, first.start - 40), first.start));
    // the signer: after a closing on the same line, or in the short last segment ("… à très vite. Marc Dubois, Camping du Lac")
    if (CLOSING_BEFORE_RE.test(before)) continue;
    const afterGreeting = GREETING_BEFORE_RE.test(before);
    if (!FIRST_NAME_SET.has(first.key) && !afterGreeting) continue;
    let end = last.end;
    // "Jean Pierre Dupont": a second first name needs a surname after it
    if (FIRST_NAME_SET.has(last.key)) {
      const third = words[i + 2];
      if (!third || text.slice(last.end, third.start) !== ' ' || NOT_NAME_SET.has(third.key) || ANY_STOPWORD.has(third.key)) continue;
      end = third.end;
    }
    // a capitalised word glued before or after it names a place ("Hotel Marie Antoinette", "Thomas College Park")
    const prev = words[i - 1];
    if (prev && text.slice(prev.end, first.start) === ' ' && NOT_NAME_SET.has(prev.key) && !TITLE_SET.has(prev.key)) continue;
    const next = words[FIRST_NAME_SET.has(last.key) ? i + 3 : i + 2];
    if (next && next.start === end + 1 && NOT_NAME_SET.has(next.key)) continue;
    // the manager's or a colleague's name: a role word just before, or ", Manager" just after
    const tail = text.slice(end).replace(/\s+$/u, '');
    if (!afterGreeting && tail.length <= 60 && /^(?:$|\s*[,(–—\-|/])/u.test(tail) && !/[.!?]/u.test(tail) && /[.!?]\s+$/u.test(text.slice(Math.max(0, first.start - 3), first.start))) continue;
    const roleBefore = ROLE_RE.test(before.slice(-30));
    const after = foldText(text.slice(end, end + 40));
    const roleAfter = /^\s{0,2}[,(–—\-|/]/u.test(after) && ROLE_RE.test(after);
    if (roleBefore || roleAfter) continue;
    findings.push(makeFinding('personal_data.name', first.start, end, text, ui));
    i += end === last.end ? 1 : 2;
  }
  // the review's author, when the page gave a display name of at least two words
  if (author) {
    const authorWords = plainWords(author).filter((w) => /\p{L}{2,}/u.test(w));
    if (authorWords.length >= 2) {
      const needle = authorWords.join(' ');
      let from = 0;
      let at: number;
      while ((at = n.text.indexOf(needle, from)) >= 0) {
        const endN = at + needle.length;
        const bounded = !/[a-z0-9]/u.test(n.text[at - 1] ?? ' ') && !/[a-z0-9]/u.test(n.text[endN] ?? ' ');
        const start = n.map[at]!;
        if (bounded && start < sigStart) findings.push(makeFinding('personal_data.name', start, n.map[endN - 1]! + 1, text, ui));
        from = endN;
      }
    }
  }
  return findings;
}

const QUOTED_RE = /["“«„]([^"”»“\n]{8,300})["”»“]/gu;

function checkQuotes(text: string, toks: Token[], review: string, ui: UiLanguage): Finding[] {
  const { sixgrams, joined } = reviewIndex(review);
  const findings: Finding[] = [];
  if (sixgrams.size > 0) {
    let spanStart = -1;
    let spanEnd = -1;
    for (let i = 0; i + QUOTE_MIN_WORDS <= toks.length; i++) {
      let key = toks[i]!.word;
      for (let k = 1; k < QUOTE_MIN_WORDS; k++) key += ` ${toks[i + k]!.word}`;
      if (!sixgrams.has(key)) continue;
      const s = toks[i]!.start;
      const e = toks[i + QUOTE_MIN_WORDS - 1]!.end;
      if (spanStart >= 0 && s <= spanEnd) spanEnd = Math.max(spanEnd, e);
      else {
        if (spanStart >= 0) findings.push(makeFinding('quotes_review.copy', spanStart, spanEnd, text, ui));
        spanStart = s;
        spanEnd = e;
      }
    }
    if (spanStart >= 0) findings.push(makeFinding('quotes_review.copy', spanStart, spanEnd, text, ui));
  }
  // a passage in quotation marks taken from the review, even short
  QUOTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_RE.exec(text))) {
    const words = plainWords(m[1]!);
    if (words.length >= 3 && joined.includes(` ${words.join(' ')} `)) findings.push(makeFinding('quotes_review.copy', m.index, m.index + m[0].length, text, ui));
  }
  return findings;
}

function trimmedSpan(text: string): [number, number] {
  const start = text.search(/\S/u);
  const end = text.replace(/\s+$/u, '').length;
  return start < 0 ? [0, 0] : [start, end];
}

function firstSentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = /[.!?\n]/u.exec(rest);
  return m ? from + m.index + 1 : text.replace(/\s+$/u, '').length;
}

// ---------------------------------------------------------------------------------------------------------
// Structures: word classes (rules/<lang>/classes.ts) combined within a sentence (or two adjacent ones), so a
// new phrasing is caught as long as its words belong to the classes: an advantage + a change asked of the
// review + a condition or exchange tie is an incentive, whatever the words.

type WordClass = Exclude<keyof CheckWordClasses, 'lang' | 'negations'>;
const WORD_CLASSES: readonly WordClass[] = ['review', 'advantage', 'change', 'reviewAct', 'sequel', 'condition', 'request', 'exchange', 'join', 'unconditional', 'subjects', 'fake', 'competitor', 'authorship', 'threat', 'legal', 'legalFrame', 'guest', 'legalHelp', 'quoteBefore', 'quoteAfter', 'untrue', 'fantasy', 'ironicPraise', 'faculty', 'elsewhere', 'sendAdvice', 'noLoss', 'memory', 'impaired', 'sober', 'fabricate', 'youKnow', 'ironyOpener', 'knowWho', 'expert', 'fraud', 'legalStrong'];
/** the review and the change asked of it stand this close (characters between them, no comma) */
const CHANGE_GAP = 30;
/** a condition opens the review change this close before it */
const CONDITION_GAP = 60;
/** a negation this close before a cue cancels it (same sentence) */
const STRUCTURE_NEGATION_WINDOW = 40;
/** an order to change the review opens its sentence: this many characters before it at most ("please just") */
const IMPERATIVE_LEAD = 20;
/** hits kept per class and text: bounds the work on hostile 100 kB inputs */
const MAX_CLASS_HITS = 400;

/** Like wordRegex, but opened with \b: the normalised text is ASCII words, and \b scans about twice as fast as a look-behind. */
function classRegex(sources: string[]): RegExp {
  const edged = sources.map((s) => (/[a-z0-9)}?*+]$/u.test(s) ? `(?:${s})(?![a-z0-9])` : `(?:${s})`));
  return new RegExp(`\\b(?:${edged.join('|')})`, 'gu');
}

const CLASSES_BY_LANG = new Map<Language, Record<WordClass, RegExp>>();
/** the cues the structures read: the language's, with the classes' own negations when they give some */
const STRUCTURE_CUES = new Map<Language, CompiledCues>();
for (const lang of LANGUAGES) {
  const data = LANGUAGE_CLASSES[lang];
  if (!data) continue;
  const compiled = {} as Record<WordClass, RegExp>;
  for (const name of WORD_CLASSES) compiled[name] = classRegex(data[name]);
  CLASSES_BY_LANG.set(lang, compiled);
  const cues = CUES_BY_LANG.get(lang);
  if (cues) STRUCTURE_CUES.set(lang, data.negations ? { ...cues, negation: wordRegex(data.negations, 'gu') } : cues);
}

interface Hit {
  start: number;
  end: number;
}
type SentenceHits = Record<WordClass, Hit[]>;

/** Sentence spans on the normalised text: cut at . ! ? ; and at line breaks of the original. */
function sentenceSpans(text: string, n: Normalised): Hit[] {
  const spans: Hit[] = [];
  let from = 0;
  const norm = n.text;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    let cut = c === '.' || c === '!' || c === '?' || c === ';';
    if (!cut && c === ' ') {
      const a = n.map[i]!;
      const b = n.map[i + 1]!;
      for (let k = a; k < b && !cut; k++) cut = text[k] === '\n';
    }
    if (cut) {
      if (i > from) spans.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (from < norm.length) spans.push({ start: from, end: norm.length });
  return spans;
}

function classHits(re: RegExp, norm: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (hits.length < MAX_CLASS_HITS && (m = re.exec(norm))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const NO_HITS: Hit[] = [];
const INCENTIVE_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>(['change', 'reviewAct', 'sequel', 'condition', 'request', 'exchange', 'join', 'unconditional', 'subjects']);
const EMPTY_TEMPLATE = Object.fromEntries(WORD_CLASSES.map((name) => [name, NO_HITS])) as SentenceHits;
/** shared by every sentence without a hit: a 100 kB list of one-word lines builds no per-sentence object */
const EMPTY_SENTENCE: SentenceHits = { ...EMPTY_TEMPLATE };
const emptySentence = (): SentenceHits => ({ ...EMPTY_TEMPLATE });

/** Every class's hits, bucketed by sentence (sentences without hits share one empty record). */
function sentenceHits(classes: Record<WordClass, RegExp>, spans: Hit[], norm: string, legalFound: boolean): SentenceHits[] {
  const out: SentenceHits[] = new Array<SentenceHits>(spans.length).fill(EMPTY_SENTENCE);
  const found = new Map<WordClass, Hit[]>();
  const hitsOf = (name: WordClass): Hit[] => {
    let hits = found.get(name);
    if (!hits) found.set(name, (hits = classHits(classes[name], norm)));
    return hits;
  };
  // a rule's other classes are searched only when its rarest class is there (speed: most replies offer nothing)
  const names = WORD_CLASSES.filter((name) => {
    if (INCENTIVE_CLASSES.has(name)) return hitsOf('advantage').length > 0;
    if (name === 'legalFrame' || name === 'legalStrong') return hitsOf('legal').length > 0;
    if (name === 'sendAdvice') return hitsOf('elsewhere').length > 0;
    if (name === 'impaired') return hitsOf('memory').length > 0;
    if (name === 'legalHelp') return legalFound || hitsOf('legal').length > 0;
    if (name === 'faculty') return hitsOf('ironicPraise').length > 0;
    if (name === 'quoteBefore' || name === 'quoteAfter') return norm.includes('"');
    if (name === 'authorship') return hitsOf('competitor').length > 0;
    return true;
  });
  for (const name of names) {
    let i = 0;
    for (const hit of hitsOf(name)) {
      while (i < spans.length && spans[i]!.end <= hit.start) i++;
      if (i >= spans.length) break;
      if (hit.start < spans[i]!.start) continue;
      if (out[i] === EMPTY_SENTENCE) out[i] = emptySentence();
      const sentence = out[i]!;
      if (sentence[name] === NO_HITS) sentence[name] = [];
      sentence[name].push(hit);
    }
  }
  return out;
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** A negation shortly before the cue, in its sentence, with no contrast after it. */
function negatedBefore(norm: string, sentence: Hit, at: Hit, cues: CompiledCues | undefined): boolean {
  if (!cues) return false;
  const window = norm.slice(Math.max(sentence.start, at.start - STRUCTURE_NEGATION_WINDOW), at.start);
  cues.negation.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = cues.negation.exec(window))) {
    last = m.index + m[0].length;
    if (m[0].length === 0) cues.negation.lastIndex++;
  }
  return last >= 0 && !cues.contrast.test(window.slice(last));
}

/** The review and a change asked of it, side by side ("update your rating", "the post is gone"). */
function reviewChange(norm: string, s: SentenceHits, subjects: RegExp): (Hit & { verbFirst: boolean }) | null {
  const act = s.reviewAct[0];
  if (act) return { ...act, verbFirst: true };
  // the tightest pair: "give you a refund if your post disappeared" pairs the post with "disappeared", not with "give"
  let best: (Hit & { verbFirst: boolean }) | null = null;
  let bestGap = Infinity;
  for (const r of s.review) {
    for (const c of s.change) {
      if (overlaps(r, c)) continue;
      const gap = c.start >= r.end ? norm.slice(r.end, c.start) : norm.slice(c.end, r.start);
      if (gap.length > CHANGE_GAP || gap.length >= bestGap || gap.includes(',')) continue;
      // "after your review we changed the supplier": the verb has its own subject, it is ours
      subjects.lastIndex = 0;
      if (c.start >= r.end && subjects.test(gap)) continue;
      best = { start: Math.min(r.start, c.start), end: Math.max(r.end, c.end), verbFirst: c.start < r.start };
      bestGap = gap.length;
    }
  }
  return best;
}

function firstFree(hits: Hit[], norm: string, sentence: Hit, cues: CompiledCues | undefined, avoid: Hit | null = null): Hit | null {
  for (const h of hits) if ((!avoid || !overlaps(h, avoid)) && !negatedBefore(norm, sentence, h, cues)) return h;
  return null;
}

const span = (...hits: (Hit | null)[]): Hit => {
  const present = hits.filter((h): h is Hit => h !== null);
  return { start: Math.min(...present.map((h) => h.start)), end: Math.max(...present.map((h) => h.end)) };
};

/** conditional_incentive: an advantage, a change asked of the review, and a tie (condition before it, exchange, or an order joined by "and"). */
function incentiveIn(norm: string, spans: Hit[], hits: SentenceHits[], classes: Record<WordClass, RegExp>, cues: CompiledCues | undefined): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    if (s.unconditional.length) continue;
    const change = reviewChange(norm, s, classes.subjects);
    if (change) {
      const advantage = firstFree(s.advantage, norm, sentence, cues, change);
      if (advantage) {
        const exchange = firstFree(s.exchange, norm, sentence, cues);
        const condition = conditionBefore(norm, sentence, s, change, cues);
        const order = change.verbFirst && change.start - sentence.start <= IMPERATIVE_LEAD && advantage.start > change.end && s.join.some((j) => j.start >= change.end && j.end <= advantage.start) ? change : null;
        // "a free night, and then you can tell everyone": the advantage comes first and leads to the review
        const sequel = advantage.end <= change.start ? s.sequel.find((q) => q.start >= advantage.end && q.end <= change.start) ?? null : null;
        const tie = exchange ?? condition ?? order ?? sequel;
        if (tie) {
          found.push(span(change, advantage, tie));
          continue;
        }
      }
    }
    // two adjacent sentences held together by an exchange: "A free dinner awaits you. All we ask in return is …"
    const next = hits[i + 1];
    if (!next || next.unconditional.length) continue;
    const nextSentence = spans[i + 1]!;
    const exchange = firstFree(next.exchange, norm, nextSentence, cues) ?? firstFree(s.exchange, norm, sentence, cues);
    if (!exchange) continue;
    const changeHere = change;
    const changeNext = reviewChange(norm, next, classes.subjects);
    const advHere = firstFree(s.advantage, norm, sentence, cues, changeHere);
    const advNext = firstFree(next.advantage, norm, nextSentence, cues, changeNext);
    if ((advHere && changeNext) || (changeHere && advNext)) found.push(span(advHere ?? changeHere, advNext ?? changeNext, exchange));
  }
  // an advantage, then a sentence that makes it wait on the review: "We will refund it. We can only do so once the post is gone."
  for (let i = 0; i + 1 < spans.length; i++) {
    const next = hits[i + 1]!;
    if (hits[i]!.unconditional.length || next.unconditional.length || found.some((f) => f.start < spans[i + 1]!.end && f.end > spans[i]!.start)) continue;
    const advantage = firstFree(hits[i]!.advantage, norm, spans[i]!, cues);
    const change = advantage ? reviewChange(norm, next, classes.subjects) : null;
    const condition = change ? conditionBefore(norm, spans[i + 1]!, next, change, cues) : null;
    if (advantage && change && condition) found.push(span(advantage, change, condition));
  }
  return found;
}

function conditionBefore(norm: string, sentence: Hit, s: SentenceHits, change: Hit, cues: CompiledCues | undefined): Hit | null {
  const before = (t: Hit) => t.end <= change.start && change.start - t.end <= CONDITION_GAP && !negatedBefore(norm, sentence, t, cues);
  // a request ("please revise your score") ties like a condition: the advantage stands beside it
  return s.condition.find(before) ?? s.request.find(before) ?? null;
}

interface StructureFinding {
  kind: MessageKind;
  hit: Hit;
}

/** public_accusation: the review called not genuine, a competitor's work, or a weapon (blackmail). */
function accusationIn(norm: string, spans: Hit[], hits: SentenceHits[], cues: CompiledCues | undefined): StructureFinding[] {
  const found: StructureFinding[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    const target = s.review[0] ?? s.guest[0] ?? null;
    const fake = target ? firstFree(s.fake, norm, sentence, cues) : null;
    if (fake && target) found.push({ kind: 'public_accusation.fake', hit: span(fake, target) });
    const competitor = firstFree(s.competitor, norm, sentence, cues);
    const author = competitor ? s.authorship.find((a) => Math.abs(a.start - competitor.start) <= 80) ?? null : null;
    if (competitor && author) found.push({ kind: 'public_accusation.competitor', hit: span(competitor, author) });
    const threat = s.review.length ? firstFree(s.threat, norm, sentence, cues) : null;
    if (threat) found.push({ kind: 'public_accusation.blackmail', hit: span(threat, s.review[0]!) });
    // "we know exactly who is behind this": the author insinuated without a name
    const knowWho = firstFree(s.knowWho, norm, sentence, cues);
    if (knowWho) found.push({ kind: 'public_accusation.competitor', hit: knowWho });
    const fraud = firstFree(s.fraud, norm, sentence, cues);
    if (fraud) found.push({ kind: 'public_accusation.fraud', hit: fraud });
  }
  return found;
}

/** legal_threat: a legal word, a frame that makes it an action ("reserve our rights", "forwarded to") and the guest or the review as its target. */
function legalIn(norm: string, spans: Hit[], hits: SentenceHits[], cues: CompiledCues | undefined): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    if (s.legalHelp.length) continue;
    // a frame ("forwarded to", "steps") aimed at the guest or the review, or a strong frame alone ("will not hesitate", "the evidence")
    const strong = s.legalStrong[0];
    const frame = strong ?? (s.guest.length || s.review.length ? s.legalFrame[0] : undefined);
    if (!frame) continue;
    // "nous n'hésiterons pas à saisir la justice": the negation belongs to the strong frame before the legal word
    const legal = strong && s.legal[0] && strong.start < s.legal[0].start ? s.legal[0] : firstFree(s.legal, norm, sentence, cues);
    if (legal) found.push(span(legal, frame));
  }
  return found;
}

/** hostile_tone (mockery): hyperbolic praise of the guest's faculties ("your vast expertise"). */
function ironyIn(norm: string, spans: Hit[], hits: SentenceHits[], cues: CompiledCues | undefined): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    if (!s.guest.length) continue;
    for (const praise of s.ironicPraise) {
      const faculty = s.faculty.find((f) => Math.abs(f.start - praise.start) <= 30);
      if (faculty && !negatedBefore(norm, sentence, praise, cues)) {
        found.push(span(praise, faculty));
        break;
      }
    }
  }
  return found;
}

/** hostile_tone (liar): the review called untrue, or the guest's account called make-believe. */
function untruthIn(norm: string, spans: Hit[], hits: SentenceHits[], cues: CompiledCues | undefined): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    const target = s.review[0] ?? s.youKnow[0] ?? null;
    const untrue = target ? firstFree(s.untrue, norm, sentence, cues) : null;
    if (untrue && target) found.push(span(untrue, target));
    const fabricate = firstFree(s.fabricate, norm, sentence, cues);
    if (fabricate) found.push(fabricate);
    const fantasy = s.review.length || s.guest.length ? firstFree(s.fantasy, norm, sentence, cues) : null;
    if (fantasy) found.push(fantasy);
  }
  return found;
}

/** hostile_tone beyond phrases: sending the guest elsewhere, their impaired memory, irony that opens a sentence, the guest as a mock expert. */
function hostilityIn(norm: string, spans: Hit[], hits: SentenceHits[], cues: CompiledCues | undefined): StructureFinding[] {
  const found: StructureFinding[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sentence = spans[i]!;
    const s = hits[i]!;
    if (s === EMPTY_SENTENCE) continue;
    // "perhaps a motel would suit you better next time": another place + advice, aimed at the guest; or "don't feel obliged to come back"
    const elsewhere = s.guest.length && s.sendAdvice.length ? firstFree(s.elsewhere, norm, sentence, cues) : null;
    if (elsewhere) found.push({ kind: 'hostile_tone.dont_come_back', hit: span(elsewhere, s.sendAdvice[0]!) });
    const noLoss = firstFree(s.noLoss, norm, sentence, undefined);
    if (noLoss) found.push({ kind: 'hostile_tone.dont_come_back', hit: noLoss });
    // "your memories are a little hazy": the guest was drunk, in other words
    const memory = s.memory.find((m) => s.impaired.some((x) => Math.abs(x.start - m.start) <= 60)) ?? null;
    if (memory) found.push({ kind: 'hostile_tone.drunk', hit: memory });
    const sober = firstFree(s.sober, norm, sentence, cues);
    if (sober) found.push({ kind: 'hostile_tone.drunk', hit: sober });
    // "Funny how every plate came back empty": irony that opens the sentence
    // at the start, or after a short address ("Dear guest, funny how …")
    const opener = s.ironyOpener.find((o) => o.start - sentence.start <= 3 || (o.start - sentence.start <= 25 && /^[^,]{0,22}, ?$/u.test(norm.slice(sentence.start, o.start)))) ?? null;
    if (opener) found.push({ kind: 'hostile_tone.mockery', hit: opener });
    const expert = s.guest.length || s.review.length ? firstFree(s.expert, norm, sentence, cues) : null;
    if (expert) found.push({ kind: 'hostile_tone.mockery', hit: expert });
  }
  return found;
}

/** A word or three in quotation marks right beside "you"/"your": 'a "connoisseur" like you', 'your "terrible" night'. */
const SCARE_QUOTE_RE = /"([^"\s]{2,20}(?: [^"\s]{1,20}){0,2})"/gu;
function scareQuotesIn(text: string, norm: string, spans: Hit[], hits: SentenceHits[]): Hit[] {
  const found: Hit[] = [];
  SCARE_QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while (found.length < MAX_FINDINGS_PER_PATTERN && (m = SCARE_QUOTE_RE.exec(norm))) {
    const q: Hit = { start: m.index, end: m.index + m[0].length };
    while (k < spans.length && spans[k]!.end <= q.start) k++;
    const s = hits[k];
    if (!s) break;
    const near = s.quoteBefore.some((g) => g.end <= q.start && q.start - g.end <= 2) || s.quoteAfter.some((g) => g.start >= q.end && g.start - q.end <= 2);
    if (!near) continue;
    found.push(q);
  }
  void text;
  return found;
}

function checkStructures(text: string, n: Normalised, langs: Set<Language>, ui: UiLanguage, out: Finding[]): void {
  const spans = sentenceSpans(text, n);
  if (spans.length === 0) return;
  const toOriginal = (h: Hit): [number, number] => [n.map[h.start]!, n.map[h.end - 1]! + 1];
  /** sentences that ask for or report help from the police for the guest ("as you asked", "the theft"): no legal threat there */
  const helped: [number, number][] = [];
  for (const lang of langs) {
    const classes = CLASSES_BY_LANG.get(lang);
    if (!classes) continue;
    const cues = STRUCTURE_CUES.get(lang);
    const hits = sentenceHits(classes, spans, n.text, out.some((f) => f.rule === 'legal_threat'));
    hits.forEach((s, i) => {
      if (s.legalHelp.length) helped.push(toOriginal(spans[i]!));
    });
    for (const h of incentiveIn(n.text, spans, hits, classes, cues)) out.push(makeFinding('conditional_incentive.offer', ...toOriginal(h), text, ui));
    for (const f of accusationIn(n.text, spans, hits, cues)) out.push(makeFinding(f.kind, ...toOriginal(f.hit), text, ui));
    for (const h of legalIn(n.text, spans, hits, cues)) out.push(makeFinding('legal_threat.lawsuit', ...toOriginal(h), text, ui));
    for (const h of untruthIn(n.text, spans, hits, cues)) out.push(makeFinding('hostile_tone.liar', ...toOriginal(h), text, ui));
    for (const f of hostilityIn(n.text, spans, hits, cues)) out.push(makeFinding(f.kind, ...toOriginal(f.hit), text, ui));
    for (const h of ironyIn(n.text, spans, hits, cues)) out.push(makeFinding('hostile_tone.mockery', ...toOriginal(h), text, ui));
    for (const h of scareQuotesIn(text, n.text, spans, hits)) {
      // names are capitalised ('our "Chef's Table"'); a scare-quoted word is not
      const [start, end] = toOriginal(h);
      if (/^["“«„]\p{Ll}/u.test(text.slice(start, start + 2))) out.push(makeFinding('hostile_tone.mockery', start, end, text, ui));
    }
  }
  if (helped.length === 0) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i]!;
    if (f.rule === 'legal_threat' && helped.some(([a, b]) => f.start >= a && f.end <= b)) out.splice(i, 1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The checker.

function runPatterns(rules: CompiledRule[], text: string, n: Normalised, sigStart: number, ui: UiLanguage, out: Finding[]): void {
  for (const rule of rules) {
    const onOriginal = rule.data.on === 'original';
    const subject = onOriginal ? text : n.text;
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let kept = 0;
    while (kept < MAX_FINDINGS_PER_PATTERN && (m = re.exec(subject))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = onOriginal ? m.index : n.map[m.index]!;
      const end = onOriginal ? m.index + m[0].length : n.map[m.index + m[0].length - 1]! + 1;
      const normStart = onOriginal ? -1 : m.index;
      if (rule.data.validate && !validateMatch(rule.data.validate, m[0], text, start, end)) continue;
      if (rule.data.negatable && normStart >= 0 && isNegated(n.text, normStart, m.index + m[0].length, CUES_BY_LANG.get(rule.lang as Language))) continue;
      if (rule.data.ownContactExempt) {
        if (start >= sigStart) continue;
        if (normStart >= 0 && isOwnContact(n.text, normStart)) continue;
      }
      out.push(makeFinding(rule.data.kind, start, end, text, ui));
      kept++;
    }
  }
}

/** Same rule, overlapping spans: one finding covering both. */
function mergeOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.end - a.end);
  const out: Finding[] = [];
  const lastByRule = new Map<CheckRuleId, Finding>();
  for (const f of findings) {
    const prev = lastByRule.get(f.rule);
    if (prev && f.start < prev.end && f.rule !== 'style') {
      if (f.end > prev.end) prev.end = f.end;
      continue;
    }
    out.push(f);
    lastByRule.set(f.rule, f);
  }
  return out;
}

function checkReplyUnsafe(text: string, options: CheckReplyOptions): Finding[] {
  const ui: UiLanguage = options.uiLang === 'fr' ? 'fr' : 'en';
  if (text.trim().length === 0) return [];
  const n = normaliseForCheck(text);
  const toks = tokens(n);
  const words = toks.map((t) => t.word);
  const sigStart = signatureStart(text, n);
  const findings: Finding[] = [];

  // which languages' patterns to run: the expected one, and any the text shows signs of
  const counts = stopwordCounts(words);
  const langs = new Set<Language>();
  if (options.lang && (LANGUAGES as readonly string[]).includes(options.lang)) langs.add(options.lang);
  const top = bestLanguage(counts).count;
  for (const [lang, c] of counts) if (c >= 2 && c >= top * 0.4) langs.add(lang);
  if (langs.size === 0) for (const lang of LANGUAGES) langs.add(lang);

  runPatterns(COMMON_RULES, text, n, sigStart, ui, findings);
  for (const lang of langs) runPatterns(RULES_BY_LANG.get(lang) ?? [], text, n, sigStart, ui, findings);
  checkStructures(text, n, langs, ui, findings);

  const platform: Platform = options.platform && options.platform in REPLY_LIMITS ? options.platform : 'other';
  const tooLong = checkLength(text, platform, ui);
  if (tooLong) findings.push(tooLong);
  findings.push(...checkCapitals(text, sigStart, ui));
  findings.push(...checkNames(text, n, sigStart, options.reviewAuthor, ui));
  if (options.reviewText) findings.push(...checkQuotes(text, toks, options.reviewText, ui));

  const [spanStart, spanEnd] = trimmedSpan(text);
  if (options.lang && words.length >= 6) {
    const best = bestLanguage(counts);
    const expected = counts.get(options.lang) ?? 0;
    if (best.lang && best.lang !== options.lang && best.count >= 3 && best.count >= 2 * expected + 1) {
      findings.push(makeFinding('language_mismatch.lang', spanStart, spanEnd, text, ui, { found: LANGUAGE_NAMES[ui][best.lang] ?? best.lang, expected: LANGUAGE_NAMES[ui][options.lang] ?? options.lang }));
    }
  }
  if (options.history?.length) {
    let worst = 0;
    // the signature is the same on every reply by design: compare the bodies
    const mine = ngramKeys(toks.filter((t) => t.end <= sigStart).map((t) => t.word), 3);
    for (const earlier of options.history) if (typeof earlier === 'string') worst = Math.max(worst, overlapOf(mine, bodyTrigramMemo(earlier)));
    if (worst > NEAR_DUPLICATE_OVERLAP) findings.push(makeFinding('duplicate.history', spanStart, spanEnd, text, ui, { overlap: Math.round(worst * 100) }));
  }

  // style hints (info)
  if (words.length < SHORT_REPLY_WORDS) findings.push(makeFinding('style.too_short', spanStart, spanEnd, text, ui));
  else if (!GREETING_START_RE.test(n.text.slice(0, 60))) findings.push(makeFinding('style.no_greeting', spanStart, firstSentenceEnd(text, spanStart), text, ui));
  const apologyDue = options.strategy === undefined || !NO_APOLOGY_STRATEGIES.has(options.strategy);
  if (apologyDue && options.reviewText && words.length >= SHORT_REPLY_WORDS && reviewIndex(options.reviewText).complains && !APOLOGY_PREFIX_RE.test(n.text)) {
    findings.push(makeFinding('style.no_apology', spanStart, firstSentenceEnd(text, spanStart), text, ui));
  }
  return mergeOverlaps(withoutOwnContacts(withoutRoleMailboxes(findings, text), text, options.ownContacts));
}

/** "reception@…", "direction@…": a role mailbox is the establishment's, not a guest's personal data. */
function withoutRoleMailboxes(findings: Finding[], text: string): Finding[] {
  return findings.filter((f) => {
    const found = text.slice(f.start, f.end);
    return f.rule !== 'personal_data' || !found.includes('@') || !ROLE_MAILBOX_RE.test(foldText(found));
  });
}

/** The establishment's own e-mail, phone or website (from the settings) is not a guest's personal data. */
function withoutOwnContacts(findings: Finding[], text: string, ownContacts: string[] | undefined): Finding[] {
  const own = (ownContacts ?? []).map(contactKey).filter((key) => key.length >= 5);
  if (own.length === 0) return findings;
  return findings.filter((f) => {
    if (f.rule !== 'personal_data' && f.rule !== 'link') return true;
    const found = contactKey(text.slice(f.start, f.end));
    return !(found.length >= 5 && own.some((key) => key.includes(found) || found.includes(key)));
  });
}

/** Compares contacts without case, spaces, dots, dashes or brackets: "+33 4 72 00 00 00" = "+33472000000". */
function contactKey(value: string): string {
  return value.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/[\s.()\-/]+/g, '');
}

/** Options may come from page data: keep only well-typed values, so one bad field does not cost every finding. */
function cleanOptions(options: unknown): CheckReplyOptions {
  if (typeof options !== 'object' || options === null) return {};
  const o = options as Record<string, unknown>;
  const clean: CheckReplyOptions = {};
  if (typeof o.platform === 'string' && o.platform in REPLY_LIMITS) clean.platform = o.platform as Platform;
  if (typeof o.lang === 'string' && (LANGUAGES as readonly string[]).includes(o.lang)) clean.lang = o.lang as Language;
  if (typeof o.reviewText === 'string') clean.reviewText = o.reviewText;
  if (typeof o.reviewAuthor === 'string') clean.reviewAuthor = o.reviewAuthor;
  if (Array.isArray(o.history)) clean.history = o.history.filter((h): h is string => typeof h === 'string');
  if (o.uiLang === 'fr' || o.uiLang === 'en') clean.uiLang = o.uiLang;
  if (Array.isArray(o.ownContacts)) clean.ownContacts = o.ownContacts.filter((c): c is string => typeof c === 'string');
  if (typeof o.strategy === 'string' && (STRATEGIES as readonly string[]).includes(o.strategy)) clean.strategy = o.strategy as Strategy;
  return clean;
}

/** Checks a reply; findings sorted by start. Never throws: on an internal error it returns no finding. */
export function checkReply(text: string, options: CheckReplyOptions = {}): Finding[] {
  try {
    if (typeof text !== 'string') return [];
    return checkReplyUnsafe(text, cleanOptions(options));
  } catch {
    return [];
  }
}
