/**
 * Normalisation for matching, with a map back to the original text (rules/types.ts describes the form).
 * One left-to-right pass over code points plus one pass over words: linear in the input length.
 *
 * `starts[i]`/`ends[i]` are the UTF-16 offsets in the original text of the code point that produced
 * normalised char i, so any normalised span [a, b) maps back to [starts[a], ends[b - 1]).
 */

export interface NormalizedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** normalised indices where the original had a line break (a sentence boundary for polarity) */
  lineBreaks: Set<number>;
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
    cp === 0x180e
  );
}

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
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };

const foldCache = new Map<string, string>();

/** Lower case, accents removed, special letters folded. Cached per code point (reviews reuse few). */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const lower = ch.toLowerCase();
  const special = SPECIAL_FOLDS[lower] ?? CONFUSABLES[lower];
  if (special !== undefined) out = special;
  else {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out = lower;
    else if (cp >= 0xd800 && cp <= 0xdfff) out = '\ufffd'; // lone surrogate
    else {
      out = lower.normalize('NFD').replace(/\p{M}/gu, '');
    }
  }
  if (foldCache.size < 20000) foldCache.set(ch, out);
  return out;
}

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isWs = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u2028' || c === '\u2029' || c === '\u3000' || (c >= '\u2000' && c <= '\u200a') || c === '\u202f' || c === '\u205f';
const isRepeatablePunct = (c: string): boolean => c === '!' || c === '?' || c === '.' || c === ',' || c === ';' || c === ':' || c === '*' || c === '-' || c === '~' || c === '=' || c === '_';
const SPACED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '·', '/', '|']);

/** Normalise `original`; see the module comment for the offset map. */
export function normalize(original: string): NormalizedText {
  // Pass 1: code points → folded chars, invisible chars dropped, whitespace and punctuation runs collapsed.
  const chars: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const lineBreakAt: boolean[] = [];
  // a space that stood for 2+ whitespace chars: a word gap inside spaced letters ("R E F U N D   M E")
  const wide: boolean[] = [];
  let pendingBreak = false;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const start = i;
    i += width;
    if (isInvisible(cp)) continue;
    if (isWs(ch)) {
      if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') pendingBreak = true;
      if (chars.length && chars[chars.length - 1] === ' ') {
        wide[chars.length - 1] = true;
        continue;
      }
      if (!chars.length) continue;
      chars.push(' ');
      s.push(start);
      e.push(i);
      lineBreakAt.push(pendingBreak);
      wide.push(pendingBreak);
      pendingBreak = false;
      continue;
    }
    const folded = foldChar(ch);
    if (folded === '') continue;
    if (folded.length === 1 && isRepeatablePunct(folded) && chars.length && chars[chars.length - 1] === folded) {
      e[e.length - 1] = i; // extend the kept punctuation over the run
      continue;
    }
    // Three identical letters or more become two ("soooo" → "soo"): the lexicon also tries the single form.
    // Not w: "www." is a real spelling.
    if (folded.length === 1 && isAsciiLetter(folded) && folded !== 'w' && chars.length >= 2 && chars[chars.length - 1] === folded && chars[chars.length - 2] === folded) {
      e[e.length - 1] = i;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k] ?? '');
      s.push(start);
      e.push(i);
      lineBreakAt.push(pendingBreak && k === 0);
      wide.push(false);
    }
    pendingBreak = false;
  }
  if (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    s.pop();
    e.pop();
    lineBreakAt.pop();
    wide.pop();
  }

  // Pass 2: look-alikes inside words (leetspeak digits between letters), then spaced letters joined.
  for (let k = 1; k + 1 < chars.length; k++) {
    const c = chars[k] ?? '';
    const leet = LEET[c];
    if (leet !== undefined && isAsciiLetter(chars[k - 1]) && (isAsciiLetter(chars[k + 1]) || (LEET[chars[k + 1] ?? ''] !== undefined && isAsciiLetter(chars[k + 2])))) {
      chars[k] = leet;
    }
  }

  const outChars: string[] = [];
  const outS: number[] = [];
  const outE: number[] = [];
  const breaks = new Set<number>();
  const n = chars.length;
  let k = 0;
  let lastJoinedEnd = -2;
  while (k < n) {
    // A run of ≥4 single letters separated by one separator each: "r e f u n d", "r.e.f.u.n.d".
    if (isAsciiLetter(chars[k]) && (k === 0 || !isLetterOrDigit(chars[k - 1]))) {
      let j = k;
      let count = 0;
      let sep: string | undefined;
      let lastLetter = k;
      while (j < n && isAsciiLetter(chars[j]) && !isLetterOrDigit(chars[j + 1])) {
        count++;
        lastLetter = j;
        const next = chars[j + 1];
        if (next === undefined || !SPACED_SEPARATORS.has(next) || wide[j + 1] || (sep !== undefined && next !== sep) || !isAsciiLetter(chars[j + 2])) {
          j++;
          break;
        }
        sep = next;
        j += 2;
      }
      // after a joined run, the next spaced word may be short ("R E F U N D   M E   O R   I")
      const minCount = k - 1 === lastJoinedEnd && wide[k - 1] ? 1 : 4;
      if (count >= minCount) {
        // keep letters only; the run ends at j (exclusive), after the last letter
        j = lastLetter + 1;
        for (let m = k; m < j; m++) {
          const c = chars[m] ?? '';
          if (isAsciiLetter(c)) {
            if (lineBreakAt[m]) breaks.add(outChars.length);
            outChars.push(c);
            outS.push(s[m] ?? 0);
            outE.push(e[m] ?? 0);
          }
        }
        k = j;
        lastJoinedEnd = j;
        continue;
      }
    }
    if (lineBreakAt[k]) breaks.add(outChars.length);
    outChars.push(chars[k] ?? '');
    outS.push(s[k] ?? 0);
    outE.push(e[k] ?? 0);
    k++;
  }
  return { original, text: outChars.join(''), starts: Int32Array.from(outS), ends: Int32Array.from(outE), lineBreaks: breaks };
}

function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return c.charCodeAt(0) >= 0x80 && /[\p{L}\p{N}]/u.test(c);
}

/** Original span of the normalised span [a, b). */
export function toOriginal(norm: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (!norm.text.length) return { start: 0, end: 0 };
  const lo = Math.max(0, Math.min(a, norm.text.length - 1));
  const hi = Math.max(lo, Math.min(b, norm.text.length) - 1);
  return { start: norm.starts[lo] ?? 0, end: norm.ends[hi] ?? 0 };
}
