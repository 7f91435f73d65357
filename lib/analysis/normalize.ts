/**
 * Normalisation for matching, with a map back to the original text (rules/types.ts describes the form).
 * Three left-to-right passes over typed arrays of UTF-16 code units: linear in the input length, and
 * cheap enough to run on every review (ASCII takes a fast path; other code points are folded once and cached).
 *
 * `starts[i]`/`ends[i]` are the UTF-16 offsets in the original text of the code point that produced
 * normalised char i, so any normalised span [a, b) maps back to [starts[a], ends[b - 1]).
 */

export interface NormalizedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 at normalised indices where the original had a line break (a sentence boundary for polarity) */
  lineBreaks: Uint8Array;
}

/** Characters that carry no visible letter: zero-width, soft hyphen, bidi controls, variation selectors. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x34f ||
    cp === 0x180e ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

function isWhitespace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

const isLineBreak = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x0b || cp === 0x0c;

// Letters NFD does not decompose, and Cyrillic/Greek look-alikes used to dodge filters ("rеfund" with a Cyrillic е).
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ſ: 's',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'", '＇': "'",
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
  '…': '.',
};
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l',
  в: 'b', к: 'k', м: 'm', н: 'h', т: 't', г: 'r', ԛ: 'q', ԝ: 'w',
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', τ: 't', ε: 'e', ι: 'i', κ: 'k', υ: 'u', χ: 'x', ς: 's', β: 'b',
};
// Digits and symbols standing for letters inside a word ("r3fund", "sc@m", "m0ney").
const LEET: Record<number, number> = { 48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 64: 97, 36: 115 };

const foldCache = new Map<number, string>();

/** Lower case, accents removed, special letters folded; for non-ASCII code points (cached). */
function foldNonAscii(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (cp >= 0xd800 && cp <= 0xdfff) out = '\ufffd'; // lone surrogate
  else {
    const lower = String.fromCodePoint(cp).toLowerCase();
    const special = SPECIAL_FOLDS[lower] ?? CONFUSABLES[lower];
    if (special !== undefined) out = special;
    else if (cp >= 0xff01 && cp <= 0xff5e) out = String.fromCharCode(cp - 0xfee0).toLowerCase(); // full-width ASCII
    else out = lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  if (foldCache.size < 50_000) foldCache.set(cp, out);
  return out;
}

const isAsciiLetterCode = (c: number): boolean => c >= 97 && c <= 122;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** ! ? . , ; : * - ~ = _ : runs of one of them collapse to one */
const isRepeatablePunctCode = (c: number): boolean => c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 42 || c === 45 || c === 126 || c === 61 || c === 95;
/** separators of spaced letters: space . - _ * · / | */
const isSpacedSeparator = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 0xb7 || c === 47 || c === 124;
const isWordCode = (c: number): boolean => isAsciiLetterCode(c) || isDigitCode(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0xfffd && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff));

const LINE_BREAK = 1;
const WIDE = 2; // a space that stood for 2+ whitespace chars: a word gap inside spaced letters ("R E F U N D   M E")

/** Normalise `original`; see the module comment for the offset map. */
/** Scratch buffers reused across calls (normalize is synchronous): one review allocates only its results. */
let scratch = { codes: new Uint16Array(1024), s: new Int32Array(1024), e: new Int32Array(1024), flags: new Uint8Array(1024) };

