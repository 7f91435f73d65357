/**
 * The panel's journeys in a real Chromium with the built extension: a blackmail review on Google (banner,
 * evidence, report route and clipboard, neutral reply), triage, paste mode, the checker as the manager types,
 * axe-core on every view, and every view in French and English with screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePages } from '../fixtures/pages';
import { launchTact, newProfileDir, type Page, type TactBrowser } from './harness';

const pages = fixturePages();
const urlWith = (fragment: string): string => Object.keys(pages).find((u) => u.includes(fragment))!;
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

let tact: TactBrowser;

beforeAll(async () => {
  tact = await launchTact({ pages });
  await tact.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await tact?.close();
});

describe('a draft survives', () => {
  test('closing the panel and relaunching the browser on the same profile', async () => {
    const profile = newProfileDir();
    let browser = await launchTact({ userDataDir: profile, pages });
    const open = async () => {
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await panel.getByTestId('nav-paste').click();
      await panel.getByTestId('paste-text').fill('Hello, the shower was cold all week. Regards, Tom');
      await panel.getByTestId('paste-analyse').click();
      await panel.getByTestId('reply-editor').waitFor();
      return panel;
    };
    let panel = await open();
    await panel.getByTestId('reply-editor').fill('Dear Tom, thank you — kept across relaunch.');
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 3000 }).toBe('saved');
    await panel.close();
    panel = await open();
    await expect.poll(() => panel.getByTestId('reply-editor').inputValue()).toBe('Dear Tom, thank you — kept across relaunch.');
    await browser.close({ keepProfile: true });
    browser = await launchTact({ userDataDir: profile, pages });
    panel = await open();
    await expect.poll(() => panel.getByTestId('reply-editor').inputValue()).toBe('Dear Tom, thank you — kept across relaunch.');
    await browser.close();
  });
});

/** Clicks Tact beside the review whose text matches, and returns the tab id the background stored it for. */
async function openReviewFrom(page: Page, text: RegExp): Promise<number> {
  const buttons = page.getByRole('button', { name: /tact/i });
  await buttons.first().waitFor();
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    // forget the previous target only: the page's review list (page:<tab>) feeds the queue
    await tact.serviceWorker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      await chrome.storage.session.remove(Object.keys(all).filter((key) => key.startsWith('target:')));
    });
    await buttons.nth(i).click();
    const target = await expect
      .poll(async () => Object.entries(await tact.serviceWorker.evaluate(() => chrome.storage.session.get(null))).find(([k]) => k.startsWith('target:')), { timeout: 5000 })
      .toBeTruthy()
      .then(async () => Object.entries(await tact.serviceWorker.evaluate(() => chrome.storage.session.get(null))).find(([k]) => k.startsWith('target:'))!);
    if (text.test((target[1] as { text: string }).text)) return Number(target[0].split(':')[1]);
  }
  throw new Error(`no review matching ${text}`);
}

async function panelFor(tabId: number | null, lang?: 'fr' | 'en'): Promise<Page> {
  const panel = await tact.context.newPage();
  if (lang) {
    await tact.serviceWorker.evaluate(async (l) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), uiLanguage: l } });
    }, lang);
  }
  await panel.goto(`chrome-extension://${tact.extensionId}/sidepanel.html${tabId === null ? '' : `?tabId=${tabId}`}`);
  return panel;
}

