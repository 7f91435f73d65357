// @vitest-environment jsdom
/**
 * "Nothing typed is ever lost" while the worker cannot store drafts: the panel keeps every unsaved reply per
 * review (memory + its own localStorage), retries with backoff, and says so.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeReview } from '@/lib/analysis';
import { checkReply, composeReply, isManagerAdvice } from '@/lib/reply';
import { translator } from '@/lib/i18n';
import type { PanelApi } from '@/lib/panel/api';
import type { PanelEngines } from '@/lib/panel/engines';
import { createPanelStore, UNSAVED_RETRY } from '@/lib/panel/store';
import { draftsWithUnsaved, localStorageBackup, UNREADABLE_PREFIX, UNSAVED_PREFIX, type UnsavedBackup } from '@/lib/panel/unsaved';
import { DEFAULT_SETTINGS, summarizeDraft, type Draft } from '@/lib/storage';
import { fail, ok, type DraftInput } from '@/lib/messages';
import { DraftsView } from '@/components/DraftsView';
import { ReplyEditor } from '@/components/ReplyEditor';
import { review } from '../core/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const engines: PanelEngines = {
  analyze: analyzeReview,
  compose: (r, a, s, o) => composeReply({ text: r.text, title: r.title, author: r.author, rating: r.rating, platform: r.platform }, a, s, o),
  isAdvice: isManagerAdvice,
  check: checkReply,
};

const FULL = 'Storage is full: the text was not saved. Copy it, then delete old drafts.';
const A = review();
const B = review({ id: 'r-2', author: 'Paul', text: 'The pool was closed all week.' });
const KEY_A = 'tripadvisor:r-1';
const KEY_B = 'tripadvisor:r-2';

/** The worker as the panel sees it: drafts in a Map; `failing` makes every write fail as a full disk does. */
function fakeWorker() {
  const drafts = new Map<string, Draft>();
  const attempts: DraftInput[] = [];
  const control = { failing: false, rejects: false };
  const api: PanelApi = {
    state: async () => ok({ tabId: 7, target: A, page: null }),
    getDraft: async (key) => ok(drafts.get(key) ?? null),
    saveDraft: async (d) => {
      attempts.push(d);
      if (control.rejects) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (control.failing) return fail(FULL);
      const existing = drafts.get(d.key);
      const versions = existing ? [...existing.versions] : [];
      if (versions.at(-1)?.text !== d.text) versions.push({ text: d.text, savedAt: versions.length + 1 });
      const draft: Draft = { key: d.key, platform: d.platform, reviewId: d.reviewId, url: d.url, review: d.review ?? null, versions, createdAt: 1, updatedAt: versions.length };
      drafts.set(d.key, draft);
      return ok(draft);
    },
    listDrafts: async () => ok([...drafts.values()]),
    listDraftSummaries: async () => (control.failing ? fail(FULL) : ok([...drafts.values()].map(summarizeDraft))),
    draftIndexHead: async () => ok(null),
    deleteDraft: async (key) => (drafts.delete(key), ok(null)),
    importDrafts: async () => ok({ added: [], updated: [], skipped: [] }),
    insert: async () => ok(null),
    undo: async () => ok(null),
    deleteAll: async () => (drafts.clear(), ok(null)),
    getSettings: async () => ok({ settings: DEFAULT_SETTINGS, repairedFields: [] }),
    setSettings: async () => ok(null),
    saveIncident: async () => ok(null),
    listIncidents: async () => ok({ incidents: [], dropped: 0 }),
    deleteIncident: async () => ok(null),
  };
  const stored = (key: string) => drafts.get(key)?.versions.at(-1)?.text;
  return { api, drafts, attempts, control, stored };
}

function panel(api: PanelApi, unsavedBackup: UnsavedBackup | null = localStorageBackup(window.localStorage)) {
  return createPanelStore({ api, engines, browserLanguage: 'en', autosaveDelayMs: 5, unsavedBackup });
}

