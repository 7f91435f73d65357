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

/** Scratch buffers reused across calls (normalize is synchronous): one review allocates only its results. */
interface Scratch {
  codes: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  flags: Uint8Array;
}
let scratch: Scratch = allocate(1024);

function allocate(size: number): Scratch {
  return { codes: new Uint16Array(size), s: new Int32Array(size), e: new Int32Array(size), flags: new Uint8Array(size) };
}

/** Scratch of at least `size` units holding the first `used` units of `from` (becomes the shared scratch). */
function grown(from: Scratch, used: number, size: number): Scratch {
  const to = allocate(Math.max(size, from.codes.length * 2));
  to.codes.set(from.codes.subarray(0, used));
  to.s.set(from.s.subarray(0, used));
  to.e.set(from.e.subarray(0, used));
  to.flags.set(from.flags.subarray(0, used));
  scratch = to;
  return to;
}

/**
 * Zeroed bytes for one text's maps, carved from a shared slab: a typed array past 64 bytes otherwise gets a
 * backing store of its own (an allocation the GC tracks), and a review needs three. Long texts get their own.
 */
const SLAB_BYTES = 1 << 18;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
function mapsBuffer(bytes: number): { buffer: ArrayBuffer; offset: number } {
  const aligned = (bytes + 7) & ~7;
  if (aligned > SLAB_BYTES >> 3) return { buffer: new ArrayBuffer(bytes), offset: 0 };
  if (slabUsed + aligned > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += aligned;
  return { buffer: slab, offset };
}

/** LEET as a table over ASCII (0: no look-alike). */
const LEET_ASCII = new Uint8Array(128);
for (const [code, letter] of Object.entries(LEET)) LEET_ASCII[Number(code)] = letter;

/**
 * Normalise `original`; see the module comment for the offset map.
 * The buffers are locals, never captured by a closure: V8 keeps them (and `len`) in registers in the hot loops
 * (measured: the closure version spent most of its time reloading them from the function context).
 */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  let buf = scratch.codes.length < n + 16 ? grown(scratch, 0, n + 16) : scratch;
  let codes = buf.codes;
  let s = buf.s;
  let e = buf.e;
  let flags = buf.flags;
  let cap = codes.length;
  let len = 0;

  // Pass 1: code points → folded code units, invisible chars dropped, whitespace and punctuation runs collapsed.
  let pendingBreak = false;
  let leetFrom = -1; // first output that may be a look-alike (pass 2 starts there)
  for (let i = 0; i < n; ) {
    const start = i;
    let cp = original.charCodeAt(i);
    i++;
    if (cp < 0x80) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
        if (cp !== 0x20 && cp !== 0x09) pendingBreak = true; // \n \v \f \r
        if (len !== 0 && codes[len - 1] === 32) {
          flags[len - 1] = flags[len - 1]! | WIDE;
          continue;
        }
        if (len === 0) continue;
        if (len >= cap) {
          buf = grown(buf, len, len + 16);
          ({ codes, s, e, flags } = buf);
          cap = codes.length;
        }
        codes[len] = 32;
        s[len] = start;
        e[len] = i;
        flags[len] = pendingBreak ? LINE_BREAK | WIDE : 0;
        len++;
        pendingBreak = false;
        continue;
      }
      const code = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      if (len !== 0 && codes[len - 1] === code) {
        // a run of one punctuation mark collapses to one; three identical letters or more become two ("soooo" → "soo"), not w, for "www."
        if (isRepeatablePunctCode(code) || (code >= 97 && code <= 122 && code !== 119 && len >= 2 && codes[len - 2] === code)) {
          e[len - 1] = i; // extend the kept char over the run
          continue;
        }
      }
      if (len >= cap) {
        buf = grown(buf, len, len + 16);
        ({ codes, s, e, flags } = buf);
        cap = codes.length;
      }
      if (code < 65 && leetFrom < 0 && LEET_ASCII[code] !== 0) leetFrom = len;
      codes[len] = code;
      s[len] = start;
      e[len] = i;
      flags[len] = pendingBreak ? LINE_BREAK : 0;
      len++;
      pendingBreak = false;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i < n) {
      const low = original.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isInvisible(cp)) continue;
    if (isWhitespace(cp)) {
      if (isLineBreak(cp)) pendingBreak = true;
      if (len !== 0 && codes[len - 1] === 32) {
        flags[len - 1] = flags[len - 1]! | WIDE;
        continue;
      }
      if (len === 0) continue;
      if (len >= cap) {
        buf = grown(buf, len, len + 16);
        ({ codes, s, e, flags } = buf);
        cap = codes.length;
      }
      codes[len] = 32;
      s[len] = start;
      e[len] = i;
      flags[len] = pendingBreak ? LINE_BREAK | WIDE : 0;
      len++;
      pendingBreak = false;
      continue;
    }
    const folded = foldNonAscii(cp);
    if (folded.length === 1) {
      const code = folded.charCodeAt(0);
      if (len !== 0 && codes[len - 1] === code && (isRepeatablePunctCode(code) || (isAsciiLetterCode(code) && code !== 119 && len >= 2 && codes[len - 2] === code))) {
        e[len - 1] = i;
        continue;
      }
    }
    if (len + folded.length > cap) {
      buf = grown(buf, len, len + folded.length + 16);
      ({ codes, s, e, flags } = buf);
      cap = codes.length;
    }
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (code < 65 && leetFrom < 0 && LEET_ASCII[code] !== 0) leetFrom = len;
      codes[len] = code;
      s[len] = start;
      e[len] = i;
      flags[len] = pendingBreak && k === 0 ? LINE_BREAK : 0;
      len++;
    }
    if (folded.length) pendingBreak = false;
  }
  if (len !== 0 && codes[len - 1] === 32) len--;

  // Pass 2: look-alikes inside words (leetspeak digits and symbols between letters).
  for (let k = Math.max(1, leetFrom); leetFrom >= 0 && k + 1 < len; k++) {
    const c = codes[k]!;
    const leet = c < 128 ? LEET_ASCII[c]! : 0;
    if (leet === 0 || !isAsciiLetterCode(codes[k - 1]!)) continue;
    const next = codes[k + 1]!;
    if (isAsciiLetterCode(next) || (next < 128 && LEET_ASCII[next] !== 0 && k + 2 < len && isAsciiLetterCode(codes[k + 2]!))) codes[k] = leet;
  }

  // Pass 3: spaced or dotted letters joined ("r e f u n d", "r.e.f.u.n.d"), written in place (out ≤ k).
  let out = 0;
  let k = 0;
  let lastJoinedEnd = -2;
  while (k < len) {
    const c = codes[k]!;
    if (isAsciiLetterCode(c) && (k === 0 || !isWordCode(codes[k - 1]!))) {
      let j = k;
      let count = 0;
      let sep = -1;
      let lastLetter = k;
      while (j < len && isAsciiLetterCode(codes[j]!) && !(j + 1 < len && isWordCode(codes[j + 1]!))) {
        count++;
        lastLetter = j;
        const next = j + 1 < len ? codes[j + 1]! : -1;
        if (next < 0 || !isSpacedSeparator(next) || (flags[j + 1]! & WIDE) !== 0 || (sep >= 0 && next !== sep) || !(j + 2 < len && isAsciiLetterCode(codes[j + 2]!))) break;
        sep = next;
        j += 2;
      }
      // after a joined run, the next spaced word may be short ("R E F U N D   M E   O R   I")
      const minCount = k - 1 === lastJoinedEnd && (flags[k - 1]! & WIDE) !== 0 ? 1 : 4;
      if (count >= minCount) {
        const end = lastLetter + 1;
        let firstFlag = flags[k]!;
        for (let m = k; m < end; m++) {
          const code = codes[m]!;
          if (!isAsciiLetterCode(code)) continue;
          codes[out] = code;
          s[out] = s[m]!;
          e[out] = e[m]!;
          flags[out] = firstFlag & LINE_BREAK;
          firstFlag = 0;
          out++;
        }
        k = end;
        lastJoinedEnd = end;
        continue;
      }
    }
    if (out !== k) {
      codes[out] = c;
      s[out] = s[k]!;
      e[out] = e[k]!;
      flags[out] = flags[k]!;
    }
    out++;
    k++;
  }

  const { buffer: maps, offset } = mapsBuffer(out * 9);
  const starts = new Int32Array(maps, offset, out);
  const ends = new Int32Array(maps, offset + out * 4, out);
  const lineBreaks = new Uint8Array(maps, offset + out * 8, out);
  starts.set(s.subarray(0, out));
  ends.set(e.subarray(0, out));
  for (let x = 0; x < out; x++) lineBreaks[x] = flags[x]! & LINE_BREAK;
  return { original, text: decodeUnits(codes, out), starts, ends, lineBreaks };
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
