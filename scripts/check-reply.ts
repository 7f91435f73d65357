/**
 * `npm run --silent check-reply`: JSON lines on stdin, {"id","text","platform"?,"reviewText"?,"lang"?,
 * "history"?,"uiLang"?,"reviewAuthor"?} → {"id","findings"} on stdout; a bad line → {"id"?,"error"}, exit 2.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LANGUAGES, PLATFORMS } from '../lib/platforms';
import { checkReply } from '../lib/reply/check';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: z.enum(PLATFORMS).optional(),
  reviewText: z.string().optional(),
  reviewAuthor: z.string().optional(),
  lang: z.enum(LANGUAGES).optional(),
  history: z.array(z.string()).optional(),
  uiLang: z.enum(['fr', 'en']).optional(),
});

let failures = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const raw of lines) {
  if (raw.trim() === '') continue;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    failures++;
    process.stdout.write(`${JSON.stringify({ error: `invalid JSON: ${String(error)}` })}\n`);
    continue;
  }
  const line = InputLine.safeParse(parsed);
  if (!line.success) {
    failures++;
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as { id: unknown }).id : undefined;
    process.stdout.write(`${JSON.stringify({ ...(id !== undefined ? { id } : {}), error: line.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') })}\n`);
    continue;
  }
  const { id, text, ...options } = line.data;
  process.stdout.write(`${JSON.stringify({ id, findings: checkReply(text, options) })}\n`);
}
process.exitCode = failures ? 2 : 0;
