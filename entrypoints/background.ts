import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage } from '@/lib/router';
import { sendToTab } from '@/lib/messages';
import { forgetTab } from '@/lib/storage';

export default defineBackground(() => {
  // The toolbar button (and its Alt+Shift+T shortcut) opens the side panel.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    routeMessage(raw, sender, {
      extensionId: browser.runtime.id,
      openPanel: (tabId) => {
        // sidePanel.open must run in the same task as the trusted click relayed by the content script
        browser.sidePanel.open({ tabId }).catch(() => undefined);
      },
      relayToTab: (tabId, message) => sendToTab(tabId, message),
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    }).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // answer asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
