import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, targetFromSelection } from '@/lib/router';
import { fail, ok, sendToTab, type Reply } from '@/lib/messages';
import { ensureDraftIndex, forgetTab } from '@/lib/storage';
import { resolveUiLang, translator } from '@/lib/i18n';
import { insertIntoFocusedField } from '@/lib/dom/insert';
import { badgeFor } from '@/lib/panel/badge';
import { analyzeReview } from '@/lib/analysis';

// The badge runs the panel's analyzeReview on each page:reviews (pure and local; it adds ~the analysis
// bundle to the worker, measured in the final report) so the count matches the page queue.
const analyze = analyzeReview;

const MENU_ID = 'tact-analyze-selection';

export default defineBackground(() => {
  const t = translator(resolveUiLang('auto', browser.i18n.getUILanguage()));

  // The toolbar button (and its Alt+Shift+Y shortcut) opens the side panel.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menu.analyze'), contexts: ['selection'] }, () => void browser.runtime.lastError);
    // an update from a Tact without the drafts index: build it now, not when the manager first opens the list
    void ensureDraftIndex().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void ensureDraftIndex().catch(() => undefined));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // synchronously: the menu click is the user gesture sidePanel.open needs
    browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    void targetFromSelection(tab.id, info.selectionText ?? '', tab.url ?? info.pageUrl ?? '');
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    routeMessage(raw, sender, {
      extensionId: browser.runtime.id,
      openPanel: (tabId) => {
        // sidePanel.open must run in the same task as the trusted click relayed by the content script
        browser.sidePanel.open({ tabId }).catch(() => undefined);
      },
      relayToTab: (tabId, message) => sendToTab(tabId, message),
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      onPageReviews: (tabId, page) => {
        const badge = badgeFor(page.reviews, analyze);
        void browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
        void browser.action.setTitle({ tabId, title: badge.count ? t('badge.title', { n: badge.count }) : 'Tact' }).catch(() => undefined);
      },
      insertAnywhere: (tabId, text) => insertAnywhere(tabId, text),
      undoAnywhere: (tabId) => undoAnywhere(tabId),
    }).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // answer asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

async function insertAnywhere(tabId: number, text: string): Promise<Reply> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: insertIntoFocusedField, args: [text] });
    const done = results.find((result) => (result.result as { ok?: boolean } | undefined)?.ok);
    if (done) return ok(null);
    const reason = results.map((result) => (result.result as { reason?: string } | undefined)?.reason).find(Boolean);
    return fail(reason ?? 'No text field has focus in the page.');
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function undoAnywhere(tabId: number): Promise<Reply> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // the insertion went through the page's editing history, so the page's own undo reverts it
      func: () => (document.activeElement && document.activeElement !== document.body ? document.execCommand('undo') : false),
    });
    return results.some((result) => result.result === true) ? ok(null) : fail('Nothing to undo: use Ctrl+Z in the field.');
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
