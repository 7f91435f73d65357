/**
 * The rule engine as it was at a pinned commit, to give each corpus text the signals the rules found
 * BEFORE that text was written ("first sight"): the model must learn what the rules miss on new wordings,
 * not lean on rules that were later fitted to the same texts. Snapshots are `git archive`d into .tmp/snap/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Engine snapshots, oldest first: the commit before the es/it 'sixth fresh batch' (22:00) and the commit
 * before the veiled-blackmail held-out batches A-D of all five languages (23:18).
 */
export const SNAPSHOTS = ['cfbb2d2', '051bc09'] as const;

export interface EngineResult {
  category: string;
  signals: string[];
}
export type Engine = (text: string, title: string | undefined, lang: string, rating?: number) => EngineResult;

function snapshotDir(commit: string): string {
  const dir = join(ROOT, '.tmp', 'snap', commit);
  if (!existsSync(join(dir, 'lib', 'analysis', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['-C', ROOT, 'archive', commit, 'lib'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return dir;
}

/** analyzeReview of a snapshot (or of the working tree when commit is 'HEAD'), reduced to category and signal types. */
export async function loadEngine(commit: string): Promise<Engine> {
  const dir = commit === 'HEAD' ? ROOT : snapshotDir(commit);
  const mod = (await import(pathToFileURL(join(dir, 'lib', 'analysis', 'index.ts')).href)) as {
    analyzeReview: (input: { text: string; title?: string; lang?: string; rating?: number }) => { category: string; signals: { type: string }[] };
  };
  return (text, title, lang, rating) => {
    const r = mod.analyzeReview({ text, title, lang, rating });
    return { category: r.category, signals: [...new Set(r.signals.map((s) => s.type))].sort() };
  };
}

/** How many lines tests/corpus/<lang>.jsonl had at a commit (the corpus only ever grows by appending). */
export function corpusLinesAt(commit: string, lang: string): number {
  try {
    const text = execFileSync('git', ['-C', ROOT, 'show', `${commit}:tests/corpus/${lang}.jsonl`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return text.split('\n').filter((l) => l.trim()).length;
  } catch {
    return 0;
  }
}
