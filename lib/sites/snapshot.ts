/**
 * The content scripts' side of the ReviewSnapshot contract, without classic zod: importing lib/review.ts
 * pulls the whole classic zod build (≈ 25 kB gzipped) into the content scripts, over their 30 kB budget.
 * So the schema is restated here in zod/mini, with the same limits and the same `capText`;
 * tests/unit/sites/snapshot.test.ts checks they accept, reject and trim exactly as lib/review.ts does.
 * TODO(lead): move LIMITS and capText into a zod-free module, then import them from there.
 */
import * as z from 'zod/mini';

export const LIMITS = {
  id: 300,
  url: 2048,
  author: 200,
  title: 500,
  text: 20_000,
  date: 120,
  ownerResponse: 10_000,
  selectorName: 80,
} as const;

/** Trims and caps a string from the page; never throws (same as lib/review.ts capText). */
export function capText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  let end = max;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // never cut a surrogate pair in half
  return trimmed.slice(0, end);
}

export const ContentReviewSnapshot = z.object({
  platform: z.enum(['tripadvisor', 'google', 'other']),
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  url: z.string().check(z.maxLength(LIMITS.url)),
  author: z.string().check(z.maxLength(LIMITS.author)),
  rating: z.nullable(z.int().check(z.gte(1), z.lte(5))),
  title: z.string().check(z.maxLength(LIMITS.title)),
  text: z.string().check(z.maxLength(LIMITS.text)),
  date: z.string().check(z.maxLength(LIMITS.date)),
  machineTranslated: z.boolean(),
  ownerResponse: z.nullable(z.string().check(z.maxLength(LIMITS.ownerResponse))),
  hasReplyField: z.boolean(),
  truncated: z.boolean(),
  layoutChanged: z.array(z.string().check(z.maxLength(LIMITS.selectorName))).check(z.maxLength(50)),
});

/** Messages the background sends a content script (lib/messages.ts BackgroundToContent), in zod/mini. */
export const ContentIncoming = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply:insert'), reviewId: z.string().check(z.maxLength(300)), text: z.string().check(z.maxLength(50_000)) }),
  z.object({ type: z.literal('reply:undo'), reviewId: z.string().check(z.maxLength(300)) }),
  z.object({ type: z.literal('page:rescan') }),
]);
