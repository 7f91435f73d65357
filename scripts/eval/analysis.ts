/**
 * Analysis evaluation (`npm run eval`): on the project corpus (tests/corpus/<lang>.jsonl) per-category
 * precision/recall/F1, macro-F1 and blackmail P/R per language and overall; on the real datasets
 * (../shared/datasets/*.csv) polarity balanced accuracy for Tact and for @nlpjs/sentiment side by side.
 *
 * Polarity on the datasets: 1–2★ is negative, 4–5★ positive, 3★ left aside; only the text (title and
 * body) is read, never the rating. Tact calls a review NEGATIVE when its category is complaint,
 * allegation, abuse or blackmail, or when it is mixed and leans negative (`lean` < 0: the lexicon model
 * found more negative than positive evidence); positive, off_topic and mixed leaning positive or neutral
 * count as POSITIVE.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReview, analyzeReviewWithPolarity } from '../../lib/analysis/index';
import { CATEGORIES, type AnalysisResult, type Category } from '../../lib/analysis/types';
import { normalize } from '../../lib/analysis/normalize';
import { detectLanguage } from '../../lib/analysis/detect';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(ROOT, 'tests', 'corpus');
export const DATASETS_DIR = join(ROOT, '..', 'shared', 'datasets');

export interface CorpusEntry {
  id: string;
  kind: 'review' | 'email' | 'sms' | 'chat';
  text: string;
  title?: string;
  rating?: number;
  platform?: 'tripadvisor' | 'google';
  category: Category;
  signals?: string[];
  note?: string;
}

/**
 * The blind held-out set (150 texts, ids <lang>-b-NNN): written on 2026-11-25 by two people who had not read the
 * rules, the corpus or the development set, and scored as is, once, at the end of that day's engine work (stop 9:
 * accuracy 78/150 with the engine before it, 87/150 after; blackmail called 18/60 before, 27/60 after). Never read its texts while working on the analysis: it is the honest measure of how Tact
 * generalises to new wordings. When it has been used for development, it moves to DEV_DIR and a new one is written.
 */
export const HELDOUT_DIR = join(CORPUS_DIR, 'heldout');
/**
 * The development set: the first blind held-out set (written 2026-11-24, ids <lang>-h-NNN). It measured the
 * rules blind once (16 of 80 blackmail texts at stop 8); since 2026-11-25 engine work reads its failures, so its
 * figures are no longer blind.
 */
export const DEV_DIR = join(CORPUS_DIR, 'dev');

