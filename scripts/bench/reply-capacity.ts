/**
 * Composer capacity (`npm run bench -- replies`, or `npx tsx scripts/bench/replies.ts capacity [lang…]`):
 * how many replies of one strategy an account can draft before a draft trips the checker's `duplicate`
 * warning against the account's earlier replies. Per language and strategy, a stream of reviews of that
 * kind (tests/corpus/<lang>.jsonl by category, cycling, with varied guest names and platforms) is analysed
 * and drafted with the account's history growing as the panel passes it; each draft is checked against
 * the same history. Two histories: `panel` is what the panel passes today (the 50 newest replies on the
 * page, lib/panel/store.ts historyFor), `all` every earlier reply of the account (the demanding case).
 * Target: no `duplicate` finding in the first 300 drafts of any stream, in both.
 */
import { analyzeReview } from '../../lib/analysis/index';
import { STRATEGIES, type Category, type Strategy } from '../../lib/analysis/types';
import { LANGUAGES, type Language, type Platform } from '../../lib/platforms';
import { checkReply } from '../../lib/reply/check';
import { composeReply } from '../../lib/reply/compose';
import type { EstablishmentSettings, Tone } from '../../lib/reply/types';
import { loadCorpus, type CorpusEntry } from '../eval/analysis';

export const CAPACITY_DRAFTS = 300;
/** the panel passes at most this many replies of the page (lib/panel/store.ts historyFor) */
const PANEL_HISTORY = 50;

/** Which reviews each strategy answers (corpus categories). */
export const STREAM_CATEGORIES: Record<Strategy, Category[]> = {
  thank: ['positive'],
  acknowledge_and_fix: ['complaint', 'mixed'],
  investigate_then_reply: ['allegation'],
  firm_and_factual: ['complaint', 'allegation'],
  defuse_with_humor: ['complaint', 'mixed'],
  blackmail_protocol: ['blackmail'],
  report_and_ignore: ['abuse', 'off_topic'],
};

/** Display names as platforms show them: first names (greeted by name), full names and handles (greeted neutrally). */
const AUTHORS: Record<Language, (string | undefined)[]> = {
  fr: ['Camille', 'Julien D.', 'Sophie Martin', 'voyageur75', 'Nathalie', 'Marc', undefined, 'Léa B.', 'Thomas Girard', 'Hélène'],
  en: ['Emma', 'James T.', 'Olivia Brown', 'travelbug88', 'Sarah', 'Mike', undefined, 'Chloe R.', 'David Miller', 'Hannah'],
  es: ['Lucía', 'Javier M.', 'Carmen López', 'viajero_bcn', 'Pablo', 'Elena', undefined, 'Marta G.', 'Sergio Ruiz', 'Ana'],
  de: ['Anna', 'Stefan K.', 'Julia Schneider', 'reisefan_77', 'Thomas', 'Katrin', undefined, 'Lukas M.', 'Petra Wagner', 'Jonas'],
  it: ['Giulia', 'Marco R.', 'Francesca Bianchi', 'viaggiatore_mi', 'Luca', 'Chiara', undefined, 'Matteo F.', 'Paolo Russo', 'Sara'],
};

const SETTINGS: EstablishmentSettings = {
  establishmentName: 'Villa Tilia',
  managerName: 'Claire Moreau',
  managerRole: '',
  signature: '',
  defaultLanguage: 'en',
};

export interface CapacityResult {
  lang: Language;
  strategy: Strategy;
  /** drafts before the first `duplicate` finding (CAPACITY_DRAFTS when none) */
  beforeFirst: number;
  /** drafts of the first CAPACITY_DRAFTS with a `duplicate` finding */
  tripped: number;
  /** drafts with any other error or warning */
  unclean: number;
  msPerDraft: number;
  firstProblem?: string;
}

interface StreamReview {
  entry: CorpusEntry;
  author: string | undefined;
  platform: Platform;
  analysis: ReturnType<typeof analyzeReview>;
}

