/**
 * `npm run --silent suggest`: JSON lines in, as `analyze` ({"id","text","title"?,"rating"?,"platform"?,
 * "lang"?}) plus optional "author", "settings" (any EstablishmentSettings fields), "strategy", "tone",
 * "facts", "variant", "minimalReply". One JSON line out per input, in order:
 * {"id","language","strategy","reply","check"} where `check` is the checker's findings on the reply.
 * For report_and_ignore, "reply" is the minimal neutral reply and "advice" says why not to reply.
 * Replies of one run are each other's history (one page of reviews): they never read the same.
 * A bad line gets {"id"?,"error"} and the rest goes on; exit code 2 if any line was bad.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { analyzeReview } from '../lib/analysis/index';
import { STRATEGIES } from '../lib/analysis/types';
import { LANGUAGES, PLATFORMS } from '../lib/platforms';
import { checkReply } from '../lib/reply/check';
import { adviceFor, composeReply, replyLanguage } from '../lib/reply/compose';
import { TONES, type EstablishmentSettings } from '../lib/reply/types';
import { idOf, parseObjectLine } from './lib/json-lines';

/** No establishment configured: the reply signs as "the team" in the reply's language. */
export const DEFAULT_SETTINGS: EstablishmentSettings = {
  establishmentName: '',
  managerName: '',
  managerRole: '',
  signature: '',
  defaultLanguage: 'en',
};

const SettingsSchema = z
  .object({
    establishmentName: z.string().max(200),
    managerName: z.string().max(200),
    managerRole: z.string().max(200),
    signature: z.string().max(1000),
    defaultLanguage: z.enum(LANGUAGES),
    contactChannel: z.string().max(300),
  })
  .partial();

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  title: z.string().nullish(),
  rating: z.number().min(1).max(5).nullish(),
  platform: z.enum(PLATFORMS).nullish(),
  lang: z.string().max(20).nullish(),
  author: z.string().max(200).nullish(),
  settings: SettingsSchema.nullish(),
  strategy: z.enum(STRATEGIES).nullish(),
  tone: z.enum(TONES).nullish(),
  facts: z.string().max(20_000).nullish(),
  variant: z.number().int().nullish(),
  minimalReply: z.boolean().nullish(),
});


/** One input line → one output object; `history` holds the replies drafted earlier in the run. */
export function suggestLine(raw: string, history: string[] = []): { out: Record<string, unknown>; ok: boolean } {
  const object = parseObjectLine(raw);
  if (!object.ok) return { out: { error: object.error }, ok: false };
  const parsed = object.value;
  const id = idOf(parsed.id);
  const result = LineSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const message = issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid line';
    return { out: id === undefined ? { error: message } : { id, error: message }, ok: false };
  }
  const line = result.data;
  const settings: EstablishmentSettings = { ...DEFAULT_SETTINGS, ...stripNullish(line.settings ?? {}) };
  const facts = line.facts ?? undefined;
  const platform = line.platform ?? undefined;
  const analysis = analyzeReview({
    text: line.text,
    title: line.title ?? undefined,
    rating: line.rating ?? undefined,
    platform,
    lang: line.lang ?? undefined,
    hasContradictingFacts: Boolean(facts?.trim()),
  });
  const strategy = line.strategy ?? analysis.strategy;
  const language = replyLanguage(analysis, settings);
  const review = { text: line.text, title: line.title ?? undefined, author: line.author ?? undefined, platform };
  const options = { strategy, tone: line.tone ?? undefined, facts, variant: line.variant ?? undefined, history };
  // report_and_ignore: the advice says why not to reply; the reply is the minimal neutral one, on request
  const reply = composeReply(review, analysis, settings, { ...options, minimalReply: true });
  const check = checkReply(reply, {
    platform,
    reviewText: [line.title, line.text].filter(Boolean).join('\n\n'),
    lang: language,
    history,
    reviewAuthor: line.author ?? undefined,
    strategy,
    ownContacts: [settings.contactChannel ?? ''],
  });
  const out: Record<string, unknown> = { id: line.id, language, strategy, reply, check };
  if (strategy === 'report_and_ignore') out.advice = adviceFor(strategy, language);
  return { out, ok: true };
}

function stripNullish<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const history: string[] = [];
  let bad = 0;
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    const { out, ok } = suggestLine(raw, history);
    if (!ok) bad++;
    else if (typeof out.reply === 'string') history.push(out.reply);
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  process.exitCode = bad ? 2 : 0;
}

// run only as a CLI, so tests can import suggestLine
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
