/** The build transform drops rule documentation and nothing else. */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { RULE_FILE, stripRuleDocs, stripRuleDocsEsbuildPlugin } from '../../../lib/analysis/build/strip-rule-docs';
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
    // one snapshot of every rule file for both builds: rule authors save while the suite runs
    const snapshot = new Map<string, string>();
    const load = async (path: string): Promise<string> => {
      if (!snapshot.has(path)) snapshot.set(path, await readFile(path, 'utf8'));
      return snapshot.get(path) ?? '';
    };
    const bundle = async (strip: boolean | 'plugin'): Promise<LanguageRules[]> => {
      const out = await build({
        stdin: { contents: `export { allRules } from './index.ts';`, resolveDir: root, loader: 'ts' },
        bundle: true,
        format: 'cjs',
        write: false,
        plugins: [strip === 'plugin' ? (stripRuleDocsEsbuildPlugin as never) : { name: 'snapshot', setup: (b) => b.onLoad({ filter: RULE_FILE }, async (args) => ({ contents: strip ? stripRuleDocs(await load(args.path)) : await load(args.path), loader: 'ts' })) }],
        logLevel: 'silent',
      });
      const module = { exports: {} as { allRules?: () => LanguageRules[] } };
      new Function('module', 'exports', out.outputFiles[0]?.text ?? '')(module, module.exports);
      return module.exports.allRules?.() ?? [];
    };
    const stripped = await bundle(true);
    const original = await bundle(false);
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
    // the plugin the bench and the build use strips every rule file it loads
    const shipped = (await bundle('plugin')).flatMap((l) => l.families.flatMap((f) => f.rules));
    expect(shipped.length).toBeGreaterThan(100);
    expect(shipped.every((r) => r.examples === undefined && r.counterExamples === undefined && r.note === undefined)).toBe(true);
  });
});
