/**
 * A review as a content script saw it on a page: plain text only, every length capped.
 * This is the one shape that crosses from page to extension, so it is a schema — written with `zod/mini`
 * so the content scripts can import it: classic zod would triple their size (budget 30 kB gzipped).
 * Classic-zod schemas elsewhere (lib/messages.ts, lib/storage.ts) embed it as it is.
 */
import * as z from 'zod/mini';
import { PLATFORMS } from './platforms';

export const LIMITS = {
  id: 300,
  url: 2048,
  author: 200,
  title: 500,
  text: 20_000,
  date: 120,
  ownerResponse: 10_000,
  selectorName: 80,
  replyText: 50_000,
} as const;

/** Trims and caps a string from the page; never throws. */
export function capText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  let end = max;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // never cut a surrogate pair in half
  return trimmed.slice(0, end);
}

const capped = (max: number) => z.string().check(z.maxLength(max));

export const ReviewSnapshotSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** the platform's own id when found, otherwise a stable hash of author+text (prefix "h:") */
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  url: capped(LIMITS.url),
  author: capped(LIMITS.author),
  rating: z.nullable(z.int().check(z.gte(1), z.lte(5))),
  title: capped(LIMITS.title),
  text: capped(LIMITS.text),
  /** as written on the page ("Written September 22, 2026", "a year ago") */
  date: capped(LIMITS.date),
  machineTranslated: z.boolean(),
  ownerResponse: z.nullable(capped(LIMITS.ownerResponse)),
  /** the page shows a reply field for this review (owner side) */
  hasReplyField: z.boolean(),
  /** text was cut ("Read more") and could not be expanded */
  truncated: z.boolean(),
  /** names of selectors that found nothing: the site's layout changed */
  layoutChanged: z.array(capped(LIMITS.selectorName)).check(z.maxLength(50)),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;

/** What the background may ask of a content script (the rest of the contract is in lib/messages.ts). */
export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply:insert'), reviewId: capped(LIMITS.id), text: capped(LIMITS.replyText) }),
  z.object({ type: z.literal('reply:undo'), reviewId: capped(LIMITS.id) }),
  z.object({ type: z.literal('page:rescan') }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

/** A review picked from a pasted text or a selection (no page behind it). */
export function snapshotFromText(text: string, source: { url?: string; id: string }): ReviewSnapshot {
  return {
    platform: 'other',
    id: source.id,
    url: capText(source.url ?? '', LIMITS.url),
    author: '',
    rating: null,
    title: '',
    text: text.slice(0, LIMITS.text),
    date: '',
    machineTranslated: false,
    ownerResponse: null,
    hasReplyField: false,
    truncated: false,
    layoutChanged: [],
  };
}
