/**
 * Word scanning without regex match objects. Polarity words are what `[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*` matches
 * (flags gu), detection words what `[\p{L}']+` matches; a code-point loop finds the same ones and allocates
 * only the word itself.
 * (Measured: the match array of every exec was a large share of the garbage of a review.)
 */

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** BMP code point → 0 unknown, 1 no, 2 yes (per class), filled on first sight */
const letterBmp = new Uint8Array(0x10000);
const wordBmp = new Uint8Array(0x10000);

function classify(table: Uint8Array, test: RegExp, cp: number): boolean {
  if (cp < 0x10000) {
    let known = table[cp] ?? 0;
    if (known === 0) {
      known = cp >= 0xd800 && cp <= 0xdfff ? 1 : test.test(String.fromCharCode(cp)) ? 2 : 1; // a lone surrogate is no letter
      table[cp] = known;
    }
    return known === 2;
  }
  return test.test(String.fromCodePoint(cp));
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return classify(letterBmp, LETTER, cp);
}

/** [\p{L}\p{N}] */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  return classify(wordBmp, LETTER_OR_DIGIT, cp);
}

/** The code point at `i` (a pair when a high surrogate is followed by a low one, as the `u` flag reads it). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return c;
}

const APOSTROPHE = 39;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const isAsciiLetterOrApostrophe = (c: number): boolean => (c >= 97 && c <= 122) || c === APOSTROPHE || (c >= 65 && c <= 90);

/*
 * The scans below read ASCII straight from the char code and only go through codePointAt and the class tables
 * for other chars: most normalised text is ASCII (measured: the generic loop was most of polarity's tokenize).
 */

/** End of the run of letters and digits starting at `i` (i itself when none). */
function letterOrDigitRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (!isAsciiLetterOrDigit(c)) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (!isLetterOrDigit(cp)) break;
    i += width(cp);
  }
  return i;
}

/**
 * Next polarity word at or after `from`: letters and digits, joined by single inner apostrophes
 * ("l'accueil", "n'importe"). Returns its [start, end) packed in `out`, or false at the end of the text.
 */
export function nextWord(text: string, from: number, out: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetterOrDigit(c)) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (isLetterOrDigit(cp)) break;
    i += width(cp);
  }
  if (i >= n) return false;
  let end = letterOrDigitRunEnd(text, i);
  while (end + 1 < n && text.charCodeAt(end) === APOSTROPHE && isLetterOrDigit(codePointAt(text, end + 1))) end = letterOrDigitRunEnd(text, end + 1);
  out.start = i;
  out.end = end;
  return true;
}

/** Next detection word at or after `from`: a run of letters and apostrophes (/[\p{L}']+/gu). */
export function nextLetterRun(text: string, from: number, out: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetterOrApostrophe(c)) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (isLetter(cp)) break;
    i += width(cp);
  }
  if (i >= n) return false;
  out.start = i;
  let end = i;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c < 0x80) {
      if (!isAsciiLetterOrApostrophe(c)) break;
      end++;
      continue;
    }
    const cp = codePointAt(text, end);
    if (!isLetter(cp)) break;
    end += width(cp);
  }
  out.end = end;
  return true;
}
