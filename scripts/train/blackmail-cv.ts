/**
 * Validation of the blackmail model (`npx tsx scripts/train/blackmail-cv.ts`): time-split folds (train on
 * the texts written before a rule snapshot, test on those written after it, rules as they were then),
 * leave-one-language-out, and the false-blackmail rate on the real datasets (evaluation only: no choice of
 * weights is made on them). Rules alone vs model alone vs rules OR model.
 */
import { performance } from 'node:perf_hooks';
import { datasetFiles, loadDataset } from '../eval/analysis';
import { blackmailLogit, sigmoid, type BlackmailModel } from '../../lib/analysis/model/blackmail';
import { ALL_FEATURES, extractFeatures, type FeatureOptions } from '../../lib/analysis/model/features';
import { DEFAULT_TRAIN, train, type TrainOptions } from './logistic';
import { TRAIN_LANGUAGES, loadExamples, type CorpusExample } from './corpus';
import { loadEngine } from './snapshots';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const none: FeatureOptions = { unigrams: false, bigrams: false, classes: false, windows: false, abstractBigrams: false, signals: false };
export const VARIANTS: Record<string, FeatureOptions> = {
  ngrams: { ...none, unigrams: true, bigrams: true },
  cues: { ...none, classes: true, windows: true, abstractBigrams: true },
  signals: { ...none, signals: true },
  'ngrams+cues': { ...none, unigrams: true, bigrams: true, classes: true, windows: true, abstractBigrams: true },
  'cues+signals': { ...none, classes: true, windows: true, abstractBigrams: true, signals: true },
  all: ALL_FEATURES,
  'all-abstract': { ...ALL_FEATURES, abstractBigrams: false },
};

function pr(gold: boolean[], pred: boolean[]): string {
  let tp = 0, fp = 0, pos = 0;
  gold.forEach((g, i) => {
    if (g) pos++;
    if (pred[i] && g) tp++;
    if (pred[i] && !g) fp++;
  });
  const r = pos ? tp / pos : 0;
  const p = tp + fp ? tp / (tp + fp) : 1;
  return `R ${r.toFixed(2)} P ${p.toFixed(2)} (tp ${tp} fp ${fp})`;
}

const BLACKMAIL_SIGNALS = ['demand', 'review_threat', 'conditional_edit', 'retaliation', 'third_party_extortion', 'payment_channel'];
function hasBlackmailSignal(signals: readonly string[]): boolean {
  return signals.some((s) => BLACKMAIL_SIGNALS.includes(s));
}

function mentionsReview(text: string, lang: string): boolean {
  return extractFeatures(text, lang, [], 2, VARIANTS.cues).named.includes('c:review');
}