async function axe(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  // evaluated through the debugger protocol: the panel's CSP (script-src 'self') rightly refuses a script tag
  await page.evaluate(readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    return (await run.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The Google Maps demo page's veiled blackmail ("un geste … me ferait revoir cette note"), reported on Google.
describe('blackmail review', () => {
  test('banner, evidence saved and exported, report route opened with the summary on the clipboard, neutral reply', async () => {
    const maps = await tact.openFixture(urlWith('google.com/maps/place/Le+Petit+Bistrot'));
    const tabId = await openReviewFrom(maps, /.+/);
    // The manager goes to the queue while the panel is still loading the review they clicked: the worker is
    // held busy (as a cold one is) so the panel's first read answers after that move, every run.
    const busyWorker = tact.serviceWorker.evaluate(() => {
      const until = Date.now() + 2500;
      while (Date.now() < until);
    });
    const panel = await panelFor(tabId);
    await panel.getByTestId('nav-queue').click();
    const items = panel.getByTestId('queue-item');
    expect(await items.count(), 'the race is exercised: the review had not arrived when the manager moved').toBe(0);
    await busyWorker;
    // the clicked review arrives: it is loaded (current in the queue) but the view stays the manager's
    await panel.locator('[data-testid="queue-item"][aria-current="true"]').waitFor();
    expect(await panel.getByTestId('nav-queue').getAttribute('aria-current')).toBe('page');
    expect(await panel.getByTestId('review-text').count()).toBe(0);
    await panel.getByTestId('nav-review-unseen').waitFor();
    // find a blackmail review through the queue
    const blackmailItem = items.filter({ hasText: /Blackmail attempt/ }).first();
    await blackmailItem.getByRole('button').click();
    await expect.poll(() => panel.getByTestId('blackmail-banner').count()).toBe(1);
    expect(await panel.getByTestId('category').getAttribute('data-category')).toBe('blackmail');
    const reply = await panel.getByTestId('reply-editor').inputValue();
    expect(reply.length).toBeGreaterThan(20);
    expect(reply).not.toMatch(/chantage|blackmail|rembours|refund|geste commercial|offert/i);

    await panel.getByTestId('save-evidence').click();
    await panel.getByTestId('evidence').waitFor();
    const incidents = (await tact.storageDump('local')).incidents as { sha256: string; platform: string; text: string }[];
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.platform).toBe('google');
    expect(incidents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = panel.waitForEvent('download');
    await panel.getByTestId('evidence-json').click();
    expect((await download).suggestedFilename()).toMatch(/^tact-evidence-.*\.json$/);

    // the printable page: the exact text and its hash, as text (the review's markup stays inert)
    const popup = panel.waitForEvent('popup');
    await panel.getByTestId('evidence-print').click();
    const printable = await popup;
    await expect.poll(() => printable.locator('pre').textContent()).toBe(incidents[0]!.text);
    expect(await printable.locator('body').textContent()).toContain(incidents[0]!.sha256);
    expect(await printable.locator('img, script').count()).toBe(0);
    await printable.close();

    const opened = tact.context.waitForEvent('page');
    await panel.getByTestId('report-google-extortion').click();
    const reportTab = await opened;
    // the harness aborts every outside request, so check where the new tab tried to go
    const wanted = 'https://support.google.com/business/answer/16404809';
    await expect.poll(() => tact.strayRequests.some((request) => request.url.startsWith(wanted)) || reportTab.url().startsWith(wanted)).toBe(true);
    const clipboard = await panel.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain('Google — review extortion');
    expect(clipboard).toContain(incidents[0]!.sha256);
    expect(clipboard).toContain(incidents[0]!.text.slice(0, 30));
    await panel.screenshot({ path: `${SHOTS}/blackmail-en.png`, fullPage: true });
    expect(await axe(panel)).toEqual([]);
    await reportTab.close();
    await panel.close();
    await maps.close();
  });
});

describe('complaint on TripAdvisor and the checker', () => {
  test('the drafted reply is editable, the checker flags what is typed and Insert says why it is disabled', async () => {
    const page = await tact.openFixture(urlWith('tripadvisor.com/Hotel_Review-'));
    const tabId = await openReviewFrom(page, /wifi|noisy|small|ruidosa/i);
    const panel = await panelFor(tabId);
    const editor = panel.getByLabel('Reply', { exact: true });
    await expect.poll(async () => (await editor.inputValue()).length).toBeGreaterThan(20);
    await editor.fill('Dear guest, call me on +33 6 12 34 56 78 and we will offer you a free dinner if you change your review.');
    await expect.poll(() => panel.getByTestId('findings').locator('[data-severity="error"]').count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('insert').isDisabled()).toBe(true);
    await panel.getByTestId('insert-reason').waitFor();
    expect(await panel.locator('.editor-backdrop mark').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 3000 }).toBe('saved');
    await panel.screenshot({ path: `${SHOTS}/review-checker-en.png`, fullPage: true });
    expect(await axe(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });
});

/**
 * Tact has unlimitedStorage, so no quota is reached by writing: the disk filling up is simulated by making the
 * worker's chrome.storage.local writes fail with Chrome's own quota message (reads still work).
 */
async function failWorkerWrites(): Promise<void> {
  await tact.serviceWorker.evaluate(() => {
    const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
    area.__realSet ??= area.set;
    area.set = () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'));
  });
}

async function restoreWorkerWrites(): Promise<void> {
  await tact.serviceWorker.evaluate(() => {
    const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
    if (area.__realSet) area.set = area.__realSet;
    delete area.__realSet;
  });
}

describe('a full disk', () => {
  test('a failed save says so clearly and the typed text stays in the editor', async () => {
    const panel = await panelFor(null);
    await panel.getByTestId('nav-paste').click();
    await panel.getByTestId('paste-text').fill('The breakfast was cold.');
    await panel.getByTestId('paste-analyse').click();
    await panel.getByTestId('reply-editor').waitFor();
    await failWorkerWrites();
    const typed = 'Thank you, we will serve it hot from now on — typed while the disk is full.';
    await panel.getByTestId('reply-editor').fill(typed);
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 4000 }).toBe('error');
    expect(await panel.getByTestId('save-status').textContent()).toMatch(/Storage is full/);
    expect(await panel.getByTestId('reply-editor').inputValue()).toBe(typed);
    await restoreWorkerWrites();
    // space again: the text still in the editor is saved
    await panel.getByTestId('reply-editor').fill(`${typed} `);
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 4000 }).toBe('saved');
    await panel.close();
  });
});

