/**
 * The literal automaton (engine/anchors.ts) gives, per pattern, the offset just past the earliest-ending
 * occurrence of one of its literals (1 with no literal known, 0 with none in the text): checked against indexOf
 * on random literal sets full of shared prefixes, suffixes of one another and non-ASCII chars.
 */
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../../../lib/analysis/engine/anchors';

function reference(literalsPerPattern: (string[] | null)[], text: string): number[] {
  return literalsPerPattern.map((literals) => {
    if (!literals) return 1;
    let first = 0;
    for (const literal of literals) {
      const at = text.indexOf(literal);
      if (at >= 0 && (first === 0 || at + literal.length < first)) first = at + literal.length;
    }
    return first;
  });
}

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x;
  };
}

const ALPHABET = ['a', 'b', 'c', 'ab', 'ba', ' ', "'", 'é', '😀', '\ud800', 'z'];

describe('LiteralAutomaton', () => {
  it('finds the first end of some literal of each pattern, as indexOf does', () => {
    const next = random(11);
    const word = (max: number): string => {
      let s = '';
      const length = 1 + (next() % max);
      for (let i = 0; i < length; i++) s += ALPHABET[next() % ALPHABET.length];
      return s;
    };
    for (let round = 0; round < 60; round++) {
      const patterns = Array.from({ length: 1 + (next() % 12) }, () => (next() % 7 === 0 ? null : Array.from({ length: 1 + (next() % 4) }, () => word(4))));
      const automaton = new LiteralAutomaton(patterns);
      for (let t = 0; t < 20; t++) {
        const text = word(40);
        expect([...automaton.candidates(text)], `${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(reference(patterns, text));
      }
    }
  });

  it('gives every call its own array (an earlier result is never overwritten)', () => {
    const automaton = new LiteralAutomaton([['refund'], ['review'], null]);
    const first = automaton.candidates('a refund please');
    const copies = Array.from({ length: 3000 }, (_, i) => automaton.candidates(i % 2 ? 'a review' : 'nothing'));
    expect([...first]).toEqual([8, 0, 1]); // "refund" ends at 8
    expect([...copies[1]!]).toEqual([0, 8, 1]);
    expect([...copies[2]!]).toEqual([0, 0, 1]);
  });
});
