/**
 * The training examples: every text of tests/corpus/<lang>.jsonl with the signals the rule engine found at
 * first sight (the newest pinned snapshot that predates the text; the oldest snapshot for texts older than
 * all of them). Also which snapshot period a text belongs to, for the time-split validation.
 */
import { loadCorpus } from '../eval/analysis';
import { SNAPSHOTS, corpusLinesAt, loadEngine, type EngineResult } from './snapshots';
import type { Example } from './logistic';

export const TRAIN_LANGUAGES = ['fr', 'en', 'es', 'de', 'it'] as const;

export interface CorpusExample extends Example {
  id: string;
  /** 0: written before SNAPSHOTS[0]; k: written between SNAPSHOTS[k-1] and SNAPSHOTS[k] (or after the last) */
  period: number;
  /** the engine's verdict at first sight */
  rules: EngineResult;
}

export async function loadExamples(): Promise<CorpusExample[]> {
  const engines = await Promise.all(SNAPSHOTS.map((c) => loadEngine(c)));
  const out: CorpusExample[] = [];
  for (const lang of TRAIN_LANGUAGES) {
    const limits = SNAPSHOTS.map((c) => corpusLinesAt(c, lang));
    loadCorpus(lang).forEach((entry, line) => {
      let period = 0;
      while (period < limits.length && line >= limits[period]!) period++;
      const engine = engines[Math.max(0, period - 1)]!;
      const rules = engine(entry.text, entry.title, lang, entry.rating);
      const text = entry.title ? `${entry.title}\n\n${entry.text}` : entry.text;
      out.push({ id: entry.id, text, lang, signals: rules.signals, label: entry.category === 'blackmail' ? 1 : 0, period, rules });
    });
  }
  return out;
}
