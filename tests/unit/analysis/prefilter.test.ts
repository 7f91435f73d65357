/**
 * The engine's shortcuts never change what a pattern finds: the automaton flags exactly the patterns one of
 * whose literals occurs, and a scan started at scanStart finds the same matches as a scan from 0.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../lib/analysis/rules';
import { compileLanguage } from '../../../lib/analysis/engine/compile';
import { maxMatchLength, scanStart } from '../../../lib/analysis/engine/anchors';
import { normalize } from '../../../lib/analysis/normalize';

const regexes = new Map<string, RegExp>();
function matches(source: string, text: string, from: number): string[] {
  let regex = regexes.get(source);
  if (!regex) regexes.set(source, (regex = new RegExp(source, 'gu')));
  const out: string[] = [];
  regex.lastIndex = from;
  for (let m = regex.exec(text); m !== null && out.length < 50; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

describe('maxMatchLength', () => {
  it('bounds what a pattern can span, in UTF-16 units', () => {
    expect(maxMatchLength('abc')).toBe(3);
    expect(maxMatchLength('a{2,5}b?')).toBe(6);
    expect(maxMatchLength('[^.!?]{0,3}x')).toBe(7); // a class may match an astral code point: 2 units
    expect(maxMatchLength('\\bfoo(?= bar)(?<!x)\\b')).toBe(3);
    expect(maxMatchLength('(?:ab|cdef)|g')).toBe(4);
    expect(maxMatchLength('a+')).toBe(Infinity);
    expect(maxMatchLength('x\\w*')).toBe(Infinity);
    expect(maxMatchLength('(a)\\1')).toBe(Infinity);
    expect(maxMatchLength('(?<n>a)\\k<n>')).toBe(Infinity);
    expect(maxMatchLength('(unclosed')).toBe(Infinity);
  });
});

describe('prefilter and scan start', () => {
  const texts = (lang: ReturnType<typeof allRules>[number]): string[] => [
    // every fifth example or counter-example alone (short texts: most patterns are not candidates)
    ...lang.families.flatMap((f) => f.rules.flatMap((r) => [...r.examples, ...(r.counterExamples ?? [])])).filter((_, i) => i % 5 === 0),
    // each family's examples behind a long prefix (and astral chars) so scans really start late
    ...lang.families.map((f) => `${'😀 la la la, '.repeat(30)}${f.rules.flatMap((r) => r.examples).join('. ')}`),
  ];

  for (const lang of allRules()) {
    it(`${lang.lang}: every rule, aspect and sarcasm pattern finds the same matches as a scan from 0`, { timeout: 60_000 }, () => {
      const compiled = compileLanguage(lang);
      const patterns = [
        ...compiled.rules.map((r) => ({ source: r.regex.source, literals: r.literals })),
        ...compiled.aspects.map((a) => ({ source: a.regex.source, literals: a.literals })),
        { source: compiled.sarcasm.source, literals: null as string[] | null },
      ];
      for (const raw of texts(lang)) {
        const text = normalize(raw).text;
        const candidates = compiled.literalAutomaton.candidates(text);
        patterns.forEach(({ source, literals }, k) => {
          const all = matches(source, text, 0);
          if (k === compiled.sarcasmAt) {
            if (candidates[k] === 0) expect(all, `${source.slice(0, 40)} in ${raw}`).toEqual([]);
          } else {
            // exactly the patterns with a literal in the text (or none known) are candidates
            expect(candidates[k] !== 0, `${source.slice(0, 40)} in ${raw}`).toBe(!literals || literals.some((l) => text.includes(l)));
          }
          if (candidates[k] === 0) expect(all).toEqual([]);
          else {
            const from = scanStart(text, candidates[k] ?? 0, compiled.maxLength[k] ?? Infinity);
            for (const m of all) expect(m.length - m.indexOf(':') - 1, source.slice(0, 40)).toBeLessThanOrEqual(compiled.maxLength[k] ?? Infinity);
            expect(matches(source, text, from), `${source.slice(0, 40)} in ${raw}`).toEqual(all);
          }
        });
      }
    });
  }
});
