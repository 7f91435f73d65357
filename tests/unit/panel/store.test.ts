import { describe, expect, it, vi } from 'vitest';
import { analyzeReview } from '@/lib/analysis';
import { checkReply, composeReply, isManagerAdvice } from '@/lib/reply';
import type { PanelApi } from '@/lib/panel/api';
import type { PanelEngines } from '@/lib/panel/engines';
import { createPanelStore } from '@/lib/panel/store';
import { DEFAULT_SETTINGS, summarizeDraft, type Draft } from '@/lib/storage';
import { fail, ok } from '@/lib/messages';
import { review } from '../core/helpers';

const engines: PanelEngines = {
  analyze: analyzeReview,
  compose: (r, a, s, o) => composeReply({ text: r.text, title: r.title, author: r.author, rating: r.rating, platform: r.platform }, a, s, o),
  isAdvice: isManagerAdvice,
  check: checkReply,
};

function fakeApi(overrides: Partial<PanelApi> = {}) {
  const saved: string[] = [];
  const drafts = new Map<string, Draft>();
  const api: PanelApi = {
    state: async () => ok({ tabId: 7, target: review(), page: null }),
    getDraft: async (key) => ok(drafts.get(key) ?? null),
    saveDraft: async (d) => {
      saved.push(d.text);
      const draft: Draft = { key: d.key, platform: d.platform, reviewId: d.reviewId, url: d.url, review: null, versions: [{ text: d.text, savedAt: 1 }], createdAt: 1, updatedAt: 1 };
      drafts.set(d.key, draft);
      return ok(draft);
    },
    listDrafts: async () => ok([...drafts.values()]),
    listDraftSummaries: async () => ok([...drafts.values()].map(summarizeDraft)),
    draftIndexHead: async () => ok(null),
    deleteDraft: async () => ok(null),
    importDrafts: async () => ok({ added: [], updated: [], skipped: [] }),
    insert: async () => ok(null),
    undo: async () => ok(null),
    deleteAll: async () => ok(null),
    getSettings: async () => ok({ settings: { ...DEFAULT_SETTINGS, managerName: 'Claire', managerRole: 'Directrice' }, repairedFields: [] }),
    setSettings: async () => ok(null),
    saveIncident: async () => ok(null),
    listIncidents: async () => ok({ incidents: [], dropped: 0 }),
    deleteIncident: async () => ok(null),
    ...overrides,
  };
  return { api, saved, drafts };
}

