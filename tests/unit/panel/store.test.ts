import { describe, expect, it } from 'vitest';
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
});
