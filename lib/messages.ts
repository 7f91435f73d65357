/**
 * Every message that crosses a context boundary, one zod schema each, grouped in one discriminated union
 * per direction. Receivers check the sender first, then `safeParse`, and answer `{ok:false, error}`
 * instead of throwing: a malformed message changes nothing.
 */
import { z } from 'zod';
import { BackgroundToContent, ReviewSnapshotSchema } from './review';
import { PLATFORMS } from './platforms';
import { isAllowedContentHost } from './sites/hosts';
import { DraftSchema, EvidenceRecordSchema, SettingsSchema } from './storage';

const TabId = z.number().int().nonnegative();
const DraftKey = z.string().min(1).max(400);
const ReplyText = z.string().max(50_000);

// ---- content script → background ---------------------------------------------------------------
export const ContentToBackground = z.discriminatedUnion('type', [
  /** the user clicked Tact's button beside a review: open the panel on it */
  z.object({
    type: z.literal('review:open'),
    review: ReviewSnapshotSchema,
    /** Date.now() at the click: the panel keeps the section the manager moved to after it (a cold worker answers late) */
    clickedAt: z.number().optional(),
  }),
  /** the same review, completed after the click (e.g. its "Read more" text expanded): updates the panel */
  z.object({ type: z.literal('review:update'), review: ReviewSnapshotSchema }),
  /** the reviews currently on the page (for the queue and the badge) */
  z.object({
    type: z.literal('page:reviews'),
    reviews: z.array(ReviewSnapshotSchema).max(5000),
    layoutChanged: z.array(z.string().max(80)).max(50),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

// ---- side panel / options → background ---------------------------------------------------------
export const DraftInput = z.object({
  key: DraftKey,
  platform: z.enum(PLATFORMS),
  reviewId: z.string().max(300),
  url: z.string().max(2048),
  text: ReplyText,
  review: z.optional(ReviewSnapshotSchema),
});
export type DraftInput = z.infer<typeof DraftInput>;

export const PanelToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:state'), tabId: TabId.optional() }),
  z.object({ type: z.literal('draft:save'), draft: DraftInput }),
  z.object({ type: z.literal('draft:get'), key: DraftKey }),
  /** every draft in full (export) */
  z.object({ type: z.literal('draft:list') }),
  /** one summary per draft, from the index (the drafts view) */
  z.object({ type: z.literal('draft:summaries') }),
  z.object({ type: z.literal('draft:delete'), key: DraftKey }),
  z.object({ type: z.literal('reply:insert'), tabId: TabId, reviewId: z.string().max(300), text: ReplyText }),
  z.object({ type: z.literal('reply:undo'), tabId: TabId, reviewId: z.string().max(300) }),
  z.object({ type: z.literal('data:delete-all') }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), settings: SettingsSchema }),
  z.object({ type: z.literal('incident:save'), record: EvidenceRecordSchema }),
  z.object({ type: z.literal('incident:list') }),
  z.object({ type: z.literal('incident:delete'), id: z.string().min(1).max(100) }),
  /** drafts already validated by lib/drafts-io; the background merges them without overwriting newer work */
  z.object({ type: z.literal('draft:import'), drafts: z.array(DraftSchema).max(20_000) }),
]);
export type PanelToBackground = z.infer<typeof PanelToBackground>;

// ---- background → content script ---------------------------------------------------------------
// defined beside the snapshot in lib/review.ts (zod/mini), so the content scripts can validate it cheaply
export { BackgroundToContent };

// ---- answers -----------------------------------------------------------------------------------
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
export const ok = <T>(data: T): Reply<T> => ({ ok: true, data });
export const fail = (error: string): Reply<never> => ({ ok: false, error });

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Readable one-line reason from a zod error: "review.rating: Too big…" */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid message';
  const path = issue.path.map(String).join('.');
  return `invalid message${path ? ` at ${path}` : ''}: ${issue.message}`;
}

// ---- senders -----------------------------------------------------------------------------------
/** The minimum of chrome.runtime.MessageSender the checks need (keeps lib/ free of browser globals). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'content' | 'extension-page';

/**
 * Classifies who sent a message, or null when nobody we trust did. Content scripts: our extension id,
 * inside a tab, on an allowed host. Extension pages (side panel, options): our own origin.
 */
export function classifySender(sender: SenderInfo, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'chrome-extension:' && parsed.host === extensionId) return 'extension-page';
  if (sender.tab?.id === undefined) return null;
  if (parsed.protocol !== 'https:') return null;
  return isAllowedContentHost(parsed.hostname) ? 'content' : null;
}

/** Parses an incoming message for the given sender kind. */
export function parseIncoming(
  raw: unknown,
  kind: SenderKind,
): { ok: true; message: ContentToBackground | PanelToBackground } | { ok: false; error: string } {
  const schema = kind === 'content' ? ContentToBackground : PanelToBackground;
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, error: describeZodError(result.error) };
  return { ok: true, message: result.data };
}

// ---- typed send ---------------------------------------------------------------------------------
import { browser } from 'wxt/browser';

const NO_PAGE_ANSWER =
  'The page did not answer: the review may have left the page, or the page was opened before Tact was installed. Reload the page and try again.';

async function settle<T>(promise: Promise<unknown>, peer: 'background' | 'page'): Promise<Reply<T>> {
  try {
    const answer = ReplySchema.safeParse(await promise);
    if (!answer.success) return fail(peer === 'page' ? NO_PAGE_ANSWER : 'no valid answer from the background worker');
    return answer.data as Reply<T>;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Chrome's wording when no content script listens in the tab
    if (peer === 'page' && /receiving end does not exist|could not establish connection/i.test(text)) return fail(NO_PAGE_ANSWER);
    return fail(text);
  }
}

/** From the side panel, the options page or a content script to the background worker. */
export function sendToBackground<T = unknown>(message: PanelToBackground | ContentToBackground): Promise<Reply<T>> {
  return settle<T>(browser.runtime.sendMessage(message), 'background');
}

/** From the background worker to the content script of one tab (all frames answer; the first ok wins). */
export function sendToTab<T = unknown>(tabId: number, message: BackgroundToContent, frameId?: number): Promise<Reply<T>> {
  return settle<T>(browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }), 'page');
}