function score(model: BlackmailModel, ex: { text: string; lang: string; signals: readonly string[] }): number {
  return sigmoid(blackmailLogit(model, ex.text, ex.lang, ex.signals));
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const examples = await loadExamples();
  const variants = Object.entries(VARIANTS).filter(([name]) => !only || only.split(',').includes(name));
  const folds: { name: string; train: CorpusExample[]; test: CorpusExample[] }[] = [
    { name: 'time T1 (22:00→23:18)', train: examples.filter((e) => e.period === 0), test: examples.filter((e) => e.period === 1) },
    { name: 'time T2 (after 23:18, batches A-D)', train: examples.filter((e) => e.period <= 1), test: examples.filter((e) => e.period === 2) },
    ...TRAIN_LANGUAGES.map((lang) => ({ name: `LOLO ${lang}`, train: examples.filter((e) => e.lang !== lang), test: examples.filter((e) => e.lang === lang) })),
  ];
  console.log(`corpus ${examples.length} texts, ${examples.filter((e) => e.label).length} blackmail; periods ${[0, 1, 2].map((p) => examples.filter((e) => e.period === p).length).join('/')}`);

  const engine = await loadEngine('HEAD');
  const dataset = datasetFiles().flatMap((f) => loadDataset(f).map((row) => {
    const text = row.title ? `${row.title}\n\n${row.text}` : row.text;
    return { text, lang: row.lang, signals: engine(row.text, row.title || undefined, row.lang).signals, file: f };
  }));

  for (const [variant, features] of variants) {
    // hyper-parameter trials: BUCKETS=8192 L2=0.01 EPOCHS=20 POSITIVE_WEIGHT=2 npx tsx scripts/train/blackmail-cv.ts all
    const env = (name: string, fallback: number): number => (process.env[name] ? Number(process.env[name]) : fallback);
    const options: TrainOptions = {
      buckets: env('BUCKETS', DEFAULT_TRAIN.buckets),
      epochs: env('EPOCHS', DEFAULT_TRAIN.epochs),
      rate: env('RATE', DEFAULT_TRAIN.rate),
      l2: env('L2', DEFAULT_TRAIN.l2),
      positiveWeight: env('POSITIVE_WEIGHT', DEFAULT_TRAIN.positiveWeight),
      bags: env('BAGS', DEFAULT_TRAIN.bags ?? 1),
      features,
    };
    console.log(`\n=== ${variant}`);
    for (const fold of folds) {
      if (process.env.TIME_ONLY && !fold.name.startsWith('time')) continue;
      const model = train(fold.train, options);
      const gold = fold.test.map((e) => e.label === 1);
      const rules = fold.test.map((e) => e.rules.category === 'blackmail');
      const p = fold.test.map((e) => score(model, e));
      const cells = THRESHOLDS.map((t) => `@${t} model ${pr(gold, p.map((x) => x >= t))} | OR ${pr(gold, p.map((x, i) => x >= t || rules[i]!))}`);
      // category candidate: a confident model AND at least one blackmail signal of the rules (demand, threat, edit…)
      const gated = (t: number): boolean[] => p.map((x, i) => rules[i]! || (x >= t && hasBlackmailSignal(fold.test[i]!.signals)));
      cells.push(...[0.8, 0.9].map((t) => `gated@${t} OR ${pr(gold, gated(t))}`));
      // soft-flag candidate: the model AND a review reference (DESIGN.md: blackmail is tied to a review)
      const reviewed = fold.test.map((e) => mentionsReview(e.text, e.lang));
      cells.push(...[0.5, 0.7].map((t) => `review-gated@${t} model ${pr(gold, p.map((x, i) => x >= t && reviewed[i]!))} | OR ${pr(gold, p.map((x, i) => rules[i]! || (x >= t && reviewed[i]!)))}`));
      const perLanguage = fold.name.startsWith('time')
        ? TRAIN_LANGUAGES.map((lang) => {
            const k = fold.test.map((e, i) => (e.lang === lang ? i : -1)).filter((i) => i >= 0);
            const g = k.map((i) => gold[i]!);
            return `     ${lang} n=${k.length} bm=${g.filter(Boolean).length}: rules ${pr(g, k.map((i) => rules[i]!))} | model@0.5 ${pr(g, k.map((i) => p[i]! >= 0.5))} | OR@0.5 ${pr(g, k.map((i) => p[i]! >= 0.5 || rules[i]!))}`;
          })
        : [];
      cells.push(...perLanguage);
      console.log(`${fold.name} n=${fold.test.length} bm=${gold.filter(Boolean).length} rules ${pr(gold, rules)}\n   ${cells.join('\n   ')}`);
    }
    const full = train(examples, options);
    const t0 = performance.now();
    const dp = dataset.map((d) => score(full, d));
    const ms = (performance.now() - t0) / dataset.length;
    const gatedFlags = [0.8, 0.9].map((t) => `gated@${t} ${dataset.filter((d, i) => dp[i]! >= t && hasBlackmailSignal(d.signals)).length}`).join('  ');
    console.log(gatedFlags + '  ' + [0.5, 0.7, 0.9].map((t) => `review-gated@${t} ${dataset.filter((d, i) => dp[i]! >= t && mentionsReview(d.text, d.lang)).length}`).join('  '));
    console.log(`datasets n=${dataset.length} (${ms.toFixed(3)} ms/review): ` + THRESHOLDS.map((t) => `@${t} ${dp.filter((x) => x >= t).length} (${((100 * dp.filter((x) => x >= t).length) / dataset.length).toFixed(2)}%)`).join('  ') + `  max ${Math.max(...dp).toFixed(3)}`);
  }
}

await main();