describe('storage keeps failing while the manager moves between reviews', () => {
  test('the text typed for one review is there when they come back, survives the panel closing, and is saved once storage recovers', async () => {
    const page = await tact.openFixture(urlWith('tripadvisor.com/Hotel_Review-'));
    const tabId = await openReviewFrom(page, /.+/);
    const reviewA = (await tact.storageDump('session'))[`target:${tabId}`] as { id: string };
    const keyA = `tripadvisor:${reviewA.id}`;
    let panel = await panelFor(tabId);
    const editor = () => panel.getByTestId('reply-editor');
    await expect.poll(async () => (await editor().inputValue()).length).toBeGreaterThan(20);
    const typed = `Thank you for staying with us — typed while storage fails (${Date.now()}).`;
    try {
      await failWorkerWrites();
      await editor().fill(typed);
      await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 4000 }).toBe('error');
      // another review from the queue replaces the editor; the status still says a reply is unsaved
      await panel.getByTestId('nav-queue').click();
      await panel.locator('[data-testid="queue-item"]:not([aria-current="true"])').first().getByRole('button').click();
      await panel.getByTestId('review-text').waitFor();
      await expect.poll(() => editor().inputValue()).not.toBe(typed);
      await panel.getByTestId('unsaved-others').waitFor();
      expect(await panel.getByTestId('unsaved-others').textContent()).toMatch(/not saved yet: 1/);
      await panel.screenshot({ path: `${SHOTS}/unsaved-other-review-en.png`, fullPage: true });
      expect(await axe(panel)).toEqual([]);
      // the drafts list marks it; opening it from there brings the text back
      await panel.getByTestId('nav-drafts').click();
      const itemA = panel.locator(`[data-testid="draft-item"][data-key="${keyA}"]`);
      await itemA.getByTestId('draft-unsaved').waitFor();
      expect(await itemA.textContent()).toContain(typed.slice(0, 60));
      await panel.screenshot({ path: `${SHOTS}/unsaved-drafts-en.png`, fullPage: true });
      expect(await axe(panel)).toEqual([]);
      await itemA.getByRole('button', { name: /^Open/ }).click();
      await expect.poll(() => editor().inputValue()).toBe(typed);
      expect(await panel.getByTestId('save-status').getAttribute('data-status')).toMatch(/error|pending|saving/);
      expect(await panel.getByTestId('unsaved-others').count()).toBe(0);
      // the panel closes while storage still fails: its own copy keeps the text for the next one
      await panel.close();
      panel = await panelFor(tabId);
      await expect.poll(() => editor().inputValue()).toBe(typed);
      const stored = async () => ((await tact.storageDump('local'))[`draft:${keyA}`] as { versions: { text: string }[] } | undefined)?.versions.at(-1)?.text;
      expect(await stored()).not.toBe(typed);
    } finally {
      await restoreWorkerWrites();
    }
    // storage is back: the retry saves it without the manager typing
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 20_000 }).toBe('saved');
    const draft = (await tact.storageDump('local'))[`draft:${keyA}`] as { versions: { text: string }[] };
    expect(draft.versions.at(-1)!.text).toBe(typed);
    expect(await panel.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tact.unsaved')))).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('insert and undo on the owner response page', () => {
  test('a complaint: drafted, edited, inserted into the page field (never submitted), then undone', async () => {
    const page = await tact.openFixture(urlWith('tripadvisor.com/OwnerResponse-'));
    const tabId = await openReviewFrom(page, /.+/);
    const panel = await panelFor(tabId);
    const editor = panel.getByLabel('Reply', { exact: true });
    await expect.poll(async () => (await editor.inputValue()).length).toBeGreaterThan(20);
    const text = 'Thank you for your feedback. We have looked into what you describe and fixed it; please write to us so we can talk about it.';
    await editor.fill(text);
    await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
    await panel.getByTestId('insert').click();
    await expect.poll(() => panel.getByTestId('notice').getAttribute('data-kind')).toBe('info');
    const fieldValues = () => page.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.value));
    await expect.poll(async () => (await fieldValues()).includes(text)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __tactSubmits?: number }).__tactSubmits ?? 0)).toBe(0);
    await panel.getByTestId('undo').click();
    await expect.poll(async () => (await fieldValues()).includes(text)).toBe(false);
    await panel.close();
    await page.close();
  });
});

