/**
 * A review as a content script saw it on a page: plain text only, every length capped.
 * This is the one shape that crosses from page to extension, so it is a zod schema.
 */
import { z } from 'zod';
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
} as const;

/** Trims and caps a string from the page; never throws. */
export function capText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  // never cut a surrogate pair in half
  let end = max;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return trimmed.slice(0, end);
}

export const ReviewSnapshotSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** the platform's own id when found, otherwise a stable hash of author+text (prefix "h:") */
  id: z.string().min(1).max(LIMITS.id),
  url: z.string().max(LIMITS.url),
  author: z.string().max(LIMITS.author),
  rating: z.number().int().min(1).max(5).nullable(),
  title: z.string().max(LIMITS.title),
  text: z.string().max(LIMITS.text),
  /** as written on the page ("Written September 22, 2026", "a year ago") */
  date: z.string().max(LIMITS.date),
  machineTranslated: z.boolean(),
  ownerResponse: z.string().max(LIMITS.ownerResponse).nullable(),
  /** the page shows a reply field for this review (owner side) */
  hasReplyField: z.boolean(),
  /** text was cut ("Read more") and could not be expanded */
  truncated: z.boolean(),
  /** names of selectors that found nothing: the site's layout changed */
  layoutChanged: z.array(z.string().max(LIMITS.selectorName)).max(50),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;

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
