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
import { DEFAULT_SETTINGS, type Draft } from '../../lib/storage';
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
  const t = translator('fr');
  const renders: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const shown = filterDrafts(drafts, i % 2 ? 'climatisation' : '');
    renderToString(createElement(DraftsView, { t, drafts: shown, query: '', shown: DRAFTS_PAGE_SIZE, uiLang: 'fr', onQuery() {}, onMore() {}, onOpen() {}, onDelete() {}, onExport() {}, onImport() {} }));
    renders.push(performance.now() - start);
  }
  console.log(`[panel] drafts list, 5,000 drafts (filter + first ${DRAFTS_PAGE_SIZE} rendered): median ${median(renders).toFixed(1)} ms (target ≤ 200 ms)`);

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
}
