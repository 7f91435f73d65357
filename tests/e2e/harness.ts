/**
 * Browser-test harness: the BUILT extension (.output/chrome-mv3) in a real Chromium, fixture pages served
 * at their real URLs, every other request aborted, and every request from an extension context recorded.
 *
 *   const tact = await launchTact();                 // fresh profile
 *   const page = await tact.openFixture(url);        // a URL listed in tests/fixtures/pages.ts
 *   const panel = await tact.openPanel(page);        // sidepanel.html?tabId=<page's tab> in a tab
 *   …
 *   await tact.close();                              // asserts nothing; tests check tact.extensionRequests
 *
 * tests/fixtures/pages.ts (the fixture index) exports:
 *   fixturePages(): Record<string, string>        real URL → absolute path of the HTML file served there
 *   demoPages(): { title: string; url: string }[]  what `npm start` opens; the first is walked through headless
 * The in-page Tact button is a real <button> whose accessible name contains "Tact", in an OPEN shadow root
 * (Playwright's getByRole pierces open shadow roots).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithTact, type LaunchedTact } from '../../scripts/lib/chromium';
import { fixturePages } from '../fixtures/pages';

export interface TactBrowser extends LaunchedTact {
  userDataDir: string;
  openFixture(url: string): Promise<Page>;
  /** the side panel page, opened as a tab, looking at the tab of `page` */
  openPanel(page?: Page): Promise<Page>;
  /** chrome tab id of a page (from the service worker's point of view) */
  tabIdOf(page: Page): Promise<number>;
  /** reads chrome.storage[area] in the service worker */
  storageDump(area: 'local' | 'session'): Promise<Record<string, unknown>>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'tact-e2e-'));
}

/** headless: false only on a display the test provides (tests/e2e/anywhere.e2e.test.ts runs its own Xvfb) */
export async function launchTact(options: { userDataDir?: string; pages?: Record<string, string>; headless?: boolean } = {}): Promise<TactBrowser> {
  const userDataDir = options.userDataDir ?? newProfileDir();
  const launched = await launchWithTact({ userDataDir, pages: options.pages ?? fixturePages(), headless: options.headless ?? true });
  const { context, serviceWorker, extensionId } = launched;

  async function tabIdOf(page: Page): Promise<number> {
    // Without the "tabs" permission the worker cannot read tab URLs or titles; the active tab's id it can.
    await page.bringToFront();
    const id = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`no tab found for ${page.url()}`);
    return id;
  }

  return {
    ...launched,
    userDataDir,
    tabIdOf,
    async openFixture(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPanel(page) {
      const query = page ? `?tabId=${await tabIdOf(page)}` : '';
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return panel;
    },
    async storageDump(area) {
      return serviceWorker.evaluate((a) => chrome.storage[a].get(null), area);
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type { BrowserContext, Page, Worker };