describe('triage', () => {
  test('the page queue lists every review, unanswered before answered and riskiest first; one click opens one', async () => {
    const page = await tact.openFixture(urlWith('google.com/maps/place/Le+Petit'));
    const tabId = await openReviewFrom(page, /.+/);
    const panel = await panelFor(tabId);
    await panel.getByTestId('nav-queue').click();
    const items = panel.getByTestId('queue-item');
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    const rows = await items.evaluateAll((nodes) =>
      nodes.map((n) => ({ score: Number(n.querySelector('.risk-pill')?.textContent) || 0, answered: /\b(answered|répondu)\b/.test(n.textContent ?? '') && !/unanswered|sans réponse/.test(n.textContent ?? '') })),
    );
    const firstAnswered = rows.findIndex((r) => r.answered);
    if (firstAnswered >= 0) expect(rows.slice(firstAnswered).every((r) => r.answered)).toBe(true);
    const unanswered = rows.filter((r) => !r.answered).map((r) => r.score);
    expect(unanswered).toEqual([...unanswered].sort((a, b) => b - a));
    // the toolbar badge counts the page's high-risk reviews, as the queue rates them
    const highInQueue = await panel.locator('[data-testid="queue-item"] .risk-high').count();
    const badge = await tact.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(highInQueue ? String(highInQueue) : '');
    const second = items.nth(1);
    const id = await second.getAttribute('data-review-id');
    await second.getByRole('button').click();
    await panel.getByTestId('review-text').waitFor();
    const stored = await tact.storageDump('session');
    const review = (stored[`page:${tabId}`] as { reviews: { id: string; text: string }[] }).reviews.find((r) => r.id === id)!;
    expect(await panel.getByTestId('review-text').textContent()).toBe(review.text);
    await panel.close();
    await page.close();
  });
});

