/**
 * `npm run bench -- replies`: checker speed, composer speed (scripts/bench/composer-speed.ts) and composer
 * capacity (scripts/bench/reply-capacity.ts; alone: `npx tsx scripts/bench/replies.ts capacity [fr en …]`).
 * Checker speed: Median and p99 ms per check of a 1,500-character reply (per
 * language, built from the corpus, with a review and a history so every computed rule runs), and the worst
 * time on 100 kB adversarial inputs. Target: ≤ 2 ms per 1,500-character reply.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../lib/platforms';
import { checkReply } from '../../lib/reply/check';
import { loadReplyCorpus } from '../eval/replies';
import { printComposerSpeed } from './composer-speed';
import { printCapacity } from './reply-capacity';

const RUNS = 2000;

function replyOf(lang: Language, length: number): { text: string; reviewText: string; history: string[] } {
  const lines = loadReplyCorpus(lang).filter((l) => l.text.length < 1200);
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${lines[i % lines.length]!.text}\n`;
  const reviewText = lines.map((l) => l.reviewText ?? '').join(' ').slice(0, 2000);
  return { text: text.slice(0, length), reviewText, history: lines.slice(0, 5).map((l) => l.text) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function run(): Promise<void> {
  console.log('\n== replies: checkReply speed ==');
  // timings on a shared machine are only comparable at equal load
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`1,500-character reply, ${RUNS} runs per language (options: lang, reviewText, history, platform google)`);
  for (const lang of LANGUAGES) {
    const { text, reviewText, history } = replyOf(lang, 1500);
    const options = { lang, reviewText, history, platform: 'google' as const };
    for (let i = 0; i < 200; i++) checkReply(text, options); // warm-up: regex tier-up, JIT
    const times: number[] = [];
    // CPU time too: on a loaded machine wall-clock p99 measures the scheduler more than the checker
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      checkReply(text, options);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(`  ${lang}: wall median ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms | cpu median ${percentile(cpu, 0.5).toFixed(3)} ms, p99 ${percentile(cpu, 0.99).toFixed(3)} ms`);
  }
  const adversarial: Record<string, string> = {
    'digits and spaces': '1 2 '.repeat(25_000),
    'one long word': 'a'.repeat(100_000),
    'capitals': 'AB '.repeat(33_334),
    'bullets': '- a\n'.repeat(25_000),
    'brackets': '[a'.repeat(50_000),
    'at signs': 'a@a.'.repeat(25_000),
    'repeated incentive': 'if you change your review we will refund you '.repeat(2200),
    'repeated French incentive': 'si vous modifiez votre avis nous vous rembourserons '.repeat(2000),
    'exclamations': '!'.repeat(100_000),
    'accents': 'éàü'.repeat(33_334),
  };
  let worst = { name: '', ms: 0 };
  for (const [name, text] of Object.entries(adversarial)) {
    const t0 = performance.now();
    checkReply(text, { lang: 'en', reviewText: text.slice(0, 20_000), history: [text.slice(0, 5000)], platform: 'google' });
    const ms = performance.now() - t0;
    console.log(`  100 kB ${name}: ${ms.toFixed(1)} ms`);
    if (ms > worst.ms) worst = { name, ms };
  }
  console.log(`  worst 100 kB adversarial input: ${worst.ms.toFixed(1)} ms (${worst.name})`);
  printComposerSpeed();
  printCapacity();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('capacity')) printCapacity(LANGUAGES.filter((lang) => args.includes(lang)).length ? LANGUAGES.filter((lang) => args.includes(lang)) : LANGUAGES);
  else void run();
}
