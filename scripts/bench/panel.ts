/**
 * Panel speed (printed, not asserted): a click → analysis and drafted reply in the store; the drafts list
 * with 5,000 drafts rendered (React to HTML string, first page); the checker per keystroke while typing.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { analyzeReview } from '../../lib/analysis';
import { checkReply, composeReply, isManagerAdvice } from '../../lib/reply';
import { createPanelStore } from '../../lib/panel/store';
import type { PanelApi } from '../../lib/panel/api';
import { DEFAULT_SETTINGS, summarizeDraft, type Draft } from '../../lib/storage';
import { filterDrafts } from '../../lib/drafts-io';
import { translator } from '../../lib/i18n';
import { DraftsView, DRAFTS_PAGE_SIZE } from '../../components/DraftsView';
import type { ReviewSnapshot } from '../../lib/review';

const ok = <T,>(data: T) => ({ ok: true as const, data });
const review: ReviewSnapshot = {
  platform: 'tripadvisor', id: 'r1', url: 'https://www.tripadvisor.com/x', author: 'Laurent V', rating: 1, title: 'Je modifierai cet avis si vous me remboursez',
  text: "Chambre correcte mais la climatisation faisait du bruit. J'ai demandé le remboursement de deux nuits, il a refusé. Si vous me remboursez les 240 €, je modifierai cet avis. Sinon je publierai la même chose sur Google et Booking.",
  date: 'October 2026', machineTranslated: false, ownerResponse: null, hasReplyField: true, truncated: false, layoutChanged: [],
};
const api = {
  state: async () => ok({ tabId: 1, target: review, page: null }),
  getDraft: async () => ok(null),
  getSettings: async () => ok({ settings: DEFAULT_SETTINGS, repairedFields: [] }),
} as unknown as PanelApi;
const engines = {
  analyze: analyzeReview,
  compose: (r: ReviewSnapshot, a: Parameters<typeof composeReply>[1], s: Parameters<typeof composeReply>[2], o: Parameters<typeof composeReply>[3]) =>
    composeReply({ text: r.text, title: r.title, author: r.author, rating: r.rating, platform: r.platform }, a, s, o),
  isAdvice: isManagerAdvice,
  check: checkReply,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** nearest-rank percentile */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** The same three figures in the built extension, in Chromium (skipped with a note when either is missing). */