export function loadCorpus(lang: string, dir: string = CORPUS_DIR): CorpusEntry[] {
  const file = join(dir, `${lang}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusEntry);
}

export function corpusLanguages(dir: string = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.jsonl$/.test(f)) // <lang>.jsonl only: other areas keep their own corpora here
    .map((f) => f.replace(/\.jsonl$/, ''))
    .sort();
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. Returns rows of fields. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"') {
        if (content[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

export interface DatasetRow {
  id: string;
  lang: string;
  rating: number;
  title: string;
  text: string;
}

export function loadDataset(file: string): DatasetRow[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) return [];
  const col = (name: string): number => header.indexOf(name);
  const [iId, iLang, iRating, iTitle, iText] = [col('id'), col('lang'), col('rating'), col('title'), col('text')];
  return rows.map((r) => ({
    id: r[iId] ?? '',
    lang: r[iLang] ?? '',
    rating: Number(r[iRating]),
    title: r[iTitle] ?? '',
    text: r[iText] ?? '',
  }));
}

export function datasetFiles(): string[] {
  if (!existsSync(DATASETS_DIR)) return [];
  return readdirSync(DATASETS_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(DATASETS_DIR, f));
}

const NEGATIVE_CATEGORIES: ReadonlySet<Category> = new Set(['complaint', 'allegation', 'abuse', 'blackmail']);

/** Tact's polarity verdict for the datasets (module comment): negative categories, or mixed with lean < 0. */
export function isNegative(result: AnalysisResult, lean: number): boolean {
  if (NEGATIVE_CATEGORIES.has(result.category)) return true;
  return result.category === 'mixed' && lean < 0;
}

export interface CategoryScore {
  category: Category;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  lang: string;
  n: number;
  accuracy: number;
  macroF1: number;
  perCategory: CategoryScore[];
  blackmail: { precision: number; recall: number };
  languageAccuracy: number;
  errors: { id: string; expected: Category; got: Category; text: string }[];
  gold: Category[];
  predicted: Category[];
}

export function scoreCorpus(lang: string, entries: CorpusEntry[]): CorpusScore {
  const gold: Category[] = [];
  const predicted: Category[] = [];
  const errors: CorpusScore['errors'] = [];
  let languageHits = 0;
  for (const entry of entries) {
    const result = analyzeReview({ text: entry.text, title: entry.title, rating: entry.rating, platform: entry.platform });
    gold.push(entry.category);
    predicted.push(result.category);
    if (result.language === lang) languageHits++;
    if (result.category !== entry.category) errors.push({ id: entry.id, expected: entry.category, got: result.category, text: entry.text });
  }
  const perCategory = CATEGORIES.map((category) => categoryScore(category, gold, predicted));
  const present = perCategory.filter((c) => c.support > 0);
  const macroF1 = present.length ? present.reduce((s, c) => s + c.f1, 0) / present.length : 0;
  const blackmail = perCategory.find((c) => c.category === 'blackmail');
  return {
    lang,
    n: entries.length,
    accuracy: entries.length ? gold.filter((g, i) => g === predicted[i]).length / entries.length : 0,
    macroF1,
    perCategory,
    blackmail: { precision: blackmail?.precision ?? 0, recall: blackmail?.recall ?? 0 },
    languageAccuracy: entries.length ? languageHits / entries.length : 0,
    errors,
    gold,
    predicted,
  };
}

function categoryScore(category: Category, gold: Category[], predicted: Category[]): CategoryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] === category;
    const p = predicted[i] === category;
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  // no prediction and no support: precision is vacuously perfect
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { category, support: tp + fn, precision, recall, f1 };
}

export interface PolarityScore {
  file: string;
  n: number;
  negatives: number;
  positives: number;
  tact: number;
  nlpjs: number | undefined;
  /** every row of the file (3★ included): real reviews hold no blackmail, so each is a false alarm */
  rows: number;
  falseBlackmail: number;
  /** rows that get the "possible veiled blackmail" hint */
  veiledHints: number;
}

interface SentimentAnalyzerLike {
  process(input: { locale: string; text: string }): Promise<{ sentiment?: { score: number } }>;
}

/** @nlpjs/sentiment with the right language packages (their lexicons register per locale). */
async function loadNlpjs(): Promise<SentimentAnalyzerLike | undefined> {
  // untyped CommonJS packages: imported by name so TypeScript does not look for declarations
  const load = (name: string): Promise<Record<string, unknown>> => import(name) as Promise<Record<string, unknown>>;
  type Ctor = new (options?: unknown) => unknown;
  try {
    const [core, sentiment, ...langs] = await Promise.all(
      ['@nlpjs/core', '@nlpjs/sentiment', '@nlpjs/lang-en', '@nlpjs/lang-fr', '@nlpjs/lang-es', '@nlpjs/lang-de', '@nlpjs/lang-it'].map(load),
    );
    const Container = core?.Container as Ctor;
    const SentimentAnalyzer = sentiment?.SentimentAnalyzer as Ctor;
    const container = new Container() as { use: (plugin: unknown) => void };
    for (const [i, name] of ['LangEn', 'LangFr', 'LangEs', 'LangDe', 'LangIt'].entries()) container.use(langs[i]?.[name]);
    return new SentimentAnalyzer({ container }) as SentimentAnalyzerLike;
  } catch (error) {
    console.error(`[eval analysis] @nlpjs/sentiment unavailable: ${String(error)}`);
    return undefined;
  }
}

function balancedAccuracy(gold: boolean[], predicted: boolean[]): number {
  let tp = 0;
  let tn = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i]) {
      neg++;
      if (predicted[i]) tp++;
    } else {
      pos++;
      if (!predicted[i]) tn++;
    }
  }
  return ((neg ? tp / neg : 0) + (pos ? tn / pos : 0)) / 2;
}

export async function scoreDatasets(withNlpjs = true): Promise<PolarityScore[]> {
  const nlpjs = withNlpjs ? await loadNlpjs() : undefined;
  const scores: PolarityScore[] = [];
  for (const file of datasetFiles()) {
    const rows = loadDataset(file).filter((r) => r.rating >= 1 && r.rating <= 5 && r.rating !== 3 && r.text.trim());
    const gold = rows.map((r) => r.rating <= 2);
    const tact = rows.map((r) => {
      const { result, lean } = analyzeReviewWithPolarity({ text: r.text, title: r.title || undefined });
      return isNegative(result, lean);
    });
    let falseBlackmail = 0;
    let veiledHints = 0;
    const all = loadDataset(file);
    for (const r of all) {
      const result = analyzeReview({ text: r.text, title: r.title || undefined, rating: r.rating });
      if (result.category === 'blackmail') falseBlackmail++;
      if (result.veiledBlackmail) veiledHints++;
    }
    let nlp: boolean[] | undefined;
    if (nlpjs) {
      nlp = [];
      for (const r of rows) {
        const text = r.title ? `${r.title}. ${r.text}` : r.text;
        const out = await nlpjs.process({ locale: ['fr', 'en', 'es', 'de', 'it'].includes(r.lang) ? r.lang : 'en', text });
        nlp.push((out.sentiment?.score ?? 0) < 0);
      }
    }
    scores.push({
      file: file.split('/').pop() ?? file,
      n: rows.length,
      negatives: gold.filter(Boolean).length,
      positives: gold.filter((g) => !g).length,
      tact: balancedAccuracy(gold, tact),
      nlpjs: nlp ? balancedAccuracy(gold, nlp) : undefined,
      rows: all.length,
      falseBlackmail,
      veiledHints,
    });
  }
  return scores;
}

/**
 * Language identification: Tact's detector against three maintained libraries, on the corpora, on dataset
 * texts, on their first 40 characters and on review titles alone (`EVAL_LANGID=1 npm run eval`).
 * The figures are recorded in lib/analysis/detect.ts.
 */
export async function compareLanguageDetectors(): Promise<void> {
  const LANGS = ['fr', 'en', 'es', 'de', 'it'];
  const ISO3: Record<string, string> = { fra: 'fr', eng: 'en', spa: 'es', deu: 'de', ita: 'it' };
  const load = (name: string): Promise<Record<string, unknown>> => import(name) as Promise<Record<string, unknown>>;
  const [tinyld, franc, eldModule] = await Promise.all([load('tinyld/light'), load('franc-min'), load('eld/extrasmall')]);
  const tinyDetect = tinyld.detect as (t: string, o: { only: string[] }) => string;
  const francDetect = franc.franc as (t: string, o: { only: string[]; minLength: number }) => string;
  const eld = eldModule.eld as { setLanguageSubset: (l: string[]) => void; detect: (t: string) => { language: string } };
  eld.setLanguageSubset(LANGS);
  const known = (l: string | undefined): string => (l && LANGS.includes(l) ? l : 'und');
  const detectors: Record<string, (t: string) => string> = {
    'tact (stopwords+lexicon+accents)': (t) => detectLanguage(normalize(t)).language,
    'tinyld/light': (t) => known(tinyDetect(t, { only: LANGS })),
    'franc-min': (t) => known(ISO3[francDetect(t, { only: Object.keys(ISO3), minLength: 3 })]),
    'eld/extrasmall': (t) => known(eld.detect(t).language),
  };
  const samples: { lang: string; text: string; set: string }[] = [];
  for (const lang of corpusLanguages()) for (const e of loadCorpus(lang)) samples.push({ lang, text: e.text, set: 'corpus' });
  for (const file of datasetFiles()) {
    const lang = (file.split('/').pop() ?? '').slice(0, 2);
    loadDataset(file).forEach((r, i) => {
      if (i % 5) return;
      samples.push({ lang, text: r.text, set: 'dataset' });
      const short = r.text.slice(0, 40).replace(/\s+\S*$/, '');
      if (short.length >= 10) samples.push({ lang, text: short, set: 'first 40 chars' });
      if (r.title.trim().length >= 3) samples.push({ lang, text: r.title.trim(), set: 'title only' });
    });
  }
  console.log('\n== Language identification (dataset labels are a stop-word heuristic: a few rows are in another language) ==');
  for (const [name, detect] of Object.entries(detectors)) {
    const by: Record<string, [number, number]> = {};
    const t0 = performance.now();
    for (const s of samples) {
      const cell = by[s.set] ?? (by[s.set] = [0, 0]);
      if (detect(s.text) === s.lang) cell[0]++;
      cell[1]++;
    }
    const us = ((performance.now() - t0) / samples.length) * 1000;
    console.log(`${name.padEnd(34)}${Object.entries(by).map(([k, [ok, n]]) => `${k} ${pct(ok / n)}% (${n})`).join('  ')}  ${us.toFixed(0)} µs/text`);
  }
  const esbuild = await import('esbuild');
  for (const [name, entry] of [['tinyld/light', "export { detect } from 'tinyld/light'"], ['franc-min', "export { franc } from 'franc-min'"], ['eld/extrasmall', "export { eld } from 'eld/extrasmall'"]] as const) {
    const out = await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    console.log(`${name.padEnd(34)}bundle ${(code.length / 1024).toFixed(0)} kB, gzipped ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(0)} kB`);
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
const f2 = (x: number): string => x.toFixed(2).padStart(5);

export async function run(): Promise<void> {
  const langs = corpusLanguages();
  console.log('\n== Analysis: project corpus (tests/corpus/<lang>.jsonl) ==');
  const all: CorpusEntry[] = [];
  const scores: CorpusScore[] = [];
  for (const lang of langs) {
    const entries = loadCorpus(lang);
    all.push(...entries);
    scores.push(scoreCorpus(lang, entries));
  }
  const header = `${'category'.padEnd(11)}${langs.map((l) => `  ${l.padEnd(2)} P    R    F1   n `).join('')}`;
  console.log(header);
  for (const category of CATEGORIES) {
    const cells = scores.map((s) => {
      const c = s.perCategory.find((x) => x.category === category);
      return c ? ` ${f2(c.precision)}${f2(c.recall)}${f2(c.f1)} ${String(c.support).padStart(3)}` : '';
    });
    console.log(`${category.padEnd(11)}${cells.join('')}`);
  }
  console.log('\nlang   n   accuracy  macro-F1  blackmail-P  blackmail-R  language-detected  targets (F1≥0.90, blackmail P/R≥0.95)');
  for (const s of scores) {
    const ok = s.macroF1 >= 0.9 && s.blackmail.precision >= 0.95 && s.blackmail.recall >= 0.95;
    console.log(`${s.lang.padEnd(5)}${String(s.n).padStart(4)} ${pct(s.accuracy)}%   ${f2(s.macroF1)}     ${f2(s.blackmail.precision)}        ${f2(s.blackmail.recall)}        ${pct(s.languageAccuracy)}%          ${ok ? 'met' : 'NOT MET'}`);
  }
  if (all.length) {
    const overall = scoreOverall(scores);
    console.log(`${'all'.padEnd(5)}${String(overall.n).padStart(4)} ${pct(overall.accuracy)}%   ${f2(overall.macroF1)}     ${f2(overall.blackmailP)}        ${f2(overall.blackmailR)}`);
  }
  const verbose = process.env.EVAL_VERBOSE === '1';
  for (const s of scores) {
    if (!s.errors.length) continue;
    console.log(`\n${s.lang}: ${s.errors.length} misclassified${verbose ? '' : ' (EVAL_VERBOSE=1 lists them)'}`);
    if (verbose) for (const e of s.errors) console.log(`  ${e.id}: expected ${e.expected}, got ${e.got}: ${e.text.slice(0, 110).replace(/\n/g, ' ')}`);
  }

  printHeldOut(verbose, HELDOUT_DIR, 'blind held-out set (tests/corpus/heldout/<lang>.jsonl; never read while working on the analysis)');
  printHeldOut(verbose, DEV_DIR, 'development set (tests/corpus/dev/<lang>.jsonl: the first held-out set, read for engine work since 2026-11-25, so no longer blind)');

  if (process.env.EVAL_LANGID === '1') await compareLanguageDetectors();

  console.log('\n== Analysis: polarity on real datasets (1–2★ negative vs 4–5★ positive, 3★ aside; text only) ==');
  const polarity = await scoreDatasets(true);
  console.log(`${'file'.padEnd(42)}${'rows'.padStart(6)}${'neg'.padStart(6)}${'pos'.padStart(6)}   Tact BA   nlpjs BA   target (≥0.90, ahead)`);
  for (const p of polarity) {
    const ok = p.tact >= 0.9 && (p.nlpjs === undefined || p.tact > p.nlpjs);
    console.log(`${p.file.padEnd(42)}${String(p.n).padStart(6)}${String(p.negatives).padStart(6)}${String(p.positives).padStart(6)}   ${pct(p.tact)}%  ${p.nlpjs === undefined ? '   n/a  ' : `${pct(p.nlpjs)}%`}   ${ok ? 'met' : 'NOT MET'}`);
  }
  const rows = polarity.reduce((sum, p) => sum + p.rows, 0);
  console.log(`false alarms on all ${rows} real reviews (3★ included): blackmail ${polarity.map((p) => p.falseBlackmail).join(' + ')}; "possible veiled blackmail" hint ${polarity.map((p) => p.veiledHints).join(' + ')} (files in the order above)`);
}

/** A set scored apart from the corpus (HELDOUT_DIR, DEV_DIR): figures only, no target. */
function printHeldOut(verbose: boolean, dir: string, title: string): void {
  const langs = corpusLanguages(dir);
  if (!langs.length) return;
  console.log(`\n== Analysis: ${title} ==`);
  console.log('lang   n   accuracy  macro-F1  blackmail-P  blackmail-R  false blackmail');
  const scores = langs.map((lang) => scoreCorpus(lang, loadCorpus(lang, dir)));
  for (const s of scores) {
    const falseBlackmail = s.predicted.filter((p, i) => p === 'blackmail' && s.gold[i] !== 'blackmail').length;
    console.log(`${s.lang.padEnd(5)}${String(s.n).padStart(4)} ${pct(s.accuracy)}%   ${f2(s.macroF1)}     ${f2(s.blackmail.precision)}        ${f2(s.blackmail.recall)}        ${falseBlackmail}`);
  }
  const overall = scoreOverall(scores);
  console.log(`${'all'.padEnd(5)}${String(overall.n).padStart(4)} ${pct(overall.accuracy)}%   ${f2(overall.macroF1)}     ${f2(overall.blackmailP)}        ${f2(overall.blackmailR)}`);
  // the panel's second reader: the "possible veiled blackmail" hint on what the rules leave out
  let blackmail = 0;
  let caughtOrHinted = 0;
  let honest = 0;
  let honestHinted = 0;
  for (const lang of langs) {
    for (const e of loadCorpus(lang, dir)) {
      const result = analyzeReview({ text: e.text, title: e.title, rating: e.rating, platform: e.platform });
      if (e.category === 'blackmail') {
        blackmail++;
        if (result.category === 'blackmail' || result.veiledBlackmail) caughtOrHinted++;
      } else {
        honest++;
        if (result.veiledBlackmail) honestHinted++;
      }
    }
  }
  console.log(`with the "possible veiled blackmail" hint: ${caughtOrHinted} of ${blackmail} blackmail texts called blackmail or flagged; ${honestHinted} of ${honest} other texts flagged`);
  if (verbose) for (const s of scores) for (const e of s.errors) console.log(`  ${e.id}: expected ${e.expected}, got ${e.got}: ${e.text.slice(0, 110).replace(/\n/g, ' ')}`);
}

/** Overall figures pool every language's predictions. */
function scoreOverall(scores: CorpusScore[]): { n: number; accuracy: number; macroF1: number; blackmailP: number; blackmailR: number } {
  const gold = scores.flatMap((s) => s.gold);
  const predicted = scores.flatMap((s) => s.predicted);
  const per = CATEGORIES.map((c) => categoryScore(c, gold, predicted)).filter((c) => c.support > 0);
  const blackmail = categoryScore('blackmail', gold, predicted);
  return {
    n: gold.length,
    accuracy: gold.length ? gold.filter((g, i) => g === predicted[i]).length / gold.length : 0,
    macroF1: per.length ? per.reduce((s, c) => s + c.f1, 0) / per.length : 0,
    blackmailP: blackmail.precision,
    blackmailR: blackmail.recall,
  };
}