const savedItems = () => Object.keys(window.localStorage).filter((key) => key.startsWith(UNSAVED_PREFIX));

beforeEach(() => {
  window.localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('switching reviews while storage fails', () => {
  it('keeps the text that never reached storage: it is back when the review is opened again, and the status says so', async () => {
    const { api, control } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('Typed while storage fails');
    await store.getState().flushDraft();
    expect(store.getState().saveStatus).toBe('error');
    // from the page, the queue, a paste: another review replaces the editor
    await store.getState().openReview(B, 7, 'page');
    expect(store.getState().replyText).not.toBe('Typed while storage fails');
    // the manager is told on the other review that a reply is still unsaved
    expect(store.getState().unsaved.map((draft) => draft.key)).toEqual([KEY_A]);
    await store.getState().openReview(A, 7, 'page');
    expect(store.getState().replyText).toBe('Typed while storage fails');
    expect(store.getState().saveStatus).toBe('error');
    expect(store.getState().saveError).toBe(FULL);
  });

  it('keeps one text per review, the newest of each, across several switches and a rejected message', async () => {
    const { api, control } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.rejects = true;
    store.getState().typeReply('A, first');
    store.getState().typeReply('A, second');
    await store.getState().openReview(B, 7, 'page');
    store.getState().typeReply('B, only');
    await store.getState().openReview(A, 7, 'page');
    expect(store.getState().replyText).toBe('A, second');
    expect(store.getState().saveError).toMatch(/Receiving end does not exist/);
    await store.getState().openReview(B, 7, 'page');
    expect(store.getState().replyText).toBe('B, only');
    expect(store.getState().unsaved.map((draft) => [draft.key, draft.text]).sort()).toEqual([
      [KEY_A, 'A, second'],
      [KEY_B, 'B, only'],
    ]);
  });

  it('the drafts list shows the unsaved replies, marked, even a review never stored and when the list cannot be read', async () => {
    const { api, control } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    store.getState().typeReply('Stored earlier');
    await store.getState().flushDraft();
    control.failing = true;
    store.getState().typeReply('Newer, not stored');
    await store.getState().openReview(B, 7, 'page');
    await vi.advanceTimersByTimeAsync(500);
    store.getState().typeReply('Never stored');
    await store.getState().flushDraft();
    await store.getState().loadDrafts(); // fails: storage is down
    const list = draftsWithUnsaved(store.getState().drafts, store.getState().unsaved)!;
    expect(list.map((draft) => [draft.key, draft.excerpt])).toEqual([
      [KEY_B, 'Never stored'],
      [KEY_A, 'Newer, not stored'],
    ]);
    // opened from the list without asking the worker
    await store.getState().openDraft(KEY_A);
    expect(store.getState().target?.review.id).toBe('r-1');
    expect(store.getState().replyText).toBe('Newer, not stored');
  });
});

describe('retry with backoff, then storage comes back', () => {
  it('retries after 1, 2, 4, 8 s then every 15 s, and stores every review’s newest text once storage works', async () => {
    const { api, control, attempts, stored } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('A while full');
    await store.getState().openReview(B, 7, 'page');
    store.getState().typeReply('B while full');
    await store.getState().flushDraft();
    await store.getState().openReview(review({ id: 'r-3', text: 'Lovely staff.' }), 7, 'page');
    const before = attempts.length;
    const roundsWithin = async (ms: number) => {
      const start = attempts.length;
      await vi.advanceTimersByTimeAsync(ms);
      return attempts.length - start;
    };
    // each round stops at the first failure: one attempt per round
    expect(await roundsWithin(UNSAVED_RETRY.firstMs)).toBe(1);
    expect(await roundsWithin(2000)).toBe(1);
    expect(await roundsWithin(4000)).toBe(1);
    expect(await roundsWithin(8000)).toBe(1);
    expect(await roundsWithin(UNSAVED_RETRY.maxMs - 1)).toBe(0);
    expect(await roundsWithin(1)).toBe(1);
    expect(attempts.length - before).toBe(5);
    expect(store.getState().unsaved).toHaveLength(2);
    control.failing = false;
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.maxMs);
    expect(stored(KEY_A)).toBe('A while full');
    expect(stored(KEY_B)).toBe('B while full');
    expect(store.getState().unsaved).toEqual([]);
    expect(savedItems()).toEqual([]);
    // nothing left: no more attempts
    const after = attempts.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts.length).toBe(after);
  });

  it('a save that works again (the manager types) sends the other reviews’ texts at once, and the status turns to saved', async () => {
    const { api, control, stored } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('A while full');
    await store.getState().openReview(B, 7, 'page');
    store.getState().typeReply('B while full');
    await store.getState().flushDraft();
    // let the backoff grow
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    control.failing = false;
    store.getState().typeReply('B, storage back');
    await vi.advanceTimersByTimeAsync(10); // the autosave's delay, not the 8 s backoff
    expect(stored(KEY_B)).toBe('B, storage back');
    expect(stored(KEY_A)).toBe('A while full');
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().unsaved).toEqual([]);
  });

  it('the retry stores the text of the review on screen too, and its status says saved', async () => {
    const { api, control, stored } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('On screen while full');
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().saveStatus).toBe('error');
    control.failing = false;
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.firstMs);
    expect(stored(KEY_A)).toBe('On screen while full');
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('an unsaved reply is stored with the review as the page completed it meanwhile (review:update)', async () => {
    const worker = fakeWorker();
    let text = A.text;
    const api: PanelApi = { ...worker.api, state: async () => ok({ tabId: 7, target: { ...A, text }, page: null }) };
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    worker.control.failing = true;
    store.getState().typeReply('Typed before the text was expanded');
    text = `${A.text} (expanded)`;
    await store.getState().refreshFromTab(7);
    worker.control.failing = false;
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.firstMs);
    expect(worker.drafts.get(KEY_A)!.review?.text).toBe(text);
    expect(worker.stored(KEY_A)).toBe('Typed before the text was expanded');
  });

  it('stores versions in typing order: an old text never lands after a newer one', async () => {
    const { api, control, drafts } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('one');
    await vi.advanceTimersByTimeAsync(10);
    control.failing = false;
    store.getState().typeReply('one two');
    store.getState().typeReply('one two three');
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.firstMs + 10);
    expect(drafts.get(KEY_A)!.versions.map((v) => v.text).at(-1)).toBe('one two three');
    expect(drafts.get(KEY_A)!.versions.map((v) => v.text)).not.toContain('one');
  });
});

