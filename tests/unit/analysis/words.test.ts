/** The word scanners find exactly the words of the regexes they replace, on hostile text too. */
import { describe, expect, it } from 'vitest';
import { nextLetterRun, nextWord } from '../../../lib/analysis/engine/words';

const POLARITY_WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const DETECTION_WORD = /[\p{L}']+/gu;

function scanned(text: string, next: typeof nextWord): string[] {
  const out: string[] = [];
  const span = { start: 0, end: 0 };
  for (let at = 0; next(text, at, span); at = span.end) out.push(`${span.start}:${text.slice(span.start, span.end)}`);
  return out;
}

const matched = (text: string, regex: RegExp): string[] => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);

// letters (ASCII, accented, Cyrillic, CJK, astral), digits (ASCII, Arabic-Indic), apostrophes, combining marks,
// emoji, lone and paired surrogates, spaces and punctuation
const PIECES = ['a', 'z', 'é', 'ß', 'д', '漢', '𝐀', '7', '٣', "'", "''", '\u0301', '😀', '\ud800', '\udc00', ' ', '.', '-', 'l\'', "n'", '’'];

function randomText(seed: number, length: number): string {
  let x = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += PIECES[x % PIECES.length];
  }
  return text;
}

describe('word scanners', () => {
  it('match the polarity and detection regexes on 2,000 random hostile texts', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 1 + (seed % 60));
      expect(scanned(text, nextWord), JSON.stringify(text)).toEqual(matched(text, POLARITY_WORD));
      expect(scanned(text, nextLetterRun), JSON.stringify(text)).toEqual(matched(text, DETECTION_WORD));
    }
  });

  it('join elided words and keep digits with letters', () => {
    expect(scanned("l'accueil n'importe 3eme aujourd'hui' 'x", nextWord)).toEqual(["0:l'accueil", "10:n'importe", '20:3eme', "25:aujourd'hui", '39:x']);
    expect(scanned("l'accueil 3eme 'x", nextLetterRun)).toEqual(["0:l'accueil", '11:eme', "15:'x"]);
  });
});
