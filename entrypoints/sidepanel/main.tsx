import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { backgroundApi } from '@/lib/panel/api';
import { createPanelStore } from '@/lib/panel/store';
import { warmUpEngines } from '@/lib/panel/engines';
import { localStorageBackup, type UnsavedBackup } from '@/lib/panel/unsaved';
import { App } from './App';
import { engines } from './engines';
import './style.css';

// ?tabId=<n> pins the panel to one tab (tests, a panel opened as a tab); otherwise it follows the active tab.
const param = new URLSearchParams(location.search).get('tabId');
const pinnedTabId = param !== null && /^\d{1,10}$/.test(param) ? Number(param) : undefined;

/** the panel's own localStorage keeps unsaved replies across a panel close (lib/panel/unsaved.ts says why) */
function unsavedBackup(): UnsavedBackup | null {
  try {
    return localStorageBackup(window.localStorage);
  } catch {
    return null; // storage disabled for the page: unsaved replies live in memory only
  }
}

const store = createPanelStore({ api: backgroundApi, engines, browserLanguage: navigator.language, unsavedBackup: unsavedBackup() });
void store
  .getState()
  .init(pinnedTabId === undefined ? {} : { tabId: pinnedTabId })
  // the panel often stays open while the manager clicks review after review: compile the rules while idle
  .then(() => requestIdleCallback(() => warmUpEngines(engines), { timeout: 2000 }));

// The review the panel shows changes when the manager clicks another Tact button (session:target:<tab>).
browser.storage.session.onChanged.addListener((changes) => {
  const tabId = store.getState().tabId;
  if (tabId === null) return;
  if (`target:${tabId}` in changes || `page:${tabId}` in changes) void store.getState().refreshFromTab(tabId);
});
if (pinnedTabId === undefined) {
  browser.tabs.onActivated.addListener(() => void store.getState().refreshFromTab());
}
// Closing the panel must not lose the last keystrokes.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.getState().flushDraft();
});
window.addEventListener('pagehide', () => void store.getState().flushDraft());

createRoot(document.getElementById('root')!).render(<App store={store} engines={engines} />);
