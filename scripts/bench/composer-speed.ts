/**
 * Composer speed (part of `npm run bench -- replies`): CPU ms per drafted reply on the analysis corpus,
 * without history, with the 50 replies the panel passes, and with 300 earlier replies of one account.
 */
import { analyzeReview } from '../../lib/analysis/index';
import { LANGUAGES, type Language } from '../../lib/platforms';
import type { AnalysisResult } from '../../lib/analysis/types';
import type { ReviewForReply } from '../../lib/reply/compose';
import { composeReply as currentCompose } from '../../lib/reply/compose';
import type { ComposeOptions, EstablishmentSettings } from '../../lib/reply/types';
import { loadCorpus } from '../eval/analysis';

type Compose = (review: ReviewForReply, analysis: AnalysisResult, settings: EstablishmentSettings, options?: ComposeOptions) => string;

const SETTINGS: EstablishmentSettings = { establishmentName: 'Villa Tilia', managerName: 'Claire Moreau', managerRole: '', signature: '', defaultLanguage: 'en' };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export interface ComposerSpeed {
  historySize: number;
  median: number;
  p95: number;
}

/** CPU ms per draft; the history is the account's replies drafted just before (same language, any strategy). */
export function composerSpeed(historySizes: number[] = [0, 50, 300], compose: Compose = currentCompose, langs: readonly Language[] = LANGUAGES): ComposerSpeed[] {
  const inputs = langs.flatMap((lang) =>
    loadCorpus(lang).map((e) => ({ lang, review: { text: e.text, title: e.title, platform: e.platform ?? 'google' }, analysis: analyzeReview({ text: e.text, title: e.title, platform: e.platform }) })),
  );
  return historySizes.map((historySize) => {
    const cpu: number[] = [];
    const accounts = new Map<Language, string[]>();
    for (const { lang, review, analysis } of inputs) {
      const account = accounts.get(lang) ?? [];
      accounts.set(lang, account);
      const history = historySize ? account.slice(-historySize) : [];
      const c0 = process.cpuUsage();
      const reply = compose(review, analysis, SETTINGS, { history, minimalReply: true });
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      account.push(reply);
    }
    // the first drafts of each account have a short history: measure the rest
    const measured = historySize ? cpu.filter((_, i) => i % Math.ceil(inputs.length / langs.length) >= Math.min(historySize, 200)) : cpu;
    const sorted = (measured.length ? measured : cpu).sort((a, b) => a - b);
    return { historySize, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  });
}

export function printComposerSpeed(): void {
  console.log('\n== replies: composeReply speed (CPU ms per draft, analysis corpus, account history of the same language) ==');
  for (const s of composerSpeed()) console.log(`  history ${String(s.historySize).padStart(3)}: median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms`);
}