describe('a panel closed while storage failed', () => {
  it('a new panel reads the fallback copy: the text is back on its review, marked in Drafts, and stored once storage works', async () => {
    const worker = fakeWorker();
    worker.control.failing = true;
    const first = panel(worker.api);
    await first.getState().init({ tabId: 7 });
    first.getState().typeReply('Typed, then the panel was closed');
    // closed before the autosave even ran: the copy is written with the keystroke
    expect(savedItems()).toEqual([UNSAVED_PREFIX + KEY_A]);
    // the next panel (a new page: its own memory) opens while storage still fails
    const again = panel(worker.api);
    await again.getState().init({ tabId: 7 });
    expect(again.getState().replyText).toBe('Typed, then the panel was closed');
    expect(again.getState().unsaved.map((draft) => draft.key)).toEqual([KEY_A]);
    await again.getState().openReview(B, 7, 'page');
    expect(again.getState().unsaved.map((draft) => draft.key)).toEqual([KEY_A]);
    worker.control.failing = false;
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.maxMs);
    expect(worker.stored(KEY_A)).toBe('Typed, then the panel was closed');
    expect(savedItems()).toEqual([]);
  });

  it('with no copy it could write, the panel says only memory holds the text', async () => {
    const { api, control } = fakeWorker();
    const full: UnsavedBackup = {
      entries: () => [],
      set: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      remove: () => undefined,
      setAside: () => undefined,
      clear: () => undefined,
    };
    const store = panel(api, full);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('Only in memory');
    expect(store.getState().unsavedBackupError).toMatch(/quota/);
    control.failing = false;
    await vi.advanceTimersByTimeAsync(UNSAVED_RETRY.firstMs);
    expect(store.getState().unsavedBackupError).toBeNull();
  });

  it('"Delete all my data" forgets the unsaved copies too; deleting a draft forgets its unsaved text', async () => {
    const { api, control } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    control.failing = true;
    store.getState().typeReply('A');
    await store.getState().openReview(B, 7, 'page');
    store.getState().typeReply('B');
    await store.getState().deleteDraft(KEY_A);
    expect(store.getState().unsaved.map((draft) => draft.key)).toEqual([KEY_B]);
    expect(savedItems()).toEqual([UNSAVED_PREFIX + KEY_B]);
    window.localStorage.setItem(UNREADABLE_PREFIX + 'x', '{');
    await store.getState().deleteAll();
    expect(store.getState().unsaved).toEqual([]);
    expect(Object.keys(window.localStorage)).toEqual([]);
  });
});

