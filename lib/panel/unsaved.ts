/**
 * Replies typed in the panel that the worker has not confirmed stored ("nothing typed is ever lost").
 *
 * One entry per draft key (platform:reviewId, like the drafts), written on every keystroke and removed once a
 * save of that exact text succeeds, so switching reviews while storage fails keeps every text. Each entry is
 * mirrored in the panel's own `localStorage` (one item per key, `tact.unsaved:<key>`): an extension page's
 * localStorage is written synchronously (a panel closing mid-keystroke still writes it; an async
 * chrome.storage write from a closing page may be dropped), survives closing the panel, the browser and an
 * extension update, and has its own quota, apart from chrome.storage.local (the store that is failing).
 * storage.session would not survive a browser restart. One item per key: two panels (two windows) never
 * overwrite each other's texts. Everything read back is parsed with zod; an unreadable item is set aside under
 * `tact.unsaved-unreadable:<key>` (never re-read, removed by "Delete all my data") and reported.
 */
import { z } from 'zod';
import { DraftInput } from '../messages';
import { DRAFT_EXCERPT, type DraftSummary } from '../storage';

export const UNSAVED_PREFIX = 'tact.unsaved:';
export const UNREADABLE_PREFIX = 'tact.unsaved-unreadable:';
/** a stored item longer than this is not parsed: a 50,000-character reply and a capped review fit, even JSON-escaped */
export const MAX_UNSAVED_ITEM_CHARS = 1_000_000;

export const UnsavedDraftSchema = DraftInput.extend({
  /** when the manager typed this text (the panel's clock) */
  typedAt: z.number().finite().nonnegative(),
  /** the last save's error, shown when the review is opened again */
  error: z.string().max(500).optional(),
});
export type UnsavedDraft = z.infer<typeof UnsavedDraftSchema>;

/** The fallback copy's storage: the panel's localStorage in the browser, a Map in tests. */
export interface UnsavedBackup {
  /** every item under the prefix: key (without prefix) → raw value */
  entries(): [string, string][];
  /** throws when the copy cannot be written (quota, storage disabled) */
  set(key: string, value: string): void;
  remove(key: string): void;
  /** keeps an unreadable value out of the way (not re-read, not lost) */
  setAside(key: string, value: string): void;
  clear(): void;
}

export function localStorageBackup(storage: Storage): UnsavedBackup {
  const keys = (prefix: string): string[] => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  };
  return {
    entries: () => keys(UNSAVED_PREFIX).map((key) => [key.slice(UNSAVED_PREFIX.length), storage.getItem(key) ?? '']),
    set: (key, value) => storage.setItem(UNSAVED_PREFIX + key, value),
    remove: (key) => storage.removeItem(UNSAVED_PREFIX + key),
    setAside: (key, value) => {
      storage.removeItem(UNSAVED_PREFIX + key);
      try {
        storage.setItem(UNREADABLE_PREFIX + key, value.slice(0, MAX_UNSAVED_ITEM_CHARS));
      } catch {
        // no room for the unreadable copy: it was unreadable anyway
      }
    },
    clear: () => [...keys(UNSAVED_PREFIX), ...keys(UNREADABLE_PREFIX)].forEach((key) => storage.removeItem(key)),
  };
}

