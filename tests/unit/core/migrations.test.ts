/**
 * The migration harness: write an old value and its version meta into the fake browser exactly as an
 * older Tact left them, then read through the current code. To add v2: bump STORAGE_VERSIONS.x, add the
 * migration, and add a row to the table below with a frozen v1 value and the expected v2 value.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import * as store from '@/lib/storage';

/** Frozen copy of a v1 draft as stored (do not change: it is what users have on disk). */
const DRAFT_V1 = {
  key: 'google:abc',
  platform: 'google',
  reviewId: 'abc',
  url: 'https://www.google.com/maps/place/x',
  review: null,
  versions: [{ text: 'Merci pour votre retour.', savedAt: 1_790_000_000_000 }],
  createdAt: 1_790_000_000_000,
  updatedAt: 1_790_000_000_000,
};
const SETTINGS_V1 = { ...store.DEFAULT_SETTINGS, establishmentName: 'Hôtel des Arts', managerName: 'Claire' };

async function writeStored(key: string, value: unknown, version: number | null): Promise<void> {
  await fakeBrowser.storage.local.set({ [key]: value, ...(version === null ? {} : { [`${key}$`]: { v: version } }) });
}

describe('storage versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.forgetDraftIndexCache();
  });

  it('reads a v1 draft written with its version meta, through the item and through the list', async () => {
    await writeStored('draft:google:abc', DRAFT_V1, 1);
    expect(await store.getDraft('google:abc')).toEqual(DRAFT_V1);
    expect(await store.listDrafts()).toEqual([DRAFT_V1]);
  });

  it('reads a draft written before versions existed (no meta) as v1', async () => {
    await writeStored('draft:google:abc', DRAFT_V1, null);
    expect(await store.getDraft('google:abc')).toEqual(DRAFT_V1);
  });

  it('reads v1 settings and incidents', async () => {
    await writeStored('settings', SETTINGS_V1, 1);
    await writeStored('incidents', [], 1);
    expect((await store.getSettings()).settings).toEqual(SETTINGS_V1);
    expect((await store.listIncidents()).incidents).toEqual([]);
  });

  it('a draft saved now reads back as the current version (WXT: no meta means v1)', async () => {
    await store.saveDraft({ key: 'google:abc', platform: 'google', reviewId: 'abc', url: '', text: 'x' }, 1);
    const meta = (await fakeBrowser.storage.local.get('draft:google:abc$'))['draft:google:abc$'] as { v?: number } | undefined;
    expect(meta?.v ?? 1).toBe(store.STORAGE_VERSIONS.draft);
    expect((await store.listDrafts())[0]?.versions).toEqual([{ text: 'x', savedAt: 1 }]);
  });

  it('v1 repair path: a v1 draft with one broken field keeps its text', async () => {
    await writeStored('draft:google:abc', { ...DRAFT_V1, updatedAt: 'yesterday' }, 1);
    const draft = await store.getDraft('google:abc');
    expect(draft?.versions).toEqual(DRAFT_V1.versions);
    expect(draft?.updatedAt).toBe(DRAFT_V1.versions[0]!.savedAt);
  });
});

describe('runMigrations (the path a v2 will take)', () => {
  afterEach(() => {
    for (const key of Object.keys(store.DRAFT_MIGRATIONS)) delete store.DRAFT_MIGRATIONS[Number(key)];
  });

  it('applies each step from the stored version to the current one, in order', () => {
    const steps: store.Migrations = { 2: (v) => ({ ...(v as object), two: true }), 3: (v) => ({ ...(v as object), three: (v as { two?: boolean }).two }) };
    expect(store.runMigrations({ a: 1 }, 1, 3, steps)).toEqual({ a: 1, two: true, three: true });
    expect(store.runMigrations({ a: 1 }, 2, 3, steps)).toEqual({ a: 1, three: undefined });
    expect(store.runMigrations({ a: 1 }, 3, 3, steps)).toEqual({ a: 1 });
  });

  it('leaves the value to zod repair when a step throws', () => {
    const steps: store.Migrations = { 2: () => { throw new Error('bad'); } };
    expect(store.runMigrations({ a: 1 }, 1, 2, steps)).toEqual({ a: 1 });
  });

  it('the current versions are all 1 and no migration is registered yet', () => {
    expect(store.STORAGE_VERSIONS).toEqual({ settings: 1, draft: 1, draftIndex: 1, incidents: 1 });
    expect(Object.keys(store.DRAFT_MIGRATIONS)).toEqual([]);
  });
});