describe('"Delete all my data" from the options page', () => {
  it('removes the panel’s unsaved copies once the worker has deleted its data, and keeps them when it could not', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { backgroundApi } = await import('@/lib/panel/api');
    let answer: unknown = { ok: false, error: 'Storage is full' };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(answer));
    window.localStorage.setItem(UNSAVED_PREFIX + KEY_A, '{}');
    window.localStorage.setItem(UNREADABLE_PREFIX + KEY_B, '{');
    window.localStorage.setItem('someone-else', 'kept');
    expect(await backgroundApi.deleteAll()).toEqual({ ok: false, error: 'Storage is full' });
    expect(Object.keys(window.localStorage).sort()).toEqual([UNREADABLE_PREFIX + KEY_B, UNSAVED_PREFIX + KEY_A, 'someone-else'].sort());
    answer = { ok: true, data: null };
    expect(await backgroundApi.deleteAll()).toEqual({ ok: true, data: null });
    expect(Object.keys(window.localStorage)).toEqual(['someone-else']);
    fakeBrowser.reset();
  });
});

describe('a corrupted or hostile fallback copy', () => {
  it('is reported clearly, set aside, never crashes the panel, and the readable texts still come back', async () => {
    const valid = { key: KEY_A, platform: 'tripadvisor', reviewId: 'r-1', url: A.url, text: 'Readable text', review: A, typedAt: 5 };
    const items: Record<string, string> = {
      [KEY_A]: JSON.stringify(valid),
      'tripadvisor:r-2': '{"key": "tripadvisor:r-2", "text": ',
      'tripadvisor:r-3': JSON.stringify({ ...valid, key: 'tripadvisor:r-3', text: 42 }),
      'tripadvisor:r-4': JSON.stringify({ ...valid, key: 'tripadvisor:r-9' }),
      'tripadvisor:r-5': JSON.stringify({ ...valid, key: 'tripadvisor:r-5', text: 'x'.repeat(60_000) }),
      'tripadvisor:r-6': '"'.repeat(1_200_000),
      'tripadvisor:r-7': '{"__proto__": {"polluted": true}, "key": "tripadvisor:r-7"}',
      'tripadvisor:r-8': 'null',
    };
    for (const [key, value] of Object.entries(items)) window.localStorage.setItem(UNSAVED_PREFIX + key, value);
    const { api } = fakeWorker();
    const store = panel(api);
    await store.getState().init({ tabId: 7 });
    expect(store.getState().notice).toMatchObject({ kind: 'error', key: 'unsaved.unreadable', params: { n: 7 } });
    expect(translator('en')('unsaved.unreadable', store.getState().notice!.params)).toMatch(/could not be read \(7: .+\)/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(store.getState().replyText).toBe('Readable text');
    // set aside: kept out of the way, not read (nor reported) again
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith(UNREADABLE_PREFIX))).toHaveLength(7);
    const next = panel(api);
    await next.getState().init({ tabId: 7 });
    expect(next.getState().notice).toBeNull();
  });

  it('a localStorage that throws on every call leaves the panel working in memory', async () => {
    const broken: UnsavedBackup = {
      entries: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      set: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      remove: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setAside: () => undefined,
      clear: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { api, control } = fakeWorker();
    const store = panel(api, broken);
    await store.getState().init({ tabId: 7 });
    expect(store.getState().notice?.key).toBe('unsaved.unreadable');
    control.failing = true;
    store.getState().typeReply('Kept in memory');
    await store.getState().openReview(B, 7, 'page');
    await store.getState().openReview(A, 7, 'page');
    expect(store.getState().replyText).toBe('Kept in memory');
    await store.getState().deleteAll();
    expect(store.getState().unsaved).toEqual([]);
  });
});