describe('keyboard only', () => {
  test('reach the sections, paste a message, analyse it and reach the reply, with Tab and Enter only', async () => {
    const panel = await panelFor(null);
    await panel.getByTestId('nav-review').waitFor();
    const focusedTestId = () => panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');
    let guard = 0;
    while ((await focusedTestId()) !== 'nav-paste' && guard++ < 20) await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    while ((await focusedTestId()) !== 'paste-text' && guard++ < 40) await panel.keyboard.press('Tab');
    await panel.keyboard.type('Give me a free dinner or I will post a one-star review on Google today.');
    await panel.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('paste-analyse');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('category').waitFor();
    while ((await focusedTestId()) !== 'reply-editor' && guard++ < 120) await panel.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('reply-editor');
    // every highlighted signal is reachable and says why
    const marks = panel.locator('[data-testid="review-text"] mark');
    if ((await marks.count()) > 0) {
      expect(await marks.first().getAttribute('tabindex')).toBe('0');
      expect(await marks.first().getAttribute('title')).toBeTruthy();
    }
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await panel.close();
  });
});

describe('options page', () => {
  test('settings saved on the options page are used by the panel; no serious axe violation', async () => {
    const options = await tact.context.newPage();
    await options.goto(`chrome-extension://${tact.extensionId}/options.html`);
    await options.getByLabel(/Manager name|Nom du responsable/).fill('Claire Martin');
    await options.getByLabel(/^(Role|Fonction)$/).fill('Directrice');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('options-status').textContent()).toMatch(/saved|enregistrés/);
    await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
    expect(await axe(options)).toEqual([]);
    const stored = (await tact.storageDump('local')).settings as { managerName: string };
    expect(stored.managerName).toBe('Claire Martin');
    const panel = await panelFor(null);
    await panel.getByTestId('nav-paste').click();
    await panel.getByTestId('paste-text').fill('The pool was closed all week and nobody told us.');
    await panel.getByTestId('paste-analyse').click();
    await expect.poll(() => panel.getByTestId('reply-editor').inputValue()).toContain('Claire');
    await panel.close();
    await options.close();
  });
});

