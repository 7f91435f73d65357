import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { routeMessage, targetFromSelection, type RouterDeps } from '@/lib/router';
import * as store from '@/lib/storage';
import { contentSender, EXT_ID, panelSender, review } from './helpers';

function deps(overrides: Partial<RouterDeps> = {}): RouterDeps & { opened: number[] } {
  const opened: number[] = [];
  return {
    opened,
    extensionId: EXT_ID,
    openPanel: (tabId) => void opened.push(tabId),
    relayToTab: vi.fn(async () => ({ ok: true as const, data: 'relayed' })),
    activeTabId: async () => 7,
    ...overrides,
  };
}

describe('routeMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.forgetDraftIndexCache();
  });

  it('review:open opens the panel synchronously and stores the target', async () => {
    const d = deps();
    const pending = routeMessage({ type: 'review:open', review: review() }, contentSender(7), d);
    expect(d.opened).toEqual([7]); // before any await: inside the user's click
    expect(await pending).toEqual({ ok: true, data: null });
    expect(await store.getPanelTarget(7)).toMatchObject({ id: 'r-1' });
  });

  it('the time of the click travels with the target, so the panel knows whether the manager moved since; a completion keeps it', async () => {
    vi.useFakeTimers({ now: 5000, toFake: ['Date'] });
    try {
      await routeMessage({ type: 'review:open', review: review() }, contentSender(7), deps());
      vi.setSystemTime(9000);
      await routeMessage({ type: 'review:update', review: review({ text: 'The room was noisy and the breakfast cold. (more)' }) }, contentSender(7), deps());
      const answer = await routeMessage({ type: 'panel:state', tabId: 7 }, panelSender(), deps());
      expect(answer).toMatchObject({ ok: true, data: { target: { text: /\(more\)/ }, targetOpenedAt: 5000 } });
      // the content script's time of the click wins over the worker's (a cold worker handles the click late)
      vi.setSystemTime(12_000);
      await routeMessage({ type: 'review:open', review: review({ id: 'r-2' }), clickedAt: 11_000 }, contentSender(7), deps());
      expect(await routeMessage({ type: 'panel:state', tabId: 7 }, panelSender(), deps())).toMatchObject({ data: { targetOpenedAt: 11_000 } });
      // …unless it is in the future or stale
      await routeMessage({ type: 'review:open', review: review({ id: 'r-3' }), clickedAt: 99_000 }, contentSender(7), deps());
      expect(await routeMessage({ type: 'panel:state', tabId: 7 }, panelSender(), deps())).toMatchObject({ data: { targetOpenedAt: 12_000 } });
      // a tab never clicked: no time
      expect(await routeMessage({ type: 'panel:state', tabId: 8 }, panelSender(), deps())).toMatchObject({ ok: true, data: { targetOpenedAt: null } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects a malformed message and changes nothing', async () => {
    const d = deps();
    const answer = await routeMessage({ type: 'review:open', review: { ...review(), text: 42 } }, contentSender(7), d);
    expect(answer.ok).toBe(false);
    expect(d.opened).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('rejects a panel message from a content script and an unknown sender', async () => {
    expect(await routeMessage({ type: 'data:delete-all' }, contentSender(7), deps())).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'draft:list' }, { id: 'x', url: 'https://evil.example' }, deps())).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it('panel:state answers the target and page of the asked tab, else the active tab', async () => {
    await store.setPanelTarget(7, review());
    const answer = await routeMessage({ type: 'panel:state' }, panelSender(), deps());
    expect(answer).toMatchObject({ ok: true, data: { tabId: 7, target: { id: 'r-1' }, page: null } });
    expect(await routeMessage({ type: 'panel:state', tabId: 8 }, panelSender(), deps())).toMatchObject({ ok: true, data: { tabId: 8, target: null } });
  });

  it('saves, lists, imports and deletes drafts; settings and incidents round-trip', async () => {
    const d = deps();
    const draft = { key: 'tripadvisor:r-1', platform: 'tripadvisor', reviewId: 'r-1', url: '', text: 'Bonjour' };
    expect(await routeMessage({ type: 'draft:save', draft }, panelSender(), d)).toMatchObject({ ok: true, data: { key: 'tripadvisor:r-1' } });
    expect(await routeMessage({ type: 'draft:get', key: 'tripadvisor:r-1' }, panelSender(), d)).toMatchObject({ ok: true, data: { versions: [{ text: 'Bonjour' }] } });
    const listed = await routeMessage({ type: 'draft:list' }, panelSender(), d);
    expect(listed.ok && (listed.data as unknown[]).length).toBe(1);
    const settings = { ...store.DEFAULT_SETTINGS, managerName: 'Claire' };
    await routeMessage({ type: 'settings:set', settings }, panelSender(), d);
    expect(await routeMessage({ type: 'settings:get' }, panelSender(), d)).toEqual({ ok: true, data: { settings, repairedFields: [] } });
    await routeMessage({ type: 'draft:delete', key: 'tripadvisor:r-1' }, panelSender(), d);
    expect(await store.getDraft('tripadvisor:r-1')).toBeNull();
  });

  it('relays insert/undo to the tab, or inserts anywhere for a context-menu selection', async () => {
    const insertAnywhere = vi.fn(async () => ({ ok: true as const, data: 'anywhere' }));
    const d = deps({ insertAnywhere });
    expect(await routeMessage({ type: 'reply:insert', tabId: 7, reviewId: 'r-1', text: 'Hi' }, panelSender(), d)).toEqual({ ok: true, data: 'relayed' });
    expect(d.relayToTab).toHaveBeenCalledWith(7, { type: 'reply:insert', reviewId: 'r-1', text: 'Hi' });
    const selection = await targetFromSelection(9, '  Give me a free night or I post a bad review  ', 'https://mail.example/');
    expect(selection?.platform).toBe('other');
    expect(await routeMessage({ type: 'reply:insert', tabId: 9, reviewId: selection!.id, text: 'Hi' }, panelSender(), d)).toEqual({ ok: true, data: 'anywhere' });
    expect(insertAnywhere).toHaveBeenCalledWith(9, 'Hi');
  });

  it('turns a full quota into a clear error', async () => {
    const full = { ...store, saveDraft: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } } as typeof store;
    const answer = await routeMessage({ type: 'draft:save', draft: { key: 'k', platform: 'other', reviewId: '', url: '', text: 'x' } }, panelSender(), deps({ store: full }));
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/Storage is full/) });
  });

  it('page:reviews stores the page and reports it for the badge', async () => {
    const onPageReviews = vi.fn();
    await routeMessage({ type: 'page:reviews', reviews: [review(), review({ id: 'r-2' })], layoutChanged: [] }, contentSender(7), deps({ onPageReviews }));
    expect(onPageReviews).toHaveBeenCalledWith(7, expect.objectContaining({ reviews: expect.any(Array) }));
    expect((await store.getPageReviews(7))?.reviews).toHaveLength(2);
  });

  it('page:reviews from a site the manager switched off is ignored (no queue, no badge)', async () => {
    await store.setSettings({ ...store.DEFAULT_SETTINGS, sites: { tripadvisor: false, google: true } });
    const onPageReviews = vi.fn();
    expect(await routeMessage({ type: 'page:reviews', reviews: [review()], layoutChanged: [] }, contentSender(7), deps({ onPageReviews }))).toEqual({ ok: true, data: null });
    expect(onPageReviews).not.toHaveBeenCalled();
    expect(await store.getPageReviews(7)).toBeNull();
    await routeMessage({ type: 'page:reviews', reviews: [review({ platform: 'google' })], layoutChanged: [] }, contentSender(8, 'https://www.google.com/maps/place/x'), deps({ onPageReviews }));
    expect(onPageReviews).toHaveBeenCalledTimes(1);
  });

  it('targetFromSelection ignores an empty selection', async () => {
    expect(await targetFromSelection(3, '   ', '')).toBeNull();
    expect(await store.getPanelTarget(3)).toBeNull();
  });
});