describe('what the manager sees', () => {
  function render(element: React.ReactElement): HTMLElement {
    const container = document.createElement('div');
    document.body.append(container);
    act(() => createRoot(container).render(element));
    return container;
  }
  const noop = () => undefined;

  for (const lang of ['en', 'fr'] as const) {
    it(`the editor says other replies are unsaved, and when even the backup failed (${lang})`, () => {
      const t = translator(lang);
      const root = render(
        <ReplyEditor t={t} text="Hello" platform="tripadvisor" saveStatus="idle" saveError={null} canInsert insertBlockedReason={null} inserted={false}
          checkerAvailable composerAvailable findings={[]} onChange={noop} onAnother={noop} onInsert={noop} onUndo={noop} onCopy={noop}
          otherUnsaved={2} backupError="QuotaExceededError" />,
      );
      expect(root.querySelector('[data-testid="unsaved-others"]')!.textContent).toBe(t('reply.otherUnsaved', { n: 2 }));
      expect(root.querySelector('[data-testid="unsaved-others"]')!.textContent).toMatch(lang === 'fr' ? /pas encore enregistrées : 2/ : /not saved yet: 2/);
      expect(root.querySelector('[data-testid="unsaved-backup-failed"]')!.textContent).toContain('QuotaExceededError');
      const quiet = render(
        <ReplyEditor t={t} text="Hello" platform="tripadvisor" saveStatus="saved" saveError={null} canInsert insertBlockedReason={null} inserted={false}
          checkerAvailable composerAvailable findings={[]} onChange={noop} onAnother={noop} onInsert={noop} onUndo={noop} onCopy={noop} otherUnsaved={0} backupError={null} />,
      );
      expect(quiet.querySelector('[data-testid="unsaved-others"], [data-testid="unsaved-backup-failed"]')).toBeNull();
    });
  }

  it('the drafts list marks the unsaved ones', () => {
    const t = translator('fr');
    const drafts = draftsWithUnsaved(
      [summarizeDraft({ key: 'google:g1', platform: 'google', reviewId: 'g1', url: '', review: null, versions: [{ text: 'stored', savedAt: 1 }], createdAt: 1, updatedAt: 1 })],
      [{ key: KEY_A, platform: 'tripadvisor', reviewId: 'r-1', url: A.url, text: 'pas enregistré', review: A, typedAt: 9 }],
    );
    const root = render(
      <DraftsView t={t} drafts={drafts} query="" shown={100} uiLang="fr" unsavedKeys={new Set([KEY_A])} onQuery={noop} onMore={noop} onOpen={noop} onDelete={noop} onExport={noop} onImport={noop} />,
    );
    const rows = [...root.querySelectorAll('[data-testid="draft-item"]')];
    expect(rows.map((row) => row.getAttribute('data-key'))).toEqual([KEY_A, 'google:g1']);
    expect(rows[0]!.querySelector('[data-testid="draft-unsaved"]')!.textContent).toBe('Pas encore enregistré');
    expect(rows[1]!.querySelector('[data-testid="draft-unsaved"]')).toBeNull();
  });
});