async function runInBrowser(): Promise<void> {
  const { launchWithTact } = await import('../lib/chromium');
  const { fixturePages, fixtureUrl } = await import('../../tests/fixtures/pages');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const userDataDir = mkdtempSync(join(tmpdir(), 'tact-bench-'));
  let launched;
  try {
    launched = await launchWithTact({ userDataDir, pages: fixturePages(), headless: true });
  } catch (error) {
    console.log(`[panel] browser figures skipped: ${String(error).split('\n')[0]}`);
    rmSync(userDataDir, { recursive: true, force: true });
    return;
  }
  const { context, extensionId, serviceWorker } = launched;
  try {
    const page = await context.newPage();
    await page.goto(fixtureUrl('tripadvisor/hotel-review_2026-11.html'));
    const buttons = page.getByRole('button', { name: /tact/i });
    await buttons.first().waitFor();
    await buttons.first().click();
    const tabId = await serviceWorker.evaluate(async () => {
      for (let wait = 0; wait < 200; wait++) {
        const key = Object.keys(await chrome.storage.session.get(null)).find((k) => k.startsWith('target:'));
        if (key) return Number(key.split(':')[1]);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the click on Tact did not reach the background');
    });
    // The panel in a window of its own, as the real side panel sits beside a visible page: a click sent to a
    // hidden tab waited ~2 s in Playwright's own checks (measured below as "delivering the click")
    const panelOpened = context.waitForEvent('page');
    await serviceWorker.evaluate((url) => chrome.windows.create({ url, focused: false, width: 420, height: 900 }), `sidepanel.html?tabId=${tabId}`);
    const panel = await panelOpened;
    await panel.getByTestId('category').waitFor();
    const visibility = `page ${await page.evaluate(() => document.visibilityState)}, panel ${await panel.evaluate(() => document.visibilityState)}`;
    await panel.waitForTimeout(1500); // the idle warm-up, as in a panel left open
    // the page's own time of each click (main world, capture phase: the button's click event is composed)
    await page.evaluate(() => document.addEventListener('click', () => ((window as unknown as { __clickAt?: number }).__clickAt = Date.now()), true));
    const clicks: number[] = [];
    const dispatch: number[] = [];
    const pageToStored: number[] = [];
    const panelSide: number[] = [];
    const count = await buttons.count();
    const order = Array.from({ length: 24 }, (_, k) => 1 + (k % Math.max(1, count - 1)));
    const measureClick = async (i: number) => {
      // timed inside the panel with a MutationObserver: a hidden tab's timers are throttled to 1 Hz
      await panel.evaluate(() => {
        const previous = document.querySelector('[data-testid="review-text"]')?.textContent;
        const w = window as unknown as { __renderedAt?: number; __targetAt?: number; __listening?: boolean };
        w.__renderedAt = undefined;
        w.__targetAt = undefined;
        if (!w.__listening) {
          w.__listening = true;
          // when the background stored the clicked review: what comes before is the page's content script
          chrome.storage.session.onChanged.addListener((changes) => {
            if (w.__targetAt === undefined && Object.keys(changes).some((key) => key.startsWith('target:'))) w.__targetAt = Date.now();
          });
        }
        const observer = new MutationObserver(() => {
          const text = document.querySelector('[data-testid="review-text"]')?.textContent;
          const reply = (document.querySelector('[data-testid="reply-editor"]') as HTMLTextAreaElement | null)?.value ?? '';
          if (text !== previous && document.querySelector('[data-testid="category"]') && reply.length > 0) {
            w.__renderedAt = Date.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const start = Date.now();
      await buttons.nth(i).click({ noWaitAfter: true });
      const { renderedAt, targetAt } = await (async () => {
        for (let wait = 0; wait < 100; wait++) {
          const at = await panel.evaluate(() => {
            const w = window as unknown as { __renderedAt?: number; __targetAt?: number };
            return { renderedAt: w.__renderedAt, targetAt: w.__targetAt };
          });
          if (at.renderedAt) return { renderedAt: at.renderedAt, targetAt: at.targetAt ?? start };
          await new Promise((r) => setTimeout(r, 20));
        }
        return { renderedAt: Number.NaN, targetAt: start };
      })();
      const clickAt = (await page.evaluate(() => (window as unknown as { __clickAt?: number }).__clickAt)) ?? start;
      return { total: renderedAt - start, dispatch: clickAt - start, pageToStored: targetAt - clickAt, panelSide: renderedAt - targetAt };
    };
    for (const i of order) {
      const one = await measureClick(i);
      clicks.push(one.total);
      dispatch.push(one.dispatch);
      pageToStored.push(one.pageToStored);
      panelSide.push(one.panelSide);
    }
    const spread = (values: number[]) => `median ${median(values)} ms, p95 ${percentile(values, 0.95)} ms, max ${Math.max(...values)} ms`;
    console.log(`[panel] browser: click on Tact's button → analysis and draft rendered in the open panel (${visibility}), ${clicks.length} clicks over ${count - 1} reviews (target ≤ 300 ms): ${spread(clicks)}`);
    console.log(`[panel]   Tact's own part, the page's click → rendered: ${spread(clicks.map((total, k) => total - dispatch[k]!))}`);
    console.log(`[panel]   of which Playwright delivering the click to the page (the bench's own tool, not Tact): ${spread(dispatch)}`);
    console.log(`[panel]   of which the page's click → review stored by the background (content script, messaging, worker): ${spread(pageToStored)}`);
    console.log(`[panel]   of which the panel (review stored → analysed, drafted, rendered): ${spread(panelSide)}`);
    // After 30 s idle Chrome stops the worker: the next click starts it (its script includes the analysis for the badge)
    const coldCdp = await context.newCDPSession(panel);
    await coldCdp.send('ServiceWorker.enable');
    const cold: { total: number; dispatch: number; pageToStored: number; panelSide: number }[] = [];
    for (let k = 0; k < 5; k++) {
      await coldCdp.send('ServiceWorker.stopAllWorkers');
      await panel.waitForTimeout(500);
      cold.push(await measureClick(1 + ((k + 1) % Math.max(1, count - 1))));
    }
    await coldCdp.detach();
    console.log(`[panel] browser: the same click when the worker was asleep (stopped as after 30 s idle), ${cold.length} clicks: ${spread(cold.map((c) => c.total))}; page's click → review stored (worker start included) ${spread(cold.map((c) => c.pageToStored))}; panel ${spread(cold.map((c) => c.panelSide))}`);

    // 5,000 drafts as a Tact from before the drafts index left them: each with its review and three versions
    await panel.evaluate(async (n) => {
      const items: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        items[`draft:tripadvisor:b${i}`] = {
          key: `tripadvisor:b${i}`, platform: 'tripadvisor', reviewId: `b${i}`, url: 'https://www.tripadvisor.com/x',
          review: {
            platform: 'tripadvisor', id: `b${i}`, url: 'https://www.tripadvisor.com/x', author: `Guest ${i}`, rating: 2, title: 'Clim bruyante',
            text: `Chambre correcte mais la climatisation faisait du bruit toute la nuit, séjour ${i}. `.repeat(4), date: 'October 2026',
            machineTranslated: false, ownerResponse: null, hasReplyField: true, truncated: false, layoutChanged: [],
          },
          versions: [1, 2, 3].map((v) => ({ text: `Bonjour, merci pour votre retour ${i}. Nous avons corrigé la climatisation. (${v})`, savedAt: i })),
          createdAt: i, updatedAt: i,
        };
      }
      await chrome.storage.local.set(items);
    }, 5000);
    const bytes = await panel.evaluate(() => chrome.storage.local.getBytesInUse(null));
    // nav click → the list's first page and its count shown, timed inside the panel
    const timeDraftsOpen = (target: typeof panel) =>
      target.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            // no named helpers in here: tsx would wrap them with a __name() the page does not have
            const observer = new MutationObserver(() => {
              if (document.querySelectorAll('[data-testid="draft-item"]').length === 0) return;
              if (!/5[\s,.\u202f\u00a0]?00\d/.test(document.querySelector('[data-testid="drafts-count"]')?.textContent ?? '')) return;
              observer.disconnect();
              resolve(Math.round(performance.now() - start));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => resolve(-1), 20_000); // never shown: printed as -1 rather than hanging the bench
            (document.querySelector('[data-testid="nav-drafts"]') as HTMLButtonElement).click();
          }),
      );
    const freshPanel = async () => {
      const opened = await context.newPage();
      await opened.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await opened.getByTestId('nav-drafts').waitFor();
      await opened.waitForTimeout(300); // the panel's own start (settings, state) is not part of the list
      return opened;
    };
    // the worker built an (empty) index at install and keeps it in memory: drop both, as an older Tact would
    // have left things, by removing the index and stopping the worker (Chrome stops it after 30 s idle anyway)
    const cdp = await context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await panel.waitForTimeout(300);
    };
    await panel.evaluate(() => chrome.storage.local.remove(['draftIndex', 'draftIndex$', 'draftIndexHead']));
    await stopWorker();
    // 1. the index is missing when the list is first opened: it is rebuilt on the spot (a damaged index)
    const onTheSpot = await timeDraftsOpen(panel);
    const lists: number[] = [];
    for (let i = 0; i < 3; i++) {
      await panel.getByTestId('nav-review').click();
      lists.push(await timeDraftsOpen(panel));
    }
    const reads: number[] = [];
    for (let i = 0; i < 3; i++) {
      reads.push(
        Math.round(
          await panel.evaluate(async () => {
            const start = performance.now();
            await chrome.runtime.sendMessage({ type: 'draft:summaries' });
            return performance.now() - start;
          }),
        ),
      );
    }
    // 2. the worker slept (Chrome stops it after 30 s idle) and a new panel opens the list: the index is read from storage
    await stopWorker();
    const afterSleep = await timeDraftsOpen(await freshPanel());
    // 3. the browser starts with drafts but no index (as after an update from a Tact without it): the worker
    //    rebuilds it at startup (onStartup; onInstalled on an update), before the manager opens the list
    await panel.evaluate(() => chrome.storage.local.remove(['draftIndex', 'draftIndex$', 'draftIndexHead']));
    await context.close();
    const relaunched = await launchWithTact({ userDataDir, pages: fixturePages(), headless: true });
    const startedAt = Date.now();
    await relaunched.serviceWorker.evaluate(async () => {
      for (let wait = 0; wait < 400 && !Array.isArray((await chrome.storage.local.get('draftIndex')).draftIndex); wait++) await new Promise((r) => setTimeout(r, 25));
    });
    const rebuildMs = Date.now() - startedAt;
    const restartedPanel = await relaunched.context.newPage();
    await restartedPanel.goto(`chrome-extension://${relaunched.extensionId}/sidepanel.html`);
    await restartedPanel.getByTestId('nav-drafts').waitFor();
    await restartedPanel.waitForTimeout(300);
    const afterUpdate = await timeDraftsOpen(restartedPanel);
    await relaunched.context.close();
    console.log(`[panel] browser: 5,000 drafts (review + 3 versions each, ${(bytes / 1e6).toFixed(1)} MB stored); reading their summaries from the background: median ${median(reads)} ms`);
    console.log(`[panel] browser: drafts list first open (target ≤ 200 ms): after a browser start with no index (rebuilt by the worker at startup/update, ready ~${rebuildMs} ms after launch, before any open) ${afterUpdate} ms; after the worker slept (first page from the head item, the whole index read meanwhile) ${afterSleep} ms; index and head both missing at the moment of opening (damaged: rebuilt on the spot from 5,000 keys) ${onTheSpot} ms; reopened median ${median(lists)} ms`);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  // click → analysis + draft (first run includes rule compilation, like a fresh panel)
  const clicks: number[] = [];
  for (let i = 0; i < 20; i++) {
    const store = createPanelStore({ api, engines, browserLanguage: 'fr' });
    const start = performance.now();
    await store.getState().init({ tabId: 1 });
    clicks.push(performance.now() - start);
    if (!store.getState().replyText) throw new Error('no draft composed');
  }
  console.log(`[panel] click → analysis + draft: cold (rules compiled on first use) ${clicks[0]!.toFixed(1)} ms, then median ${median(clicks.slice(1)).toFixed(1)} ms, max ${Math.max(...clicks.slice(1)).toFixed(1)} ms (target ≤ 300 ms)`);

  const drafts: Draft[] = Array.from({ length: 5000 }, (_, i) => ({
    key: `tripadvisor:r${i}`, platform: 'tripadvisor', reviewId: `r${i}`, url: '', review: { ...review, id: `r${i}`, author: `Guest ${i}` },
    versions: [{ text: `Bonjour, merci pour votre retour numéro ${i}. Nous avons corrigé la climatisation.`, savedAt: i }], createdAt: i, updatedAt: i,
  }));
  const summaries = drafts.map(summarizeDraft);
  const t = translator('fr');
  const renders: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const shown = filterDrafts(summaries, i % 2 ? 'climatisation' : '');
    renderToString(createElement(DraftsView, { t, drafts: shown, query: '', shown: DRAFTS_PAGE_SIZE, uiLang: 'fr', onQuery() {}, onMore() {}, onOpen() {}, onDelete() {}, onExport() {}, onImport() {} }));
    renders.push(performance.now() - start);
  }
  console.log(`[panel] drafts list, 5,000 draft summaries (filter + first ${DRAFTS_PAGE_SIZE} rendered): median ${median(renders).toFixed(1)} ms (target ≤ 200 ms)`);

  let text = '';
  const keystrokes: number[] = [];
  const sentence = 'Bonjour Laurent, merci pour votre message. Nous ne donnons pas suite à ce type de demande. ';
  for (let i = 0; i < 600; i++) {
    text += sentence[i % sentence.length];
    const start = performance.now();
    checkReply(text, { platform: 'tripadvisor', reviewText: review.text, lang: 'fr', uiLang: 'fr' });
    keystrokes.push(performance.now() - start);
  }
  const sorted = [...keystrokes].sort((a, b) => a - b);
  const p99 = sorted[Math.floor(sorted.length * 0.99)]!;
  const over = keystrokes.filter((ms) => ms >= 16).length;
  console.log(`[panel] live check per keystroke (600 keystrokes): median ${median(keystrokes).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms, ${over} over 16 ms (target < 16 ms)`);
  await runInBrowser();
}
