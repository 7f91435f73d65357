/**
 * Features of the blackmail model: folded word uni/bigrams (hashed), cue classes meeting in a sentence
 * window (data in cues.ts), and the rule engine's signal types. Shared by the runtime and the training
 * script so both read a text the same way. Linear in the text; bounded by MAX_CHARS and MAX_TOKENS.
 */
import { CUE_CLASSES, cueLexiconsFor, type CueClass } from './cues';
import { fmix32, fnv1a32 } from '../../hash';

/** A review or pasted message longer than this is read only up to here (cost bound; blackmail is stated early). */
export const MAX_CHARS = 20_000;
const MAX_TOKENS = 4_000;

export interface FeatureOptions {
  unigrams: boolean;
  bigrams: boolean;
  /** cue classes present in the text */
  classes: boolean;
  /** cue class pairs/triples within one sentence and within two adjacent sentences */
  windows: boolean;
  /** bigrams where a cue word is replaced by its class ("if you" → "condition you") */
  abstractBigrams: boolean;
  /** the rule engine's signal types and their blackmail-relevant pairs */
  signals: boolean;
}

export const ALL_FEATURES: FeatureOptions = { unigrams: true, bigrams: true, classes: true, windows: true, abstractBigrams: true, signals: true };

export interface Features {
  /** hashed n-gram buckets (may repeat: a feature counts once per text, see dedupe in the caller) */
  hashed: number[];
  /** named, readable features */
  named: string[];
}

/** The signal types that say something about blackmail; their pairs are features. */
const BLACKMAIL_SIGNALS = ['demand', 'review_threat', 'conditional_edit', 'retaliation', 'third_party_extortion', 'payment_channel'];

interface CueMatcher {
  exact: Map<string, number>;
  stems: Map<string, number>;
  twoWord: Map<string, number>;
  /** first three letters of every stem: most words start none and skip the stem probes */
  stemHeads: Set<string>;
}

const matchers = new Map<string, CueMatcher>();

function matcherFor(lang: string): CueMatcher {
  const key = typeof lang === 'string' ? lang : '';
  const cached = matchers.get(key);
  if (cached) return cached;
  const matcher: CueMatcher = { exact: new Map(), stems: new Map(), twoWord: new Map(), stemHeads: new Set() };
  const add = (map: Map<string, number>, word: string, bit: number): void => {
    map.set(word, (map.get(word) ?? 0) | bit);
  };
  for (const lexicon of cueLexiconsFor(key)) {
    CUE_CLASSES.forEach((cls, i) => {
      for (const entry of lexicon[cls] ?? []) {
        const bit = 1 << i;
        if (entry.includes(' ')) add(matcher.twoWord, entry, bit);
        else if (entry.endsWith('*')) {
          add(matcher.stems, entry.slice(0, -1), bit);
          matcher.stemHeads.add(entry.slice(0, MIN_STEM));
        }
        else add(matcher.exact, entry, bit);
      }
    });
  }
  if (matchers.size < 16) matchers.set(key, matcher);
  return matcher;
}

const MIN_STEM = 3;
const MAX_STEM = 16;

function classesOf(matcher: CueMatcher, token: string): number {
  let mask = matcher.exact.get(token) ?? 0;
  if (token.length < MIN_STEM || !matcher.stemHeads.has(token.slice(0, MIN_STEM))) return mask;
  const longest = Math.min(MAX_STEM, token.length);
  for (let n = MIN_STEM; n <= longest; n++) {
    const bits = matcher.stems.get(token.slice(0, n));
    if (bits) mask |= bits;
  }
  return mask;
}

/**
 * The cue classes of one folded word (bit i = CUE_CLASSES[i]), with the two-word cue it ends after `previous`.
 * For engine/structures.ts, which reads the same classes meeting in a sentence.
 */
export function cueClassMask(lang: string, token: string, previous = ''): number {
  return classesOf(matcherFor(lang), token) | twoWordCueMask(lang, previous, token);
}

/** The cue classes of the two-word cue `previous token` ("for now", "pas encore"), 0 when it is none. */
export function twoWordCueMask(lang: string, previous: string, token: string): number {
  return previous ? matcherFor(lang).twoWord.get(`${previous} ${token}`) ?? 0 : 0;
}

