/**
 * The body of both content scripts: pick the adapter for the current URL, run the review page, follow
 * single-page navigation, and answer the background's messages for reviews of this frame.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// types only from lib/messages.ts: its classic-zod schemas would triple the content scripts' size
import type { ContentToBackground, Reply } from '../messages';
import { BackgroundToContent } from '../review';
import { adapterForUrl } from '../sites';
import { startReviewPage, type ReviewPage } from './review-page';

export function runContentScript(ctx: ContentScriptContext): void {
  let page: ReviewPage | null = null;
  let pageAbort: AbortController | null = null;

  const send = (message: ContentToBackground): void => {
    // sendMessage is called synchronously here: `review:open` keeps the click's user activation.
    // The background validates it (lib/router.ts); a refusal changes nothing on the page.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };

  // Settings → "Sites": a site switched off gets no button and reports nothing. Read raw (no zod here, see
  // lib/review.ts); anything but an explicit `false` counts as on, like the settings' default.
  let sitesOff: Record<string, boolean> = {};
  const readSitesOff = (settings: unknown): Record<string, boolean> => {
    const sites = (settings as { sites?: Record<string, unknown> } | undefined)?.sites;
    return { tripadvisor: sites?.tripadvisor === false, google: sites?.google === false };
  };

  function start(url: string): void {
    pageAbort?.abort();
    page = null;
    const adapter = adapterForUrl(url);
    if (!adapter || sitesOff[adapter.platform]) return;
    pageAbort = new AbortController();
    page = startReviewPage({ adapter, doc: document, send, signal: pageAbort.signal });
  }

  ctx.onInvalidated(() => pageAbort?.abort()); // extension reloaded or updated: remove buttons, stop observing
  browser.storage.local.get('settings').then(
    (stored) => {
      sitesOff = readSitesOff(stored.settings);
      if (!ctx.isInvalid) start(location.href);
    },
    () => start(location.href),
  );
  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !('settings' in changes)) return;
    sitesOff = readSitesOff(changes.settings?.newValue);
    start(location.href); // stops (removing the buttons) or restarts for the new setting
  };
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  // Maps and business.google.com navigate without reloading (WXT fires wxt:locationchange)
  ctx.addEventListener(window, 'wxt:locationchange', (event) => start(event.newUrl.href));

  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: Reply) => void): boolean | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = BackgroundToContent.safeParse(raw);
    if (!parsed.success || !page) return undefined; // not for this frame: let another frame answer
    const message = parsed.data;
    if (message.type === 'page:rescan') {
      page.rescan();
      sendResponse({ ok: true, data: null });
      return undefined;
    }
    const pending = message.type === 'reply:insert' ? page.insert(message.reviewId, message.text) : page.undo(message.reviewId);
    if (!pending) return undefined; // the review is in another frame (Google's reply iframe)
    pending.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
