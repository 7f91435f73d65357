/**
 * The foundation, proven in a real Chromium with the built extension: it loads with a minimal manifest,
 * its content scripts run on TripAdvisor and Google review pages and nowhere else, the Tact button opens
 * the panel on that review, hostile review markup stays inert text, drafts survive closing the panel and
 * relaunching the browser, malformed messages change nothing, and no extension context touches the network.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { fixturePages } from '../fixtures/pages';
import { launchTact, newProfileDir, type Page, type TactBrowser } from './harness';

const pages = fixturePages();
const urlWith = (fragment: string): string => {
  const url = Object.keys(pages).find((candidate) => candidate.includes(fragment));
  if (!url) throw new Error(`no fixture page whose URL contains ${fragment}`);
  return url;
};
const taHotel = urlWith('tripadvisor.com/Hotel_Review-');
const googleMaps = urlWith('google.com/maps/place/');

// The same TripAdvisor page served where Tact must NOT run.
const elsewhere = {
  'https://www.example.com/Hotel_Review-g1-d1-Reviews-Copy.html': pages[taHotel]!,
  'https://www.tripadvisor.com/Search?q=hotel': pages[taHotel]!,
  'https://www.google.com/search?q=hotel+des+arts': pages[googleMaps]!,
};

const tactButtons = (page: Page) => page.getByRole('button', { name: /tact/i });
const hostileText = /onerror/;

let profile: string;
let tact: TactBrowser;

beforeAll(async () => {
  profile = newProfileDir();
  tact = await launchTact({ userDataDir: profile, pages: { ...pages, ...elsewhere } });
});

afterAll(async () => {
  await tact?.close();
});

describe('the extension', () => {
  test('loads as Manifest V3 with only the permissions it needs and no remote code', async () => {
    const manifest = await tact.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(matches).not.toContain('<all_urls>');
    for (const match of matches) expect(match).toMatch(/^https:\/\/(www\.tripadvisor\.[a-z.]+|www\.google\.com|business\.google\.com)\//);
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    // the toolbar button (and its shortcut) opens the side panel
    expect(await tact.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({ openPanelOnActionClick: true });
    expect(manifest.commands?._execute_action?.suggested_key).toBeTruthy();
    // and Chromium really bound it (it leaves a key it keeps for itself, such as Alt+Shift+T, unbound)
    const commands = await tact.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBeTruthy();
  });

  test('keeps more than the 10 MB chrome.storage.local allows without unlimitedStorage: nothing typed is refused for space', async () => {
    const written = await tact.serviceWorker.evaluate(async () => {
      const chunk = 'x'.repeat(1 << 20);
      for (let i = 0; i < 12; i++) await chrome.storage.local.set({ [`filler:${i}`]: chunk });
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.remove(Array.from({ length: 12 }, (_, i) => `filler:${i}`));
      return used;
    });
    expect(written).toBeGreaterThan(12 * (1 << 20));
  });

  test('content scripts put a Tact button beside reviews on TripAdvisor and Google', async () => {
    for (const url of [taHotel, googleMaps]) {
      const page = await tact.openFixture(url);
      await expect.poll(() => tactButtons(page).count(), { timeout: 10_000 }).toBeGreaterThan(1);
      await page.close();
    }
  });

  test('and on no other site, even with the same markup', async () => {
    for (const url of Object.keys(elsewhere)) {
      const page = await tact.openFixture(url);
      await page.waitForTimeout(1500); // well past the content script's debounce
      expect(await tactButtons(page).count(), url).toBe(0);
      await page.close();
    }
  });
});

describe('Settings → Sites', () => {
  test('a site switched off loses its Tact buttons at once, and gets them back when switched on', async () => {
    const ta = await tact.openFixture(taHotel);
    const maps = await tact.openFixture(googleMaps);
    await expect.poll(() => tactButtons(ta).count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const setTripadvisor = (on: boolean) =>
      tact.serviceWorker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        const current = (settings ?? {}) as { sites?: Record<string, boolean> };
        await chrome.storage.local.set({ settings: { ...current, sites: { ...current.sites, google: true, tripadvisor: value } } });
      }, on);
    await setTripadvisor(false);
    await expect.poll(() => tactButtons(ta).count(), { timeout: 10_000 }).toBe(0);
    expect(await tactButtons(maps).count()).toBeGreaterThan(1);
    const reloaded = await tact.openFixture(taHotel);
    await reloaded.waitForTimeout(1500);
    expect(await tactButtons(reloaded).count()).toBe(0);
    await setTripadvisor(true);
    await expect.poll(() => tactButtons(ta).count(), { timeout: 10_000 }).toBeGreaterThan(1);
    for (const page of [ta, maps, reloaded]) await page.close();
  });
});

describe('a review, through the panel', () => {
  let page: Page;

  beforeAll(async () => {
    page = await tact.openFixture(taHotel);
    await tactButtons(page).first().waitFor();
  });

  test('clicking Tact beside a review opens the side panel on its text, author and rating', async () => {
    const sidePanels = () =>
      tact.serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length);
    expect(await sidePanels()).toBe(0);
    const button = tactButtons(page).first();
    await button.click();
    // the real side panel opened (sidePanel.open ran inside the click's user gesture)
    await expect.poll(sidePanels, { timeout: 10_000 }).toBe(1);
    const tabId = await tact.tabIdOf(page);
    // The click reached the background inside the user's gesture: the review is the tab's panel target.
    await expect.poll(async () => (await tact.storageDump('session'))[`target:${tabId}`], { timeout: 10_000 }).toBeTruthy();
    const stored = (await tact.storageDump('session'))[`target:${tabId}`] as { text: string; author: string; rating: number | null };
    expect(stored.text.length).toBeGreaterThan(20);
    expect(await page.getByText(stored.text.slice(0, 40), { exact: false }).count()).toBeGreaterThan(0);

    const panel = await tact.openPanel(page);
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toContain(stored.text.slice(0, 60));
    expect(await panel.getByTestId('review-author').textContent()).toContain(stored.author);
    if (stored.rating !== null) expect(await panel.getByTestId('review-rating').textContent()).toContain(String(stored.rating));
    await panel.close();
  });

  test('review markup such as <img onerror> or <script> is shown as inert text', async () => {
    const hostileCard = page.getByText(hostileText).first();
    await hostileCard.waitFor();
    // the button that belongs to this review is the first Tact button after its text in document order
    const index = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('button'));
      const text = [...document.querySelectorAll('body *')].find((el) => el.children.length === 0 && /onerror/.test(el.textContent ?? ''));
      if (!text) return -1;
      return hosts.findIndex((host) => text.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(index).toBeGreaterThanOrEqual(0);
    await tactButtons(page).nth(index).click();
    const panel = await tact.openPanel(page);
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toMatch(hostileText);
    await panel.waitForTimeout(300);
    expect(await panel.locator('img, script:not([src])').count()).toBe(0);
    expect(await panel.evaluate(() => (window as { __tactPwned?: unknown }).__tactPwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __tactPwned?: unknown }).__tactPwned)).toBeUndefined();
    await panel.close();
  });

  test('a malformed message to the background is rejected and changes nothing', async () => {
    const panel = await tact.openPanel(page);
    await panel.getByTestId('review-text').waitFor();
    const before = await tact.storageDump('local');
    const answers = await panel.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      return Promise.all([
        send({ type: 'draft:save', draft: { key: '', text: 42 } }),
        send({ type: 'no-such-message' }),
        send('not even an object'),
        send({ type: 'draft:save', draft: { key: 'x', platform: 'evil', reviewId: 'r', url: '', text: 'hello' } }),
      ]);
    });
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false });
      expect((answer as { error: string }).error).toMatch(/invalid|not allowed/);
    }
    expect(await tact.storageDump('local')).toEqual(before);
    // A web page cannot talk to Tact at all: no externally_connectable.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await panel.close();
  });
});

describe('drafts', () => {
  const typed = `Merci pour votre retour, nous regardons cela de près. ${Date.now()}`;

  test('a draft typed in the panel survives closing and reopening the panel', async () => {
    const page = await tact.openFixture(googleMaps);
    await tactButtons(page).first().click();
    let panel = await tact.openPanel(page);
    const editor = panel.getByTestId('reply-editor');
    await editor.waitFor();
    await editor.fill(typed);
    // saved within a second after typing stops
    await expect
      .poll(async () => JSON.stringify(await tact.storageDump('local')), { timeout: 5_000 })
      .toContain(typed.slice(-13));
    await panel.close();
    panel = await tact.openPanel(page);
    await expect.poll(() => panel.getByTestId('reply-editor').inputValue(), { timeout: 10_000 }).toBe(typed);
    await panel.close();
  });

  test('and a relaunch of the browser on the same profile', async () => {
    const requestsSoFar = [...tact.extensionRequests];
    await tact.close({ keepProfile: true });
    tact = await launchTact({ userDataDir: profile, pages: { ...pages, ...elsewhere } });
    tact.extensionRequests.push(...requestsSoFar);
    const page = await tact.openFixture(googleMaps);
    await tactButtons(page).first().click();
    const panel = await tact.openPanel(page);
    await expect.poll(() => panel.getByTestId('reply-editor').inputValue(), { timeout: 10_000 }).toBe(typed);
  });
});

describe('privacy', () => {
  test('the recorder sees a request from an extension page, and the CSP stops the worker from connecting', async () => {
    // proves the zero below is a measurement: a throwaway browser where an extension page loads an image
    const probe = await launchTact({ pages });
    const panel = await probe.openPanel();
    await panel.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://probe.invalid/pixel.png';
      document.body.append(img);
    });
    await expect.poll(() => probe.extensionRequests.map((r) => r.url), { timeout: 5_000 }).toContain('https://probe.invalid/pixel.png');
    // connect-src 'self': the service worker cannot fetch anything outside the extension
    const fetched = await probe.serviceWorker.evaluate(() =>
      fetch('https://www.tripadvisor.com/').then(() => 'reached', (error: unknown) => `blocked: ${String(error)}`),
    );
    expect(fetched).toMatch(/^blocked/);
    await probe.close();
  });

  test('during the whole run, no extension context made a network request', () => {
    expect(tact.extensionRequests).toEqual([]);
  });

  test('the built extension contains no remote code or network call', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { background?: { service_worker?: string } };
    const worker = readFileSync(`${EXTENSION_DIR}/${manifest.background?.service_worker ?? 'background.js'}`, 'utf8');
    expect(worker).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|importScripts\(\s*['"]https?:/);
  });
});
