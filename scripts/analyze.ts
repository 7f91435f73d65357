/**
 * `npm run --silent analyze`: JSON lines in ({"id","text","title"?,"rating"?,"platform"?,"lang"?}), one
 * JSON line out per input, in order. A bad line gets {"id"?,"error"} and the rest goes on; exit code 2
 * if any line was bad. Streams: memory stays flat whatever the input size.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { analyzeReview } from '../lib/analysis/index';
import { PLATFORMS, type Platform } from '../lib/platforms';
import { idOf, parseObjectLine } from './lib/json-lines';

interface Line {
  id?: unknown;
  text?: unknown;
  title?: unknown;
  rating?: unknown;
  platform?: unknown;
  lang?: unknown;
}


export function analyzeLine(raw: string): { out: Record<string, unknown>; ok: boolean } {
  const parsed = parseObjectLine(raw);
  if (!parsed.ok) return { out: { error: parsed.error }, ok: false };
  const line = parsed.value as Line;
  const id = idOf(line.id);
  if (id === undefined) return { out: { error: 'missing "id" (string or number)' }, ok: false };
  if (typeof line.text !== 'string') return { out: { id, error: 'missing "text" (string)' }, ok: false };
  if (line.title !== undefined && line.title !== null && typeof line.title !== 'string') return { out: { id, error: '"title" must be a string' }, ok: false };
  if (line.rating !== undefined && line.rating !== null && (typeof line.rating !== 'number' || line.rating < 1 || line.rating > 5)) {
    return { out: { id, error: '"rating" must be a number from 1 to 5' }, ok: false };
  }
  const platform = typeof line.platform === 'string' && (PLATFORMS as readonly string[]).includes(line.platform) ? (line.platform as Platform) : undefined;
  const result = analyzeReview({
    text: line.text,
    title: typeof line.title === 'string' ? line.title : undefined,
    rating: typeof line.rating === 'number' ? line.rating : undefined,
    platform,
    lang: typeof line.lang === 'string' ? line.lang : undefined,
  });
  return {
    out: {
      id,
      language: result.language,
      category: result.category,
      confidence: result.confidence,
      signals: result.signals,
      aspects: result.aspects,
      risk: result.risk,
      strategy: result.strategy,
      ...(result.veiledBlackmail ? { veiledBlackmail: result.veiledBlackmail } : {}),
    },
    ok: true,
  };
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let bad = 0;
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    const { out, ok } = analyzeLine(raw);
    if (!ok) bad++;
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  process.exitCode = bad ? 2 : 0;
}

// run only as a CLI, so tests can import analyzeLine
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
