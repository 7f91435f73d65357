import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import * as store from '@/lib/storage';
import { review } from './helpers';

const input = (text: string, key = 'tripadvisor:r-1') => ({ key, platform: 'tripadvisor' as const, reviewId: 'r-1', url: 'https://www.tripadvisor.com/x', text });

describe('drafts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.forgetDraftIndexCache();
  });

  it('appends a version per change, skips unchanged text, keeps the last 20', async () => {
    for (let i = 0; i < 25; i++) await store.saveDraft(input(`text ${i}`), 1000 + i);
    await store.saveDraft(input('text 24'), 5000);
    const draft = await store.getDraft('tripadvisor:r-1');
    expect(draft?.versions).toHaveLength(store.MAX_DRAFT_VERSIONS);
    expect(draft?.versions[0]?.text).toBe('text 5');
    expect(draft?.versions.at(-1)).toEqual({ text: 'text 24', savedAt: 1024 });
    expect(draft?.createdAt).toBe(1000);
    expect(draft?.updatedAt).toBe(5000);
  });

  it('lists drafts newest first and deletes one without touching the others', async () => {
    await store.saveDraft(input('a', 'tripadvisor:a'), 1);
    await store.saveDraft(input('b', 'google:b'), 2);
    expect((await store.listDrafts()).map((d) => d.key)).toEqual(['google:b', 'tripadvisor:a']);
    await store.deleteDraft('google:b');
    expect((await store.listDrafts()).map((d) => d.key)).toEqual(['tripadvisor:a']);
  });

  it('keeps the review snapshot from an earlier save', async () => {
    await store.saveDraft({ ...input('a'), review: review() }, 1);
    await store.saveDraft(input('b'), 2);
    expect((await store.getDraft('tripadvisor:r-1'))?.review?.author).toBe('Marie D');
  });

  it('repairs a damaged draft field by field and keeps every valid version', async () => {
    await fakeBrowser.storage.local.set({
      'draft:tripadvisor:r-9': { key: 'tripadvisor:r-9', platform: 'myspace', versions: [{ text: 'ok one', savedAt: 5 }, { text: 42 }, { text: 'ok two', savedAt: 9 }], createdAt: 'x' },
    });
    const draft = await store.getDraft('tripadvisor:r-9');
    expect(draft?.versions.map((v) => v.text)).toEqual(['ok one', 'ok two']);
    expect(draft?.platform).toBe('other');
    expect(draft?.createdAt).toBe(5);
    expect((await store.listDrafts()).map((d) => d.key)).toEqual(['tripadvisor:r-9']);
  });

  it('drops a draft only when no text at all survives', async () => {
    await fakeBrowser.storage.local.set({ 'draft:x:1': { versions: [{ nope: true }] }, 'draft:x:2': 'garbage' });
    expect(await store.listDrafts()).toEqual([]);
  });

  it('imports without overwriting newer work and reports what it skipped', async () => {
    await store.saveDraft(input('local newer', 'tripadvisor:a'), 500);
    const incoming = (key: string, text: string, at: number): store.Draft => ({
      key,
      platform: 'tripadvisor',
      reviewId: key,
      url: '',
      review: null,
      versions: [{ text, savedAt: at }],
      createdAt: at,
      updatedAt: at,
    });
    const report = await store.importDrafts([incoming('tripadvisor:a', 'older import', 100), incoming('tripadvisor:b', 'new one', 100)]);
    expect(report.added).toEqual(['tripadvisor:b']);
    expect(report.skipped).toEqual([{ key: 'tripadvisor:a', reason: 'newer-or-same-here' }]);
    expect((await store.getDraft('tripadvisor:a'))?.versions.at(-1)?.text).toBe('local newer');
    const second = await store.importDrafts([incoming('tripadvisor:a', 'newest import', 900)]);
    expect(second.updated).toEqual(['tripadvisor:a']);
    expect((await store.getDraft('tripadvisor:a'))?.versions.at(-1)?.text).toBe('newest import');
  });
});

describe('settings and incidents', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.forgetDraftIndexCache();
  });

  it('returns the defaults when nothing is stored', async () => {
    expect(await store.getSettings()).toEqual({ settings: store.DEFAULT_SETTINGS, repairedFields: [] });
  });

  it('repairs damaged settings field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...store.DEFAULT_SETTINGS, managerName: 'Paul', tone: 'angry', sites: 'x' } });
    const { settings, repairedFields } = await store.getSettings();
    expect(settings.managerName).toBe('Paul');
    expect(settings.tone).toBe('warm');
    expect(repairedFields.sort()).toEqual(['sites', 'tone']);
  });

  it('refuses to store invalid settings', async () => {
    await expect(store.setSettings({ ...store.DEFAULT_SETTINGS, tone: 'angry' as 'warm' })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('keeps the valid incidents of a damaged list', async () => {
    const record: store.EvidenceRecord = {
      id: 'i1', platform: 'google', pageUrl: 'https://www.google.com/maps/x', reviewId: 'g1', author: 'A', rating: 1, reviewDate: '', text: 't',
      capturedAt: '2026-11-24T21:00:00.000Z', sha256: 'a'.repeat(64), signals: [], notes: '',
    };
    await fakeBrowser.storage.local.set({ incidents: [record, { id: 'bad' }] });
    expect(await store.listIncidents()).toEqual({ incidents: [record], dropped: 1 });
    await store.saveIncident({ ...record, id: 'i2' });
    await store.deleteIncident('i1');
    expect((await store.listIncidents()).incidents.map((i) => i.id)).toEqual(['i2']);
  });

  it('deletes all data in both areas', async () => {
    await store.saveDraft(input('a'), 1);
    await store.setPanelTarget(3, review());
    await store.deleteAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await store.getPanelTarget(3)).toBeNull();
  });
});

