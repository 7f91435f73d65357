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

/**
 * End of the run of `accept` code points starting at `i` (i itself when none).
 */
function runEnd(text: string, i: number, accept: (cp: number) => boolean): number {
  let j = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (!accept(cp)) break;
    j += width(cp);
  }
  return j;
}

/**
 * Next polarity word at or after `from`: letters and digits, joined by single inner apostrophes
 * ("l'accueil", "n'importe"). Returns its [start, end) packed in `out`, or false at the end of the text.
 */
export function nextWord(text: string, from: number, out: { start: number; end: number }): boolean {
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (isLetterOrDigit(cp)) break;
    i += width(cp);
  }
  if (i >= text.length) return false;
  let end = runEnd(text, i, isLetterOrDigit);
  while (end + 1 < text.length && text.charCodeAt(end) === APOSTROPHE && isLetterOrDigit(codePointAt(text, end + 1))) end = runEnd(text, end + 1, isLetterOrDigit);
  out.start = i;
  out.end = end;
  return true;
}

const isLetterOrApostrophe = (cp: number): boolean => cp === APOSTROPHE || isLetter(cp);

/** Next detection word at or after `from`: a run of letters and apostrophes (/[\p{L}']+/gu). */
export function nextLetterRun(text: string, from: number, out: { start: number; end: number }): boolean {
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (isLetterOrApostrophe(cp)) break;
    i += width(cp);
  }
  if (i >= text.length) return false;
  out.start = i;
  out.end = runEnd(text, i, isLetterOrApostrophe);
  return true;
}
