/**
 * `npm run eval` (drafts section): for every text of the analysis corpus (tests/corpus/<lang>.jsonl),
 * analyse it, draft the recommended reply for a fictional establishment, and report per language:
 * - in language: the reply's language, as analyzeReview detects it, is the corpus language;
 * - clean: checkReply finds no error and no warning (platform, review text, language and the replies
 *   drafted before it on the same account as history);
 * - within limit: the platform's limit (Google 4096 UTF-8 bytes even when the text has no platform);
 * - near-duplicate pairs: replies of the same language of which one shares > 60% of its word 3-grams with
 *   the other, sign-off and signature left out (the checker's trigramOverlap, both ways), drafted with
 *   the account's earlier replies as history (as the panel does), and, for information, without.
 * report_and_ignore texts get the advice, not a reply; their minimal neutral reply (what the manager would
 * post if they insist) is drafted and measured like the others.
 * Targets: every reply in language, clean and within limit; zero near-duplicate pairs.
 */
import { analyzeReview } from '../../lib/analysis/index';
import { REPLY_LIMITS, replyLength, utf8Length, type Platform } from '../../lib/platforms';
import { checkReply, trigramOverlap } from '../../lib/reply/check';
import { bodyOf, composeReply } from '../../lib/reply/compose';
import { NEAR_DUPLICATE_OVERLAP, type EstablishmentSettings } from '../../lib/reply/types';
import { corpusLanguages, loadCorpus } from './analysis';

/** A fictional establishment. No role: a role is typed in one language and would sign every reply with it. */
export const EVAL_SETTINGS: EstablishmentSettings = {
  establishmentName: 'Villa Tilia',
  managerName: 'Claire Moreau',
  managerRole: '',
  signature: '',
  defaultLanguage: 'en',
};


export interface DraftScore {
  lang: string;
  texts: number;
  inLanguage: number;
  clean: number;
  withinLimit: number;
  nearDuplicates: number;
  nearDuplicatesWithoutHistory: number;
  advice: number;
  /** rule id → replies with an error or warning of that rule */
  problems: Map<string, number>;
  examples: string[];
}

function countNearDuplicates(replies: string[]): number {
  let pairs = 0;
  for (let i = 0; i < replies.length; i++) {
    for (let j = i + 1; j < replies.length; j++) {
      const a = bodyOf(replies[i] ?? '');
      const b = bodyOf(replies[j] ?? '');
      // the checker's measure, both ways, on the bodies (the signature is the same on every reply by design)
      if (Math.max(trigramOverlap(a, b), trigramOverlap(b, a)) > NEAR_DUPLICATE_OVERLAP) pairs++;
    }
  }
  return pairs;
}

export function scoreLanguage(lang: string): DraftScore {
  const entries = loadCorpus(lang);
  const score: DraftScore = {
    lang,
    texts: entries.length,
    inLanguage: 0,
    clean: 0,
    withinLimit: 0,
    nearDuplicates: 0,
    nearDuplicatesWithoutHistory: 0,
    advice: 0,
    problems: new Map(),
    examples: [],
  };
  const history: string[] = [];
  const withoutHistory: string[] = [];
  for (const entry of entries) {
    const platform: Platform = entry.platform ?? 'other';
    const analysis = analyzeReview({ text: entry.text, title: entry.title, rating: entry.rating, platform: entry.platform });
    const review = { text: entry.text, title: entry.title, platform };
    if (analysis.strategy === 'report_and_ignore') score.advice++;
    const reply = composeReply(review, analysis, EVAL_SETTINGS, { minimalReply: true, history });
    withoutHistory.push(composeReply(review, analysis, EVAL_SETTINGS, { minimalReply: true }));

    // DESIGN.md: the reply is in the review's language, "otherwise the manager's" — a text in no language
    // (letter soup, "test 123") is answered in the settings' default language
    const expected = analysis.language === 'und' ? EVAL_SETTINGS.defaultLanguage : lang;
    const replyLang = analyzeReview({ text: reply }).language;
    if (replyLang === expected) score.inLanguage++;
    else if (score.examples.length < 6) score.examples.push(`${entry.id} language: ${replyLang}, expected ${expected}`);
    const findings = checkReply(reply, {
      platform,
      reviewText: [entry.title, entry.text].filter(Boolean).join('\n\n'),
      lang: expected as never,
      history,
    }).filter((f) => f.severity !== 'info');
    if (findings.length === 0) score.clean++;
    else {
      for (const rule of new Set(findings.map((f) => f.rule))) score.problems.set(rule, (score.problems.get(rule) ?? 0) + 1);
      if (score.examples.length < 6) score.examples.push(`${entry.id} ${findings.map((f) => `${f.rule} “${reply.slice(f.start, Math.min(f.end, f.start + 40))}”`).join('; ')}`);
    }
    if (replyLength(reply, platform) <= REPLY_LIMITS[platform].max && utf8Length(reply) <= REPLY_LIMITS.google.max) score.withinLimit++;
    history.push(reply);
  }
  score.nearDuplicates = countNearDuplicates(history);
  score.nearDuplicatesWithoutHistory = countNearDuplicates(withoutHistory);
  return score;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export async function run(): Promise<void> {
  console.log('\n## Drafted replies (composer + checker on the analysis corpus)');
  console.log('lang  texts  in-language  clean   within-limit  near-dup pairs (no history)  advice-only');
  const total = { texts: 0, inLanguage: 0, clean: 0, withinLimit: 0, nearDuplicates: 0, nearDuplicatesWithoutHistory: 0, advice: 0 };
  const notes: string[] = [];
  for (const lang of corpusLanguages()) {
    const s = scoreLanguage(lang);
    console.log(
      `${s.lang.padEnd(4)}  ${String(s.texts).padStart(5)}  ${pct(s.inLanguage, s.texts).padStart(11)}  ${pct(s.clean, s.texts).padStart(6)}  ${pct(s.withinLimit, s.texts).padStart(12)}  ${String(s.nearDuplicates).padStart(14)} (${s.nearDuplicatesWithoutHistory})  ${String(s.advice).padStart(11)}`,
    );
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += s[key];
    if (s.problems.size) notes.push(`${s.lang}: ${[...s.problems].map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
    for (const example of s.examples) notes.push(`  ${example}`);
  }
  console.log(
    `all   ${String(total.texts).padStart(5)}  ${pct(total.inLanguage, total.texts).padStart(11)}  ${pct(total.clean, total.texts).padStart(6)}  ${pct(total.withinLimit, total.texts).padStart(12)}  ${String(total.nearDuplicates).padStart(14)} (${total.nearDuplicatesWithoutHistory})  ${String(total.advice).padStart(11)}`,
  );
  if (notes.length) console.log(`warnings/errors by rule and first examples:\n${notes.join('\n')}`);
  console.log('targets: 100% in language, clean and within limit; 0 near-duplicate pairs (with history)');
}
