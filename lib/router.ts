/**
 * The background worker's message router: who may say what, and what it does. Browser calls are
 * injected (`RouterDeps`) so the routing is unit-tested without a browser.
 */
import {
  classifySender,
  fail,
  ok,
  parseIncoming,
  type ContentToBackground,
  type PanelToBackground,
  type Reply,
  type SenderInfo,
} from './messages';
import * as store from './storage';
import { snapshotFromText, type ReviewSnapshot } from './review';
import { sha256Hex } from './evidence';

export interface RouterDeps {
  extensionId: string;
  /** must be called synchronously inside the listener: it spends the user's click */
  openPanel(tabId: number, windowId?: number): void;
  /** forwards an insert/undo to the tab's content scripts */
  relayToTab(tabId: number, message: { type: 'reply:insert'; reviewId: string; text: string } | { type: 'reply:undo'; reviewId: string }): Promise<Reply>;
  /** the tab the panel is looking at, when it does not say */
  activeTabId(): Promise<number | undefined>;
  onPageReviews?(tabId: number, page: store.PageReviews): void;
  /** "anywhere else": inserts into the focused field of a tab without Tact's content script */
  insertAnywhere?(tabId: number, text: string): Promise<Reply>;
  /** undoes insertAnywhere (best effort: the page's own undo) */
  undoAnywhere?(tabId: number): Promise<Reply>;
  store?: typeof store;
}

/** Context menu "Analyze with Tact": the selection becomes the tab's target, platform 'other'. */
export async function targetFromSelection(tabId: number, selectionText: string, pageUrl: string, s: typeof store = store): Promise<ReviewSnapshot | null> {
  const text = selectionText.trim();
  if (!text) return null;
  const review = snapshotFromText(text, { id: `sel:${(await sha256Hex(text)).slice(0, 32)}`, url: pageUrl });
  await s.setPanelTarget(tabId, review, Date.now());
  return review;
}

export type RouterSender = SenderInfo & { tab?: { id?: number; windowId?: number } };

/**
 * Handles one raw message. Everything before the first `await` runs synchronously, so `openPanel`
 * happens inside the user's gesture.
 */
export function routeMessage(raw: unknown, sender: RouterSender, deps: RouterDeps): Promise<Reply> {
  const kind = classifySender(sender, deps.extensionId);
  if (!kind) return Promise.resolve(fail('sender not allowed'));
  const parsed = parseIncoming(raw, kind);
  if (!parsed.ok) return Promise.resolve(fail(parsed.error));
  const s = deps.store ?? store;
  if (kind === 'content') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve(fail('content message without a tab'));
    return handleContent(parsed.message as ContentToBackground, tabId, sender, deps, s);
  }
  return handlePanel(parsed.message as PanelToBackground, deps, s);
}

function handleContent(message: ContentToBackground, tabId: number, sender: RouterSender, deps: RouterDeps, s: typeof store): Promise<Reply> {
  switch (message.type) {
    case 'review:open':
      deps.openPanel(tabId, sender.tab?.windowId); // synchronous: the click's user activation is still valid
      return s.setPanelTarget(tabId, message.review, clickTime(message.clickedAt)).then(() => ok(null), toFail);
    case 'review:update':
      return s.setPanelTarget(tabId, message.review).then(() => ok(null), toFail);
    case 'page:reviews': {
      const page = { url: sender.url ?? '', reviews: message.reviews, layoutChanged: message.layoutChanged, updatedAt: Date.now() };
      return siteEnabled(s, sender.url ?? '').then(async (enabled) => {
        // the manager switched this site off in the settings: no queue, no badge
        if (!enabled) return ok(null);
        deps.onPageReviews?.(tabId, page);
        await s.setPageReviews(tabId, page);
        return ok(null);
      }, toFail);
    }
  }
}

async function handlePanel(message: PanelToBackground, deps: RouterDeps, s: typeof store): Promise<Reply> {
  try {
    switch (message.type) {
      case 'panel:state': {
        const tabId = message.tabId ?? (await deps.activeTabId());
        if (tabId === undefined) return ok({ tabId: null, target: null, targetOpenedAt: null, page: null });
        const [target, targetOpenedAt, page] = await Promise.all([s.getPanelTarget(tabId), s.getPanelTargetOpenedAt(tabId), s.getPageReviews(tabId)]);
        return ok({ tabId, target, targetOpenedAt, page });
      }
      case 'draft:save':
        return ok(await s.saveDraft(message.draft));
      case 'draft:get':
        return ok(await s.getDraft(message.key));
      case 'draft:list':
        return ok(await s.listDrafts());
      case 'draft:summaries':
        return ok(await s.listDraftSummaries());
      case 'draft:delete':
        await s.deleteDraft(message.key);
        return ok(null);
      case 'reply:insert': {
        // a selection from the context menu has no content script: insert into whatever field has focus
        if (deps.insertAnywhere && (await isAnywhereTarget(s, message.tabId, message.reviewId))) return await deps.insertAnywhere(message.tabId, message.text);
        return await deps.relayToTab(message.tabId, { type: 'reply:insert', reviewId: message.reviewId, text: message.text });
      }
      case 'reply:undo':
        if (deps.undoAnywhere && (await isAnywhereTarget(s, message.tabId, message.reviewId))) return await deps.undoAnywhere(message.tabId);
        return await deps.relayToTab(message.tabId, { type: 'reply:undo', reviewId: message.reviewId });
      case 'data:delete-all':
        await s.deleteAllData();
        return ok(null);
      case 'settings:get':
        return ok(await s.getSettings());
      case 'settings:set':
        await s.setSettings(message.settings);
        return ok(null);
      case 'incident:save':
        await s.saveIncident(message.record);
        return ok(null);
      case 'incident:list':
        return ok(await s.listIncidents());
      case 'incident:delete':
        await s.deleteIncident(message.id);
        return ok(null);
      case 'draft:import':
        return ok(await s.importDrafts(message.drafts));
    }
  } catch (error) {
    return toFail(error);
  }
}

/** The content script's time of the click (the same machine's clock), else now; a future or stale time is not trusted. */
export function clickTime(clickedAt: number | undefined, now = Date.now()): number {
  return clickedAt !== undefined && clickedAt <= now && clickedAt > now - 60_000 ? clickedAt : now;
}

async function siteEnabled(s: typeof store, url: string): Promise<boolean> {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return true;
  }
  const { settings } = await s.getSettings();
  if (host.includes('tripadvisor.')) return settings.sites.tripadvisor;
  if (host.endsWith('google.com')) return settings.sites.google;
  return true;
}

async function isAnywhereTarget(s: typeof store, tabId: number, reviewId: string): Promise<boolean> {
  const target = await s.getPanelTarget(tabId);
  return target !== null && target.platform === 'other' && target.id === reviewId;
}

function toFail(error: unknown): Reply<never> {
  const text = error instanceof Error ? error.message : String(error);
  // chrome.storage reports a full disk/quota as "QUOTA_BYTES quota exceeded"
  if (/quota/i.test(text)) return fail('Storage is full: the text was not saved. Copy it, then delete old drafts.');
  return fail(text);
}
