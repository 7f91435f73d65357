/**
 * Logistic regression on sparse binary features, trained by AdaGrad with L2, in a fixed seeded order:
 * the same examples give the same weights. Also the compact stored form (int8 bucket weights, base64).
 */
import type { BlackmailModel, StoredBlackmailModel } from '../../lib/analysis/model/blackmail';
import { extractFeatures, type FeatureOptions } from '../../lib/analysis/model/features';

export interface Example {
  text: string;
  lang: string;
  signals: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  /** weight of a positive example (blackmail is a quarter of the corpus) */
  positiveWeight: number;
  /** models trained in as many seeded orders and averaged (a linear model still: less order noise) */
  bags?: number;
  features: FeatureOptions;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'features'> = { buckets: 8192, epochs: 30, rate: 0.1, l2: 1e-3, positiveWeight: 1 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: readonly Example[], options: TrainOptions): BlackmailModel {
  const bags = Math.max(1, options.bags ?? 1);
  if (bags === 1) return trainOnce(examples, options, 20261124);
  const models = Array.from({ length: bags }, (_, i) => trainOnce(examples, options, 20261124 + i));
  const hashed = new Float32Array(options.buckets);
  const named = new Map<string, number>();
  for (const m of models) {
    m.hashed.forEach((v, i) => {
      hashed[i] = (hashed[i] ?? 0) + v / bags;
    });
    for (const [k, v] of m.named) named.set(k, (named.get(k) ?? 0) + v / bags);
  }
  const bias = models.reduce((sum, m) => sum + m.bias / bags, 0);
  return { buckets: options.buckets, bias, hashed, named: new Map([...named].sort((a, b) => (a[0] < b[0] ? -1 : 1))), options: options.features };
}

function trainOnce(examples: readonly Example[], options: TrainOptions, seed: number): BlackmailModel {
  const { buckets } = options;
  const vocabulary = new Map<string, number>();
  const rows = examples.map((ex) => {
    const f = extractFeatures(ex.text, ex.lang, ex.signals, buckets, options.features);
    const idx = new Set<number>(f.hashed);
    for (const name of f.named) {
      let id = vocabulary.get(name);
      if (id === undefined) {
        id = buckets + vocabulary.size;
        vocabulary.set(name, id);
      }
      idx.add(id);
    }
    return Int32Array.from([...idx].sort((a, b) => a - b));
  });
  const size = buckets + vocabulary.size;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = rows[i]!;
      const y = examples[i]!.label;
      let z = bias;
      for (const k of x) z += w[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 1 ? options.positiveWeight : 1);
      for (const k of x) {
        const grad = g + options.l2 * w[k]!;
        const acc = g2[k]! + grad * grad;
        g2[k] = acc;
        w[k] = w[k]! - (options.rate * grad) / Math.sqrt(acc);
      }
      biasG2 += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasG2);
    }
  }
  const named = new Map<string, number>();
  for (const [name, id] of [...vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w[id]!) >= 1e-3) named.set(name, w[id]!);
  return { buckets, bias, hashed: Float32Array.from(w.subarray(0, buckets)), named, options: options.features };
}

/** Stored form: bucket weights as int8 × scale (base64), named weights rounded to 3 decimals. */
export function store(model: BlackmailModel): StoredBlackmailModel {
  let max = 0;
  for (const v of model.hashed) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(model.buckets);
  model.hashed.forEach((v, i) => {
    bytes[i] = Math.round(v / scale) & 0xff;
  });
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    buckets: model.buckets,
    bias: round(model.bias),
    scale: Number(scale.toPrecision(6)),
    hashed: Buffer.from(bytes).toString('base64'),
    named: Object.fromEntries([...model.named].map(([k, v]) => [k, round(v)]).filter(([, v]) => v !== 0)),
    options: model.options,
  };
}