describe('panel store', () => {
  it('opens the tab target, analyses it and drafts a reply that passes the checker without errors', async () => {
    const { api } = fakeApi();
    const store = createPanelStore({ api, engines, browserLanguage: 'en-US', autosaveDelayMs: 5 });
    await store.getState().init({ tabId: 7 });
    const state = store.getState();
    expect(state.target?.review.id).toBe('r-1');
    expect(state.analysis?.category).toBe('complaint');
    expect(state.replyText.length).toBeGreaterThan(20);
    expect(state.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('saves what the manager types, restores it on the next open, and keeps the text when a save fails', async () => {
    let full = false;
    const base = fakeApi();
    const { api } = fakeApi({ ...base.api, saveDraft: async (d) => (full ? fail('Storage is full: the text was not saved.') : base.api.saveDraft(d)) });
    const store = createPanelStore({ api, engines, browserLanguage: 'en', autosaveDelayMs: 5 });
    await store.getState().init({ tabId: 7 });
    store.getState().typeReply('Thank you, we fixed the noise.');
    await store.getState().flushDraft();
    expect(base.saved).toEqual(['Thank you, we fixed the noise.']);
    const again = createPanelStore({ api, engines, browserLanguage: 'en' });
    await again.getState().init({ tabId: 7 });
    expect(again.getState().replyText).toBe('Thank you, we fixed the noise.');
    full = true;
    again.getState().typeReply('Typed while the disk is full');
    await again.getState().flushDraft();
    expect(again.getState().saveStatus).toBe('error');
    expect(again.getState().saveError).toMatch(/Storage is full/);
    expect(again.getState().replyText).toBe('Typed while the disk is full');
  });

  it('flags what the checker finds as the manager types and blocks Insert on errors', async () => {
    const inserted: string[] = [];
    const { api } = fakeApi({ insert: async (_tab, _id, text) => (inserted.push(text), ok(null)) });
    const store = createPanelStore({ api, engines, browserLanguage: 'en' });
    await store.getState().init({ tabId: 7 });
    store.getState().typeReply('Write to me at claire@hotel-example.com and we will give you a free night if you remove this review.');
    expect(store.getState().findings.some((f) => f.severity === 'error')).toBe(true);
    await store.getState().insert();
    expect(inserted).toEqual([]);
    expect(store.getState().notice?.key).toBe('reply.insertBlocked');
    store.getState().typeReply('Thank you for your feedback about the noise; we have fixed the window.');
    await store.getState().insert();
    expect(inserted).toHaveLength(1);
    expect(store.getState().inserted).toBe(true);
  });

  it('checks the reply against the strategy it follows: no apology is asked of a blackmail reply', async () => {
    const strategies: (string | undefined)[] = [];
    const spying: PanelEngines = { ...engines, check: (text, options) => (strategies.push(options.strategy), checkReply(text, options)) };
    const blackmail = review({ text: 'Service lent et plat froid. Remboursez le repas avant vendredi, sinon je publie un avis à une étoile sur Google et TripAdvisor.' });
    const { api } = fakeApi({ state: async () => ok({ tabId: 7, target: blackmail, page: null }) });
    const store = createPanelStore({ api, engines: spying, browserLanguage: 'en', autosaveDelayMs: 5 });
    await store.getState().init({ tabId: 7 });
    expect(store.getState().analysis?.category).toBe('blackmail');
    expect(strategies.at(-1)).toBe('blackmail_protocol');
    store.getState().typeReply('Bonjour, merci pour votre message. Nous ne proposons aucun avantage en échange d’un avis. Cordialement, Claire');
    expect(strategies.at(-1)).toBe('blackmail_protocol');
    expect(store.getState().findings.some((f) => /apologi/.test(f.message))).toBe(false);
  });

  it("warns when the reply repeats another reply on the page, not the review's own earlier reply", async () => {
    const earlier = 'Dear Anna, thank you for your kind words about the breakfast and the garden. We are delighted you enjoyed your stay and hope to welcome you back to the Villa soon. Kind regards, Claire';
    const other = review({ id: 'r-2', ownerResponse: earlier });
    const own = review({ ownerResponse: 'Dear guest, thank you for your review about the noise on the first night and the slow breakfast service.' });
    const page = { url: own.url, reviews: [own, other], layoutChanged: [], updatedAt: 1 };
    const { api } = fakeApi({ state: async () => ok({ tabId: 7, target: own, page }) });
    const store = createPanelStore({ api, engines, browserLanguage: 'en', autosaveDelayMs: 5 });
    await store.getState().init({ tabId: 7 });
    store.getState().typeReply(earlier.replace('Anna', 'Tom'));
    expect(store.getState().findings.map((f) => f.rule)).toContain('duplicate');
    store.getState().typeReply(own.ownerResponse ?? '');
    expect(store.getState().findings.map((f) => f.rule)).not.toContain('duplicate');
  });

  it('the facts toggle switches to firm_and_factual; another wording changes the text', async () => {
    const { api } = fakeApi();
    const store = createPanelStore({ api, engines, browserLanguage: 'en' });
    await store.getState().init({ tabId: 7 });
    store.getState().setHasFacts(true);
    expect(store.getState().analysis?.strategy).toBe('firm_and_factual');
    const before = store.getState().replyText;
    store.getState().anotherWording();
    expect(store.getState().variant).toBe(1);
    expect(store.getState().replyText).not.toBe(before);
  });

  it('paste mode keys the draft by a hash of the text and never inserts', async () => {
    const { api, drafts } = fakeApi({ state: async () => ok({ tabId: null, target: null, page: null }) });
    const store = createPanelStore({ api, engines, browserLanguage: 'fr-FR', autosaveDelayMs: 5 });
    await store.getState().init({});
    expect(store.getState().uiLang).toBe('fr');
    store.getState().setPasteText('Bonjour, offrez-moi deux nuits ou je publie un avis à une étoile sur TripAdvisor.');
    await store.getState().analysePaste();
    const state = store.getState();
    expect(state.target?.review.id).toMatch(/^paste:[0-9a-f]{32}$/);
    expect(state.analysis?.category).toBe('blackmail');
    state.typeReply('Bonjour, nous ne donnons pas suite.');
    await store.getState().flushDraft();
    expect([...drafts.keys()]).toEqual([`other:${state.target!.review.id}`]);
    await store.getState().insert();
    expect(store.getState().notice?.key).toBe('reply.insertNoPage');
  });

  it('a review:update (text completed after the click) keeps the draft and its save status', async () => {
    let text = 'The room was noisy';
    const base = fakeApi();
    const { api } = fakeApi({ ...base.api, state: async () => ok({ tabId: 7, target: review({ text }), page: null }) });
    const store = createPanelStore({ api, engines, browserLanguage: 'en', autosaveDelayMs: 5 });
    await store.getState().init({ tabId: 7 });
    store.getState().typeReply('Thank you for telling us.');
    text = 'The room was noisy and the breakfast cold. (expanded)';
    await store.getState().refreshFromTab(7);
    expect(store.getState().target?.review.text).toContain('(expanded)');
    expect(store.getState().replyText).toBe('Thank you for telling us.');
    await store.getState().flushDraft();
    expect(store.getState().saveStatus).toBe('saved');
    expect(base.saved).toEqual(['Thank you for telling us.']);
  });

  it('the drafts list shows the newest page and the whole count from the small head at once, then the whole list', async () => {
    const summaries = Array.from({ length: 300 }, (_, i) => summarizeDraft({ key: `google:k${i}`, platform: 'google', reviewId: `k${i}`, url: '', review: null, versions: [{ text: `t${i}`, savedAt: i }], createdAt: i, updatedAt: 300 - i }));
    let release!: () => void;
    const wholeArrives = new Promise<void>((r) => (release = r));
    const { api } = fakeApi({
      listDraftSummaries: async () => (await wholeArrives, ok(summaries)),
      draftIndexHead: async () => ok({ total: 300, newest: summaries.slice(0, 100) }),
    });
    const store = createPanelStore({ api, engines, browserLanguage: 'en' });
    const loading = store.getState().loadDrafts();
    await vi.waitFor(() => expect(store.getState().drafts).toHaveLength(100));
    expect(store.getState().draftsTotal).toBe(300);
    release();
    await loading;
    expect(store.getState().drafts).toHaveLength(300);
    expect(store.getState().draftsTotal).toBeNull();
    // reopening starts from the whole list in memory, never back to the head
    await store.getState().loadDrafts();
    expect(store.getState().drafts).toHaveLength(300);
  });

  describe('a review that arrives late never takes the view the manager chose after clicking', () => {
    /** a promise the test resolves when it wants: the background answering late (a cold worker, a busy tab) */
    function deferred<T>() {
      let resolve!: (value: T) => void;
      const promise = new Promise<T>((r) => (resolve = r));
      return { promise, resolve };
    }
    const settle = () => new Promise((r) => setTimeout(r, 0));

    it('the panel opened by a click is still loading when the manager goes to the drafts: they stay there, the review is loaded', async () => {
      const answer = deferred<void>();
      const base = fakeApi();
      const { api } = fakeApi({ ...base.api, state: async () => (await answer.promise, ok({ tabId: 7, target: review(), targetOpenedAt: 1000, page: null })) });
      let clock = 1000;
      const store = createPanelStore({ api, engines, browserLanguage: 'en', now: () => clock });
      const opening = store.getState().init({ tabId: 7 });
      clock = 1200;
      store.getState().setView('drafts');
      answer.resolve();
      await opening;
      const state = store.getState();
      expect(state.view).toBe('drafts');
      expect(state.target?.review.id).toBe('r-1');
      expect(state.replyText.length).toBeGreaterThan(20);
      expect(state.reviewUnseen).toBe(true);
      store.getState().setView('review');
      expect(store.getState().reviewUnseen).toBe(false);
      expect(store.getState().target?.review.id).toBe('r-1');
    });

    it('a click on the page that reaches the panel only after the manager moved (slow worker) does not take the view either', async () => {
      let target = review();
      let openedAt = 1000;
      const { api } = fakeApi({ state: async () => ok({ tabId: 7, target, targetOpenedAt: openedAt, page: null }) });
      let clock = 1000;
      const store = createPanelStore({ api, engines, browserLanguage: 'en', now: () => clock });
      await store.getState().init({ tabId: 7 });
      expect(store.getState().view).toBe('review');
      // 2000: a click on another review's Tact button; 2050: the manager opens Settings; 2400: the panel hears of the click
      target = review({ id: 'r-2', text: 'The breakfast was cold and the coffee machine broken.' });
      openedAt = 2000;
      clock = 2050;
      store.getState().setView('settings');
      clock = 2400;
      await store.getState().refreshFromTab(7);
      expect(store.getState().view).toBe('settings');
      expect(store.getState().target?.review.id).toBe('r-2');
      expect(store.getState().reviewUnseen).toBe(true);
    });

    it('a click on the page after the manager settled in another section does show the review', async () => {
      let target = review();
      let openedAt = 1000;
      const { api } = fakeApi({ state: async () => ok({ tabId: 7, target, targetOpenedAt: openedAt, page: null }) });
      let clock = 1000;
      const store = createPanelStore({ api, engines, browserLanguage: 'en', now: () => clock });
      await store.getState().init({ tabId: 7 });
      clock = 1500;
      store.getState().setView('drafts');
      await settle();
      target = review({ id: 'r-2', text: 'The breakfast was cold and the coffee machine broken.' });
      openedAt = 3000;
      clock = 3100;
      await store.getState().refreshFromTab(7);
      expect(store.getState().view).toBe('review');
      expect(store.getState().target?.review.id).toBe('r-2');
      expect(store.getState().reviewUnseen).toBe(false);
    });

    it('a draft opened from the list while the manager already went to Settings loads without taking the view; a notice shown there stays', async () => {
      const answer = deferred<void>();
      const base = fakeApi();
      await base.api.saveDraft({ key: 'tripadvisor:r-9', platform: 'tripadvisor', reviewId: 'r-9', url: '', text: 'Kept reply', review: review({ id: 'r-9' }) });
      const { api } = fakeApi({
        ...base.api,
        state: async () => ok({ tabId: null, target: null, page: null }),
        getDraft: async (key) => (await answer.promise, base.api.getDraft(key)),
      });
      const store = createPanelStore({ api, engines, browserLanguage: 'en' });
      await store.getState().init({});
      store.getState().setView('drafts');
      const opening = store.getState().openDraft('tripadvisor:r-9');
      store.getState().setView('settings');
      store.getState().setNotice({ kind: 'info', key: 'settings.saved' });
      answer.resolve();
      await opening;
      expect(store.getState().view).toBe('settings');
      expect(store.getState().notice?.key).toBe('settings.saved');
      expect(store.getState().target?.review.id).toBe('r-9');
      // without moving, opening a draft shows it
      store.getState().setView('drafts');
      await store.getState().openDraft('tripadvisor:r-9');
      expect(store.getState().view).toBe('review');
    });

    it('the queue and "Analyse" switch to the review they open', async () => {
      const { api } = fakeApi({ state: async () => ok({ tabId: null, target: null, page: null }) });
      const store = createPanelStore({ api, engines, browserLanguage: 'en' });
      await store.getState().init({});
      store.getState().setView('paste');
      store.getState().setPasteText('The pool was closed all week.');
      await store.getState().analysePaste();
      expect(store.getState().view).toBe('review');
      store.getState().setView('queue');
      await store.getState().openReview(review({ id: 'r-5' }), 7, 'page');
      expect(store.getState().view).toBe('review');
    });
  });
});