describe('paste mode, views and languages', () => {
  test('an email pasted is analysed and answered; its draft is kept', async () => {
    const panel = await panelFor(null);
    await panel.getByTestId('nav-paste').click();
    await panel.getByTestId('paste-text').fill('Bonjour, je veux le remboursement de mes deux nuits, sinon je publierai un avis à une étoile sur TripAdvisor et Google.\nCordialement, M. Durand');
    await panel.getByTestId('paste-analyse').click();
    await expect.poll(() => panel.getByTestId('category').getAttribute('data-category')).toBe('blackmail');
    await panel.getByTestId('reply-editor').fill('Bonjour, nous avons bien reçu votre message.');
    await expect.poll(() => panel.getByTestId('save-status').getAttribute('data-status'), { timeout: 3000 }).toBe('saved');
    const keys = Object.keys(await tact.storageDump('local'));
    expect(keys.some((k) => /^draft:other:paste:[0-9a-f]{32}$/.test(k))).toBe(true);
    await panel.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`every view in ${lang}, no serious or critical axe violation`, async () => {
      const panel = await panelFor(null, lang);
      await expect.poll(() => panel.locator('.app').getAttribute('lang')).toBe(lang);
      await panel.getByTestId('nav-review').waitFor();
      await panel.screenshot({ path: `${SHOTS}/empty-${lang}.png`, fullPage: true });
      expect(await axe(panel), `empty (${lang})`).toEqual([]);
      // a blackmail message gives the review view every part: banner, playbook, signals, reply, checker
      await panel.getByTestId('nav-paste').click();
      await panel.getByTestId('paste-text').fill(
        lang === 'fr'
          ? 'Bonjour, offrez-nous le dîner ou je publie un avis à une étoile sur TripAdvisor et Google ce soir.'
          : 'Hello, comp our dinner or I will post a one-star review on TripAdvisor and Google tonight.',
      );
      await panel.getByTestId('paste-analyse').click();
      await panel.getByTestId('blackmail-banner').waitFor();
      await panel.getByTestId('save-evidence').click();
      await panel.getByTestId('evidence').waitFor();
      for (const view of ['review', 'queue', 'paste', 'drafts', 'incidents', 'settings']) {
        await panel.getByTestId(`nav-${view}`).click();
        await panel.waitForTimeout(150);
        await panel.screenshot({ path: `${SHOTS}/${view}-${lang}.png`, fullPage: true });
        expect(await axe(panel), `${view} (${lang})`).toEqual([]);
      }
      // a real side panel is narrow: the review view must still fit without horizontal scrolling
      await panel.setViewportSize({ width: 360, height: 800 });
      await panel.getByTestId('nav-review').click();
      await panel.screenshot({ path: `${SHOTS}/review-${lang}-narrow.png`, fullPage: true });
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await panel.setViewportSize({ width: 1280, height: 900 });
      // the dark theme follows the system: same checks (contrast included) with prefers-color-scheme: dark
      await panel.emulateMedia({ colorScheme: 'dark' });
      for (const view of ['review', 'settings']) {
        await panel.getByTestId(`nav-${view}`).click();
        await panel.waitForTimeout(150);
        await panel.screenshot({ path: `${SHOTS}/${view}-${lang}-dark.png`, fullPage: true });
        expect(await axe(panel), `${view} (${lang}, dark)`).toEqual([]);
      }
      await panel.close();
    });
  }
});

describe('drafts and incidents', () => {
  test('list, search, export, open and delete; then "Delete all my data" after a confirmation', async () => {
    const panel = await panelFor(null);
    await panel.getByTestId('nav-drafts').click();
    const items = panel.getByTestId('draft-item');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const total = await items.count();
    await panel.getByTestId('drafts-search').fill('relaunch-that-does-not-exist');
    await expect.poll(() => items.count()).toBe(0);
    await panel.getByTestId('drafts-search').fill('');
    await expect.poll(() => items.count()).toBe(total);
    const download = panel.waitForEvent('download');
    await panel.getByTestId('drafts-export').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; drafts: unknown[] };
    expect(exported.format).toBe('tact.drafts/1');
    expect(exported.drafts).toHaveLength(total);
    await items.first().getByRole('button', { name: /^(Delete|Supprimer)/ }).click();
    await expect.poll(() => items.count()).toBe(total - 1);
    await items.first().getByRole('button', { name: /^(Open|Ouvrir)/ }).click();
    await panel.getByTestId('reply-editor').waitFor();
    // the deleted draft comes back by importing the export: newer drafts are kept, the rest skipped
    await panel.getByTestId('nav-drafts').click();
    await panel.getByTestId('drafts-import').setInputFiles(file);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toMatch(/1 new|1 ajoutés/);
    await expect.poll(() => items.count()).toBe(total);

    await panel.getByTestId('nav-incidents').click();
    await expect.poll(() => panel.getByTestId('incidents-list').getByTestId('evidence').count()).toBeGreaterThan(0);

    await panel.getByTestId('nav-settings').click();
    await panel.getByTestId('delete-all').click();
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toMatch(/Cancel|Annuler/);
    await panel.getByTestId('delete-all-confirm').click();
    await expect.poll(async () => Object.keys(await tact.storageDump('local')).length).toBe(0);
    await panel.close();
  });
});