/** Parses one stored item; the reason is for the manager (a corrupted or hostile value never throws). */
export function parseUnsavedItem(key: string, raw: string): { ok: true; draft: UnsavedDraft } | { ok: false; reason: string } {
  if (raw.length > MAX_UNSAVED_ITEM_CHARS) return { ok: false, reason: `too large (${raw.length} characters)` };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = UnsavedDraftSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.map(String).join('.') || 'value'}: ${issue?.message ?? 'invalid'}` };
  }
  if (parsed.data.key !== key) return { ok: false, reason: 'key does not match its item' };
  return { ok: true, draft: parsed.data };
}

export interface UnsavedLoadReport {
  /** items that could not be read, set aside */
  unreadable: number;
  /** the first reason, for the notice */
  reason: string | null;
}

export interface UnsavedDrafts {
  /** reads the fallback copy (a panel opened again): what it holds joins the memory map */
  load(): UnsavedLoadReport;
  get(key: string): UnsavedDraft | undefined;
  list(): UnsavedDraft[];
  /** the manager typed: kept in memory, then in the fallback copy; returns the copy's write error, if any */
  put(draft: UnsavedDraft): string | null;
  /** a save failed: the error is kept with the text */
  markFailed(key: string, error: string): void;
  /** a save of `text` succeeded: forget the entry unless the manager typed something newer since */
  settle(key: string, text: string): void;
  remove(key: string): void;
  clear(): void;
}

export function createUnsavedDrafts(backup: UnsavedBackup | null, onChange: (drafts: UnsavedDraft[]) => void): UnsavedDrafts {
  const drafts = new Map<string, UnsavedDraft>();
  const changed = () => onChange([...drafts.values()]);

  function write(draft: UnsavedDraft): string | null {
    if (!backup) return null;
    try {
      backup.set(draft.key, JSON.stringify(draft));
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  function forget(key: string): void {
    drafts.delete(key);
    try {
      backup?.remove(key);
    } catch {
      // an unremovable copy is retried (and then removed) by the next panel that reads it
    }
  }

  return {
    load() {
      const report: UnsavedLoadReport = { unreadable: 0, reason: null };
      if (!backup) return report;
      let entries: [string, string][];
      try {
        entries = backup.entries();
      } catch (error) {
        return { unreadable: 1, reason: error instanceof Error ? error.message : String(error) };
      }
      for (const [key, raw] of entries) {
        const parsed = parseUnsavedItem(key, raw);
        if (!parsed.ok) {
          report.unreadable++;
          report.reason ??= parsed.reason;
          try {
            backup.setAside(key, raw);
          } catch {
            // left where it is: read (and reported) again next time
          }
          continue;
        }
        const mine = drafts.get(key);
        // this panel's own text for the review is newer than a copy it reads back
        if (!mine || mine.typedAt < parsed.draft.typedAt) drafts.set(key, parsed.draft);
      }
      changed();
      return report;
    },
    get: (key) => drafts.get(key),
    list: () => [...drafts.values()],
    put(draft) {
      drafts.set(draft.key, draft);
      const error = write(draft);
      changed();
      return error;
    },
    markFailed(key, error) {
      const draft = drafts.get(key);
      if (!draft || draft.error === error) return;
      const failed = { ...draft, error: error.slice(0, 500) };
      drafts.set(key, failed);
      write(failed);
      changed();
    },
    settle(key, text) {
      if (drafts.get(key)?.text !== text) return;
      forget(key);
      changed();
    },
    remove(key) {
      if (!drafts.has(key)) return;
      forget(key);
      changed();
    },
    clear() {
      drafts.clear();
      try {
        backup?.clear();
      } catch {
        // nothing more to do: the memory map is empty
      }
      changed();
    },
  };
}

/**
 * The drafts list with the replies not saved yet: each unsaved text comes first, newest first, in place of its
 * stored summary (it is newer); a reply never stored at all is listed too. Also when the stored list could
 * not be read (null): the unsaved ones are still there.
 */
export function draftsWithUnsaved(stored: readonly DraftSummary[] | null, unsaved: readonly UnsavedDraft[]): DraftSummary[] | null {
  if (unsaved.length === 0) return stored === null ? null : [...stored];
  const byKey = new Map((stored ?? []).map((summary) => [summary.key, summary]));
  const pending: DraftSummary[] = [...unsaved]
    .sort((a, b) => b.typedAt - a.typedAt)
    .map((draft) => ({
      key: draft.key,
      platform: draft.platform,
      reviewId: draft.reviewId,
      author: draft.review?.author ?? byKey.get(draft.key)?.author ?? '',
      excerpt: draft.text.slice(0, DRAFT_EXCERPT),
      reviewExcerpt: draft.review ? [draft.review.title, draft.review.text].filter(Boolean).join(' — ').slice(0, DRAFT_EXCERPT) : (byKey.get(draft.key)?.reviewExcerpt ?? ''),
      versionCount: byKey.get(draft.key)?.versionCount ?? 1,
      updatedAt: draft.typedAt,
    }));
  const pendingKeys = new Set(pending.map((summary) => summary.key));
  return [...pending, ...(stored ?? []).filter((summary) => !pendingKeys.has(summary.key))];
}
