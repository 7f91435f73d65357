/** The build transform drops rule documentation and nothing else. */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripRuleDocs, stripRuleDocsEsbuildPlugin } from '../../../lib/analysis/build/strip-rule-docs';
import { allRules } from '../../../lib/analysis/rules';
import type { LanguageRules } from '../../../lib/analysis/rules/types';

describe('stripRuleDocs', () => {
  it('removes examples, counterExamples and note, keeping strings that look like them', () => {
    const src = `const r = { id: 'x', pattern: 'examples: [no]', note: "a ] tricky, note", weight: 1,
      examples: ['a [b', "c'd", \`e\${'f'}\`], counterExamples: ['note: x'], negatable: true };`;
    const out = stripRuleDocs(src);
    expect(out).toContain("pattern: 'examples: [no]'");
    expect(out).toContain('weight: 1');
    expect(out).toContain('negatable: true');
    expect(out).not.toContain('a [b');
    expect(out).not.toContain('tricky');
    expect(out).not.toContain("'note: x'");
  });

  it('leaves every language\'s rules identical apart from the docs', { timeout: 60_000 }, async () => {
    const root = join(__dirname, '../../../lib/analysis/rules');
    const out = await build({
      stdin: { contents: `export { allRules } from './index.ts';`, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'cjs',
      write: false,
      plugins: [stripRuleDocsEsbuildPlugin as never],
      logLevel: 'silent',
    });
    const module = { exports: {} as { allRules?: () => LanguageRules[] } };
    new Function('module', 'exports', out.outputFiles[0]?.text ?? '')(module, module.exports);
    const stripped = module.exports.allRules?.() ?? [];
    const original = allRules();
    expect(stripped.map((l) => l.lang)).toEqual(original.map((l) => l.lang));
    original.forEach((lang, i) => {
      const other = stripped[i];
      const shape = (l: LanguageRules | undefined) =>
        l?.families.flatMap((f) => f.rules.map((r) => ({ id: r.id, signal: r.signal, pattern: r.pattern, weight: r.weight, negatable: r.negatable, reportable: r.reportable })));
      expect(shape(other)).toEqual(shape(lang));
      expect(other?.families.flatMap((f) => f.rules).every((r) => r.examples === undefined && r.note === undefined)).toBe(true);
      expect(other?.polarity.words).toEqual(lang.polarity.words);
      expect(other?.cues).toEqual(lang.cues);
    });
  });
});