export function normalize(original: string): NormalizedText {
  const n = original.length;
  if (scratch.codes.length < n + 16) {
    const size = Math.max(n + 16, scratch.codes.length * 2);
    scratch = { codes: new Uint16Array(size), s: new Int32Array(size), e: new Int32Array(size), flags: new Uint8Array(size) };
  }
  let { codes, s, e, flags } = scratch;
  let cap = codes.length;
  let len = 0;
  const grow = (): void => {
    cap *= 2;
    const c2 = new Uint16Array(cap);
    c2.set(codes);
    codes = c2;
    const s2 = new Int32Array(cap);
    s2.set(s);
    s = s2;
    const e2 = new Int32Array(cap);
    e2.set(e);
    e = e2;
    const f2 = new Uint8Array(cap);
    f2.set(flags);
    flags = f2;
    scratch = { codes, s, e, flags };
  };
  const push = (code: number, start: number, end: number, flag: number): void => {
    if (len >= cap) grow();
    codes[len] = code;
    s[len] = start;
    e[len] = end;
    flags[len] = flag;
    len++;
  };

  // Pass 1: code points → folded code units, invisible chars dropped, whitespace and punctuation runs collapsed.
  let pendingBreak = false;
  for (let i = 0; i < n; ) {
    const start = i;
    let cp = original.charCodeAt(i);
    i++;
    if (cp >= 0xd800 && cp <= 0xdbff && i < n) {
      const low = original.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 0x80) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
        if (isLineBreak(cp)) pendingBreak = true;
        if (len && codes[len - 1] === 32) {
          flags[len - 1] = (flags[len - 1] ?? 0) | WIDE;
          continue;
        }
        if (!len) continue;
        push(32, start, i, pendingBreak ? LINE_BREAK | WIDE : 0);
        pendingBreak = false;
        continue;
      }
      const code = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      if (len && isRepeatablePunctCode(code) && codes[len - 1] === code) {
        e[len - 1] = i; // extend the kept punctuation over the run
        continue;
      }
      // Three identical letters or more become two ("soooo" → "soo"); not w, for "www.".
      if (isAsciiLetterCode(code) && code !== 119 && len >= 2 && codes[len - 1] === code && codes[len - 2] === code) {
        e[len - 1] = i;
        continue;
      }
      push(code, start, i, pendingBreak ? LINE_BREAK : 0);
      pendingBreak = false;
      continue;
    }
    if (isInvisible(cp)) continue;
    if (isWhitespace(cp)) {
      if (isLineBreak(cp)) pendingBreak = true;
      if (len && codes[len - 1] === 32) {
        flags[len - 1] = (flags[len - 1] ?? 0) | WIDE;
        continue;
      }
      if (!len) continue;
      push(32, start, i, pendingBreak ? LINE_BREAK | WIDE : 0);
      pendingBreak = false;
      continue;
    }
    const folded = foldNonAscii(cp);
    if (folded.length === 1) {
      const code = folded.charCodeAt(0);
      if (len && isRepeatablePunctCode(code) && codes[len - 1] === code) {
        e[len - 1] = i;
        continue;
      }
      if (isAsciiLetterCode(code) && code !== 119 && len >= 2 && codes[len - 1] === code && codes[len - 2] === code) {
        e[len - 1] = i;
        continue;
      }
    }
    for (let k = 0; k < folded.length; k++) {
      push(folded.charCodeAt(k), start, i, pendingBreak && k === 0 ? LINE_BREAK : 0);
    }
    if (folded.length) pendingBreak = false;
  }
  if (len && codes[len - 1] === 32) len--;

  // Pass 2: look-alikes inside words (leetspeak digits and symbols between letters).
  for (let k = 1; k + 1 < len; k++) {
    const leet = LEET[codes[k] ?? 0];
    if (leet === undefined || !isAsciiLetterCode(codes[k - 1] ?? 0)) continue;
    const next = codes[k + 1] ?? 0;
    if (isAsciiLetterCode(next) || (LEET[next] !== undefined && k + 2 < len && isAsciiLetterCode(codes[k + 2] ?? 0))) codes[k] = leet;
  }

  // Pass 3: spaced or dotted letters joined ("r e f u n d", "r.e.f.u.n.d"), written in place (out ≤ k).
  let out = 0;
  let k = 0;
  let lastJoinedEnd = -2;
  const wordAt = (x: number): boolean => x >= 0 && x < len && isWordCode(codes[x] ?? 0);
  while (k < len) {
    const c = codes[k] ?? 0;
    if (isAsciiLetterCode(c) && !wordAt(k - 1)) {
      let j = k;
      let count = 0;
      let sep = -1;
      let lastLetter = k;
      while (j < len && isAsciiLetterCode(codes[j] ?? 0) && !wordAt(j + 1)) {
        count++;
        lastLetter = j;
        const next = j + 1 < len ? codes[j + 1] ?? 0 : -1;
        if (next < 0 || !isSpacedSeparator(next) || ((flags[j + 1] ?? 0) & WIDE) || (sep >= 0 && next !== sep) || !(j + 2 < len && isAsciiLetterCode(codes[j + 2] ?? 0))) break;
        sep = next;
        j += 2;
      }
      // after a joined run, the next spaced word may be short ("R E F U N D   M E   O R   I")
      const minCount = k - 1 === lastJoinedEnd && (flags[k - 1] ?? 0) & WIDE ? 1 : 4;
      if (count >= minCount) {
        const end = lastLetter + 1;
        let firstFlag = flags[k] ?? 0;
        for (let m = k; m < end; m++) {
          const code = codes[m] ?? 0;
          if (!isAsciiLetterCode(code)) continue;
          codes[out] = code;
          s[out] = s[m] ?? 0;
          e[out] = e[m] ?? 0;
          flags[out] = firstFlag & LINE_BREAK;
          firstFlag = 0;
          out++;
        }
        k = end;
        lastJoinedEnd = end;
        continue;
      }
    }
    codes[out] = c;
    s[out] = s[k] ?? 0;
    e[out] = e[k] ?? 0;
    flags[out] = flags[k] ?? 0;
    out++;
    k++;
  }

  const lineBreaks = new Uint8Array(out);
  for (let x = 0; x < out; x++) lineBreaks[x] = (flags[x] ?? 0) & LINE_BREAK;
  return { original, text: decodeUnits(codes, out), starts: s.slice(0, out), ends: e.slice(0, out), lineBreaks };
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

/** UTF-16 code units → string (lone surrogates were already replaced, so decoding is lossless). */
function decodeUnits(codes: Uint16Array, length: number): string {
  if (utf16) return utf16.decode(codes.subarray(0, length));
  const CHUNK = 8192;
  let text = '';
  for (let i = 0; i < length; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK)));
  return text;
}

/** Original span of the normalised span [a, b). */
export function toOriginal(norm: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (!norm.text.length) return { start: 0, end: 0 };
  const lo = Math.max(0, Math.min(a, norm.text.length - 1));
  const hi = Math.max(lo, Math.min(b, norm.text.length) - 1);
  return { start: norm.starts[lo] ?? 0, end: norm.ends[hi] ?? 0 };
}

/** The first `length` normalised chars of `norm`, sharing its maps. */
export function truncateNormalized(norm: NormalizedText, length: number): NormalizedText {
  if (norm.text.length <= length) return norm;
  return { original: norm.original, text: norm.text.slice(0, length), starts: norm.starts.subarray(0, length), ends: norm.ends.subarray(0, length), lineBreaks: norm.lineBreaks.subarray(0, length) };
}