const streamCache = new Map<string, StreamReview[]>();
function reviewsOf(lang: Language, strategy: Strategy): StreamReview[] {
  const key = `${lang}:${STREAM_CATEGORIES[strategy].join(',')}`;
  let reviews = streamCache.get(key);
  if (!reviews) {
    const entries = loadCorpus(lang).filter((e) => STREAM_CATEGORIES[strategy].includes(e.category));
    reviews = entries.map((entry) => ({
      entry,
      author: undefined,
      platform: entry.platform ?? 'google',
      analysis: analyzeReview({ text: entry.text, title: entry.title, rating: entry.rating, platform: entry.platform }),
    }));
    streamCache.set(key, reviews);
  }
  return reviews;
}

/** Drafts a stream of `count` replies of one strategy and counts the `duplicate` findings. */
export function measureCapacity(
  lang: Language,
  strategy: Strategy,
  options: { history: 'panel' | 'all'; tone?: Tone; count?: number } = { history: 'all' },
): CapacityResult {
  const count = options.count ?? CAPACITY_DRAFTS;
  const reviews = reviewsOf(lang, strategy);
  const authors = AUTHORS[lang];
  const account: string[] = [];
  const result: CapacityResult = { lang, strategy, beforeFirst: count, tripped: 0, unclean: 0, msPerDraft: 0 };
  let ms = 0;
  for (let i = 0; i < count; i++) {
    const { entry, platform, analysis } = reviews[i % reviews.length]!;
    // the same corpus text comes back every reviews.length drafts: another guest, another round
    const round = Math.floor(i / reviews.length);
    const author = authors[(i + round * 3) % authors.length];
    const history = options.history === 'panel' ? account.slice(-PANEL_HISTORY).reverse() : account;
    const review = { text: entry.text, title: entry.title, platform, author };
    const t0 = performance.now();
    const reply = composeReply(review, analysis, SETTINGS, { strategy, tone: options.tone ?? 'warm', language: lang, history, minimalReply: true });
    ms += performance.now() - t0;
    const findings = checkReply(reply, {
      platform,
      reviewText: [entry.title, entry.text].filter(Boolean).join('\n\n'),
      lang,
      history,
      strategy,
      ...(author ? { reviewAuthor: author } : {}),
    }).filter((f) => f.severity !== 'info');
    if (findings.some((f) => f.rule === 'duplicate')) {
      result.tripped++;
      if (result.beforeFirst === count) result.beforeFirst = i;
    }
    const other = findings.filter((f) => f.rule !== 'duplicate');
    if (other.length) {
      result.unclean++;
      result.firstProblem ??= `#${i} ${entry.id}: ${other.map((f) => `${f.rule} “${reply.slice(f.start, Math.min(f.end, f.start + 50))}”`).join('; ')}`;
    }
    account.push(reply);
  }
  result.msPerDraft = ms / count;
  return result;
}

export function printCapacity(langs: readonly Language[] = LANGUAGES, histories: ('panel' | 'all')[] = ['panel', 'all'], strategies: readonly Strategy[] = STRATEGIES): void {
  console.log(`\n== replies: composer capacity (first ${CAPACITY_DRAFTS} drafts per language and strategy, tone warm) ==`);
  console.log('drafts before the first duplicate finding / duplicate findings in the first 300 (target: 300 / 0)');
  for (const history of histories) {
    console.log(`history: ${history === 'panel' ? `the ${PANEL_HISTORY} newest replies (what the panel passes)` : 'every earlier reply of the account'}`);
    console.log(`lang  ${strategies.map((s) => s.slice(0, 14).padStart(14)).join(' ')}`);
    const notes: string[] = [];
    let worstMs = 0;
    for (const lang of langs) {
      const cells: string[] = [];
      for (const strategy of strategies) {
        const r = measureCapacity(lang, strategy, { history });
        cells.push(`${r.beforeFirst}/${r.tripped}`.padStart(14));
        worstMs = Math.max(worstMs, r.msPerDraft);
        if (r.unclean) notes.push(`  ${lang} ${strategy}: ${r.unclean} drafts with another warning or error; first ${r.firstProblem}`);
      }
      console.log(`${lang.padEnd(4)}  ${cells.join(' ')}`);
    }
    console.log(`slowest stream: ${worstMs.toFixed(1)} ms per draft on average`);
    if (notes.length) console.log(notes.join('\n'));
  }
}
