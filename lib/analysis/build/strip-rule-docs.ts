/**
 * Build-time transform: drops the documentation fields of rule data (`examples`, `counterExamples`,
 * `note`) from lib/analysis/rules/<lang>/*.ts. They exist for the tests and for reviewers; the engine never
 * reads them at run time, and they are a third of the rules' weight in the bundle.
 *
 * Used by scripts/bench/analysis.ts (esbuild) and meant for the extension build (Vite/WXT): see
 * `stripRuleDocsVitePlugin`. The scanner understands string literals (', ", `) and brackets, which is all
 * rule data files contain.
 */

const FIELDS = ['examples', 'counterExamples', 'note'];
export const RULE_FILE = /[\\/]lib[\\/]analysis[\\/]rules[\\/][a-z]{2}[\\/][^\\/]+\.ts$/;

/** Index just past the string literal that starts at `i` (quote at source[i]). */
function skipString(source: string, i: number): number {
  const quote = source[i];
  let j = i + 1;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (quote === '`' && c === '$' && source[j + 1] === '{') j = skipBalanced(source, j + 1);
    else j++;
  }
  return j;
}

/** Index just past the bracketed value starting at `i` (an opening bracket). */
function skipBalanced(source: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === "'" || c === '"' || c === '`') {
      j = skipString(source, j);
      continue;
    }
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/** Removes `examples: [...]`, `counterExamples: [...]` and `note: '...'` properties from a rule file. */
export function stripRuleDocs(source: string): string {
  let out = '';
  let i = 0;
  const property = new RegExp(`(^|[\\s,{])(${FIELDS.join('|')})\\s*:\\s*`, 'y');
  while (i < source.length) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = skipString(source, i);
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      continue;
    }
    property.lastIndex = i;
    const m = property.exec(source);
    if (m) {
      let j = i + m[0].length;
      const v = source[j];
      if (v === '[' || v === '{') j = skipBalanced(source, j);
      else if (v === "'" || v === '"' || v === '`') j = skipString(source, j);
      else {
        out += c;
        i++;
        continue;
      }
      while (source[j] === ' ' || source[j] === '\t') j++;
      if (source[j] === ',') j++;
      out += m[1] ?? '';
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** esbuild plugin (bench). */
export const stripRuleDocsEsbuildPlugin = {
  name: 'strip-rule-docs',
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>) => void }): void {
    build.onLoad({ filter: RULE_FILE }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: stripRuleDocs(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
  },
};

/** Vite/Rollup plugin for the extension build: `plugins: [stripRuleDocsVitePlugin()]` in wxt.config.ts `vite()`. */
export function stripRuleDocsVitePlugin(): { name: string; enforce: 'pre'; transform: (code: string, id: string) => string | null } {
  return {
    name: 'strip-rule-docs',
    enforce: 'pre',
    transform: (code, id) => (RULE_FILE.test(id.split('?')[0] ?? id) ? stripRuleDocs(code) : null),
  };
}