describe('drafts index', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.forgetDraftIndexCache();
  });

  it('follows saves, deletes and imports, newest first', async () => {
    await store.saveDraft({ ...input('first', 'tripadvisor:a'), review: review({ author: 'Ana' }) }, 1);
    await store.saveDraft(input('second', 'google:b'), 2);
    await store.saveDraft({ ...input('first, edited', 'tripadvisor:a') }, 3);
    expect((await store.listDraftSummaries()).map((s) => `${s.key}:${s.excerpt}:${s.author}:${s.versionCount}`)).toEqual([
      'tripadvisor:a:first, edited:Ana:2',
      'google:b:second::1',
    ]);
    await store.deleteDraft('google:b');
    expect((await store.listDraftSummaries()).map((s) => s.key)).toEqual(['tripadvisor:a']);
  });

  it('is rebuilt from the drafts when missing or damaged, without losing any', async () => {
    await store.saveDraft(input('kept', 'tripadvisor:a'), 1);
    await fakeBrowser.storage.local.remove('draftIndex');
    await fakeBrowser.storage.local.set({ 'draft:google:z': { key: 'google:z', platform: 'google', reviewId: 'z', url: '', review: null, versions: [{ text: 'older format', savedAt: 5 }], createdAt: 5, updatedAt: 5 } });
    store.forgetDraftIndexCache(); // as after a worker restart
    expect((await store.listDraftSummaries()).map((s) => s.key)).toEqual(['google:z', 'tripadvisor:a']);
    await store.draftIndexSettled(); // the list is answered before the rebuilt index is written
    expect(Array.isArray((await fakeBrowser.storage.local.get('draftIndex')).draftIndex)).toBe(true);
    await fakeBrowser.storage.local.set({ draftIndex: [{ key: 'broken' }, ...((await fakeBrowser.storage.local.get('draftIndex')).draftIndex as unknown[])] });
    store.forgetDraftIndexCache();
    expect((await store.listDraftSummaries()).map((s) => s.key)).toEqual(['google:z', 'tripadvisor:a']);
  });

  it('a rebuild reads the drafts once, not once more to write the index it just built', async () => {
    for (let i = 0; i < 3; i++) await store.saveDraft(input(`t${i}`, `google:k${i}`), i);
    await fakeBrowser.storage.local.remove(['draftIndex', 'draftIndex$']);
    store.forgetDraftIndexCache();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      expect(await store.listDraftSummaries()).toHaveLength(3);
      await store.draftIndexSettled();
      // every draft read at once (get(null)) happens exactly once for the whole rebuild
      expect(get.mock.calls.filter(([keys]) => keys === null || keys === undefined)).toHaveLength(1);
    } finally {
      get.mockRestore();
    }
  });

  it('is rebuilt ahead of time when missing (after an update from a Tact without it), and only then', async () => {
    await store.saveDraft(input('kept', 'tripadvisor:a'), 1);
    expect(await store.ensureDraftIndex()).toBe(false);
    await fakeBrowser.storage.local.remove(['draftIndex', 'draftIndex$']);
    await fakeBrowser.storage.local.set({ 'draft:google:z': { key: 'google:z', platform: 'google', reviewId: 'z', url: '', review: null, versions: [{ text: 'older format', savedAt: 5 }], createdAt: 5, updatedAt: 5 } });
    store.forgetDraftIndexCache();
    expect(await store.ensureDraftIndex()).toBe(true);
    const stored = (await fakeBrowser.storage.local.get('draftIndex')).draftIndex as { key: string }[];
    expect(stored.map((summary) => summary.key).sort()).toEqual(['google:z', 'tripadvisor:a']);
  });

  it('keeps the newest page and the count in a small head item that always agrees with the index', async () => {
    for (let i = 0; i < 105; i++) await store.saveDraft(input(`t${i}`, `google:k${i}`), i);
    let head = await store.readDraftIndexHead();
    expect(head?.total).toBe(105);
    expect(head?.newest).toHaveLength(store.DRAFT_INDEX_HEAD);
    expect(head?.newest[0]?.key).toBe('google:k104');
    await store.deleteDraft('google:k104');
    head = await store.readDraftIndexHead();
    expect(head?.total).toBe(104);
    expect(head?.newest[0]?.key).toBe('google:k103');
    // rebuilt with the index
    await fakeBrowser.storage.local.remove(['draftIndex', 'draftIndexHead']);
    store.forgetDraftIndexCache();
    await store.listDraftSummaries();
    await store.draftIndexSettled();
    expect((await store.readDraftIndexHead())?.total).toBe(104);
    // a damaged head is ignored (the whole index answers)
    await fakeBrowser.storage.local.set({ draftIndexHead: { total: 'many' } });
    expect(await store.readDraftIndexHead()).toBeNull();
  });

  it('keeps every save when several land at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.saveDraft(input(`t${i}`, `google:k${i}`), i)));
    expect(await store.listDraftSummaries()).toHaveLength(20);
  });
});
