/**
 * Gibberish (off_topic): keyboard mashing and letter soup no language rule can list. Half the words must
 * look random (keyboard runs, no vowel, five consonants in a row): real text in any Latin-script language
 * stays far below that, and mostly non-Latin text is never called gibberish.
 */
import type { NormalizedText } from '../normalize';

const WORD = /[a-z]+/g;
const KEYBOARD_RUNS = ['qwert', 'werty', 'asdf', 'sdfg', 'dfgh', 'fghj', 'ghjk', 'hjkl', 'zxcv', 'xcvb', 'cvbn', 'vbnm', 'azert', 'qwertz', 'yxcv', 'uiop', 'jkl;'];

function looksRandom(word: string): boolean {
  // one letter repeated ("zzzz", "ddddd": the normaliser has already cut runs to two)
  if (word.length >= 2 && word.split('').every((c) => c === word[0])) return true;
  if (word.length < 4) return false;
  if (KEYBOARD_RUNS.some((run) => word.includes(run))) return true;
  if (!/[aeiouy]/.test(word)) return true;
  return /[bcdfghjklmnpqrstvwxz]{5,}/.test(word);
}

export function isGibberish(norm: NormalizedText): boolean {
  let words = 0;
  let random = 0;
  let latinLetters = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm.text); m !== null && words < 300; m = WORD.exec(norm.text)) {
    words++;
    latinLetters += m[0].length;
    if (looksRandom(m[0])) random++;
  }
  WORD.lastIndex = 0;
  // mostly non-Latin script (Russian, Chinese…) is a language we cannot read, not gibberish
  if (latinLetters < norm.text.length * 0.4) return false;
  return words >= 1 && random >= Math.max(1, words * 0.5);
}