/** Lower case, no accents, ß → ss (the cue lists are written this way). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

/** FNV-1a, 32 bits (the bucket of a word; changing it would invalidate the trained weights). */
export const hash = fnv1a32;
const mix = fmix32;

/** A cue word stands for its class in the abstract bigrams ("if you" → "condition you"). */
const CLASS_HASHES = CUE_CLASSES.map((cls) => hash(`class ${cls}`));

const TOKEN = /[\p{L}\p{N}]+|[.!?;\n]/gu;

export function extractFeatures(
  text: string,
  lang: string,
  signalTypes: readonly string[],
  buckets: number,
  options: FeatureOptions = ALL_FEATURES,
): Features {
  const hashed: number[] = [];
  const named: string[] = [];
  const source = typeof text === 'string' ? text : '';
  const folded = fold(source.length > MAX_CHARS ? source.slice(0, MAX_CHARS) : source);
  const matcher = matcherFor(lang);

  const sentenceMasks: number[] = [0];
  let previous = '';
  let previousHash = 0;
  let previousAbstract = 0;
  let previousMask = 0;
  let tokens = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null && tokens < MAX_TOKENS; m = TOKEN.exec(folded)) {
    const token = m[0];
    const code = token.charCodeAt(0);
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) {
      if (sentenceMasks[sentenceMasks.length - 1] !== 0 || previous !== '') sentenceMasks.push(0);
      previous = '';
      previousMask = 0;
      continue;
    }
    tokens++;
    let mask = classesOf(matcher, token);
    if (previous) {
      const pair = matcher.twoWord.get(`${previous} ${token}`);
      if (pair) mask |= pair;
    }
    sentenceMasks[sentenceMasks.length - 1]! |= mask;
    // n-gram hashes are combined from token hashes (no string built per n-gram)
    const tokenHash = hash(token);
    const abstract = mask ? CLASS_HASHES[31 - Math.clz32(mask & -mask)]! : tokenHash;
    if (options.unigrams) hashed.push(mix(tokenHash ^ 0x9e3779b9) % buckets);
    if (previous) {
      if (options.bigrams) hashed.push(mix(Math.imul(previousHash, 0x85ebca6b) ^ tokenHash ^ 0xc2b2ae35) % buckets);
      if (options.abstractBigrams && (mask || previousMask)) hashed.push(mix(Math.imul(previousAbstract, 0x27d4eb2f) ^ abstract ^ 0x165667b1) % buckets);
    }
    previous = token;
    previousHash = tokenHash;
    previousAbstract = abstract;
    previousMask = mask;
  }

  let textMask = 0;
  for (const mask of sentenceMasks) textMask |= mask;
  if (options.classes) for (const cls of classesIn(textMask)) named.push(`c:${cls}`);
  if (options.windows) {
    const seen = new Set<string>();
    for (let i = 0; i < sentenceMasks.length; i++) {
      const one = sentenceMasks[i] ?? 0;
      const two = one | (sentenceMasks[i + 1] ?? 0);
      for (const f of combinations(one, 'w1')) seen.add(f);
      for (const f of combinations(two, 'w2')) seen.add(f);
    }
    named.push(...seen);
  }
  if (options.signals) {
    const present = new Set(signalTypes);
    for (const type of present) named.push(`s:${type}`);
    for (let i = 0; i < BLACKMAIL_SIGNALS.length; i++) {
      for (let j = i + 1; j < BLACKMAIL_SIGNALS.length; j++) {
        if (present.has(BLACKMAIL_SIGNALS[i]!) && present.has(BLACKMAIL_SIGNALS[j]!)) named.push(`s:${BLACKMAIL_SIGNALS[i]}+${BLACKMAIL_SIGNALS[j]}`);
      }
    }
  }
  return { hashed, named };
}

function classesIn(mask: number): CueClass[] {
  return CUE_CLASSES.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Pairs and triples of the classes in a window ("w1:review+advantage+condition"). */
function combinations(mask: number, prefix: string): string[] {
  const present = classesIn(mask);
  const out: string[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      out.push(`${prefix}:${present[i]}+${present[j]}`);
      for (let k = j + 1; k < present.length; k++) out.push(`${prefix}:${present[i]}+${present[j]}+${present[k]}`);
    }
  }
  return out;
}
