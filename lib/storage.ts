/**
 * Every stored item, declared once, versioned from day one and parsed with zod on read.
 * A value of the wrong shape is repaired field by field (lib/repair.ts); nothing valid is ever wiped.
 *
 * Where the data lives (chrome.storage, on this machine only):
 *   local:settings            the establishment profile and preferences
 *   local:draft:<key>         one reply draft with its last 20 versions (key = platform:reviewId)
 *   local:draftIndex          one summary per draft, so the drafts list reads one item instead of thousands
 *   local:incidents           blackmail evidence records
 *   session:target:<tabId>    the review the panel shows for a tab (memory only, cleared with the browser)
 *   session:targetOpenedAt:<tabId>  when the manager clicked for it (memory only)
 *   session:page:<tabId>      the reviews found on a tab's page (memory only)
 * Outside chrome.storage, the side panel's own localStorage holds what a failed save could not store
 * (lib/panel/unsaved.ts): tact.unsaved:<key> per review until stored, tact.unsaved-unreadable:<key> set aside.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { LANGUAGES, PLATFORMS } from './platforms';
import { ReviewSnapshotSchema, type ReviewSnapshot } from './review';
import { repairArray, repairObject } from './repair';
import { TONES } from './reply/types';

// ---- versions and migrations ----------------------------------------------------------------------
/**
 * Each item's stored version and the pure functions that lift an older value to the next version
 * (`{2: (v1) => v2}`), kept with a frozen copy of the old shape and a test that writes the old value and
 * its version meta into the fake browser and reads the new one (tests/unit/core/migrations.test.ts).
 * WXT only logs a failed migration, so every read still goes through zod and field-by-field repair.
 */
export type Migrations = Record<number, (old: unknown) => unknown>;
export const STORAGE_VERSIONS = { settings: 1, draft: 1, draftIndex: 1, incidents: 1 } as const;
export const SETTINGS_MIGRATIONS: Migrations = {};
export const DRAFT_MIGRATIONS: Migrations = {};
export const INCIDENTS_MIGRATIONS: Migrations = {};
export const DRAFT_INDEX_MIGRATIONS: Migrations = {};

/** WXT runs migrations on every item definition when some are given; pass none while there are none. */
function versioned(version: number, migrations: Migrations): { version: number; migrations?: Migrations } {
  return Object.keys(migrations).length ? { version, migrations } : { version };
}

/** Lifts a raw value read outside an item (a snapshot) from its stored version to the current one. */
export function runMigrations(value: unknown, fromVersion: number, toVersion: number, migrations: Migrations): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const migrate = migrations[version];
    if (!migrate) continue;
    try {
      current = migrate(current);
    } catch {
      return current; // a failed migration leaves the value to the zod repair
    }
  }
  return current;
}

// ---- settings ------------------------------------------------------------------------------------
export const SettingsSchema = z.object({
  establishmentName: z.string().max(200),
  managerName: z.string().max(200),
  managerRole: z.string().max(200),
  signature: z.string().max(500),
  contactChannel: z.string().max(300),
  defaultLanguage: z.enum(LANGUAGES),
  tone: z.enum(TONES),
  /** 'auto' follows the browser */
  uiLanguage: z.enum(['auto', 'fr', 'en']),
  sites: z.object({ tripadvisor: z.boolean(), google: z.boolean() }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  establishmentName: '',
  managerName: '',
  managerRole: '',
  signature: '',
  contactChannel: '',
  defaultLanguage: 'fr',
  tone: 'warm',
  uiLanguage: 'auto',
  sites: { tripadvisor: true, google: true },
};

/** Defined on first use: WXT reads the item as soon as it is defined, which crashes a CLI importing this file. */
function lazyItem<T>(define: () => T): () => T {
  let item: T | undefined;
  return () => (item ??= define());
}

const settingsItem = lazyItem(() =>
  storage.defineItem<unknown>('local:settings', { ...versioned(STORAGE_VERSIONS.settings, SETTINGS_MIGRATIONS), fallback: DEFAULT_SETTINGS }),
);

export async function getSettings(): Promise<{ settings: Settings; repairedFields: string[] }> {
  const { value, repairedFields } = repairObject(SettingsSchema, await settingsItem().getValue(), DEFAULT_SETTINGS);
  return { settings: value, repairedFields };
}

export async function setSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(SettingsSchema.parse(settings));
}

// ---- drafts --------------------------------------------------------------------------------------
export const MAX_DRAFT_VERSIONS = 20;

export const DraftVersionSchema = z.object({ text: z.string().max(50_000), savedAt: z.number() });
export const DraftSchema = z.object({
  key: z.string().min(1).max(400),
  platform: z.enum(PLATFORMS),
  reviewId: z.string().max(300),
  url: z.string().max(2048),
  review: z.nullable(ReviewSnapshotSchema),
  /** oldest first; the last one is the current text */
  versions: z.array(DraftVersionSchema).min(1).max(MAX_DRAFT_VERSIONS),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof DraftSchema>;

export function draftKey(platform: string, reviewId: string): string {
  return `${platform}:${reviewId}`;
}

const DRAFT_PREFIX = 'draft:';
const draftItem = (key: string) => storage.defineItem<unknown>(`local:${DRAFT_PREFIX}${key}`, versioned(STORAGE_VERSIONS.draft, DRAFT_MIGRATIONS));

/** Parses a stored draft, keeping every valid version; null when no text survives. */
export function repairDraft(raw: unknown, key: string): Draft | null {
  const whole = DraftSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (raw === null || typeof raw !== 'object') return null;
  const versions = repairArray(DraftVersionSchema, (raw as { versions?: unknown }).versions).value.slice(-MAX_DRAFT_VERSIONS);
  if (versions.length === 0) return null;
  const now = versions[versions.length - 1]!.savedAt;
  const { value } = repairObject(DraftSchema, { ...raw, key, versions }, {
    key,
    platform: 'other',
    reviewId: '',
    url: '',
    review: null,
    versions,
    createdAt: versions[0]!.savedAt,
    updatedAt: now,
  });
  return value;
}

// ---- the drafts index: reading 5,000 keys from chrome.storage takes about a second; one item does not ----
export const DRAFT_EXCERPT = 200;
export const DraftSummarySchema = z.object({
  key: z.string().min(1).max(400),
  platform: z.enum(PLATFORMS),
  reviewId: z.string().max(300),
  author: z.string().max(200),
  /** the start of the current text */
  excerpt: z.string().max(DRAFT_EXCERPT),
  /** the start of the review, for search */
  reviewExcerpt: z.string().max(DRAFT_EXCERPT),
  versionCount: z.number().int().min(1).max(MAX_DRAFT_VERSIONS),
  updatedAt: z.number(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export function summarizeDraft(draft: Draft): DraftSummary {
  return {
    key: draft.key,
    platform: draft.platform,
    reviewId: draft.reviewId,
    author: draft.review?.author ?? '',
    excerpt: (draft.versions[draft.versions.length - 1]?.text ?? '').slice(0, DRAFT_EXCERPT),
    reviewExcerpt: [draft.review?.title, draft.review?.text].filter(Boolean).join(' — ').slice(0, DRAFT_EXCERPT),
    versionCount: draft.versions.length,
    updatedAt: draft.updatedAt,
  };
}

const draftIndexItem = lazyItem(() => storage.defineItem<unknown>('local:draftIndex', versioned(STORAGE_VERSIONS.draftIndex, DRAFT_INDEX_MIGRATIONS)));

/**
 * The newest summaries and the number of drafts, written with the index: the drafts list shows its first page
 * from this small item (read by the panel itself) while the whole index (megabytes for 5,000 drafts) is read
 * and sent by a worker that may have to start first.
 */
export const DRAFT_INDEX_HEAD = 100;
export const DraftIndexHeadSchema = z.object({ total: z.number().int().min(0), newest: z.array(DraftSummarySchema).max(DRAFT_INDEX_HEAD) });
export type DraftIndexHead = z.infer<typeof DraftIndexHeadSchema>;
const draftIndexHeadItem = lazyItem(() => storage.defineItem<unknown>('local:draftIndexHead'));

function headOf(index: Map<string, DraftSummary>): DraftIndexHead {
  return { total: index.size, newest: [...index.values()].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, DRAFT_INDEX_HEAD) };
}

/** The list's first page and count, or null when absent or damaged (the whole index then answers). */
export async function readDraftIndexHead(): Promise<DraftIndexHead | null> {
  const parsed = DraftIndexHeadSchema.safeParse(await draftIndexHeadItem().getValue());
  return parsed.success ? parsed.data : null;
}

/** Index updates are read-modify-write of one item: run them one at a time. */
let indexQueue: Promise<unknown> = Promise.resolve();
/**
 * The index as last read or written by this worker: reading ~1 MB from chrome.storage costs 100-300 ms,
 * and only this worker writes drafts (deleteAllData and a damaged read drop it).
 */
let cachedIndex: Map<string, DraftSummary> | null = null;

/**
 * Runs one change of the index in the queue: reads it (rebuilding it from the drafts when missing), applies
 * `change`, and writes it when it changed or was rebuilt. `onReady` gets the index as soon as it is known,
 * before the write: the drafts list need not wait for a megabyte to be stored.
 */
function updateDraftIndex(change: ((index: Map<string, DraftSummary>) => void) | null, onReady?: (index: Map<string, DraftSummary>) => void): Promise<{ rebuilt: boolean }> {
  const run = indexQueue.then(async () => {
    const { index, rebuilt } = await readDraftIndex();
    change?.(index);
    cachedIndex = index;
    onReady?.(new Map(index));
    if (change || rebuilt) {
      // one write for both: a reader never sees a head that disagrees with the index
      await storage.setItems([
        { item: draftIndexItem(), value: [...index.values()] },
        { item: draftIndexHeadItem(), value: headOf(index) },
      ]);
    }
    return { rebuilt };
  });
  indexQueue = run.catch(() => {
    cachedIndex = null;
  });
  return run;
}

async function readDraftIndex(): Promise<{ index: Map<string, DraftSummary>; rebuilt: boolean }> {
  if (cachedIndex) return { index: new Map(cachedIndex), rebuilt: false };
  const raw = await draftIndexItem().getValue();
  // no index yet (drafts from before it existed) or not an array: rebuild it from the drafts themselves
  if (!Array.isArray(raw)) return { index: await summarizeAllDrafts(), rebuilt: true };
  const index = new Map(repairArray(DraftSummarySchema, raw).value.map((summary) => [summary.key, summary]));
  return { index, rebuilt: false };
}

/** Every draft's summary, newest first, from the index (rebuilt from the drafts when missing). */
export function listDraftSummaries(): Promise<DraftSummary[]> {
  return new Promise((resolve, reject) => {
    let answered = false;
    updateDraftIndex(null, (index) => {
      answered = true;
      resolve([...index.values()].sort((a, b) => b.updatedAt - a.updatedAt));
    }).catch((error: unknown) => {
      // a failed write of a rebuilt index is retried on the next read; the list was already answered
      if (!answered) reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/**
 * Rebuilds the index ahead of time when there is none (drafts written by a Tact from before the index, after
 * an update), so the manager's first open of the drafts list does not pay for reading every draft; when it
 * exists, it is read into this worker's memory. Run at install, update and browser start: true if rebuilt.
 */
export async function ensureDraftIndex(): Promise<boolean> {
  return (await updateDraftIndex(null)).rebuilt;
}

/** Resolves once every queued index change (and its write) is done. */
export function draftIndexSettled(): Promise<void> {
  return indexQueue.then(() => undefined);
}

/** Tests and "delete all" start from what is stored, not from this worker's memory. */
export function forgetDraftIndexCache(): void {
  cachedIndex = null;
}

export async function getDraft(key: string): Promise<Draft | null> {
  return repairDraft(await draftItem(key).getValue(), key);
}

export interface DraftSaveInput {
  key: string;
  platform: Draft['platform'];
  reviewId: string;
  url: string;
  text: string;
  review?: ReviewSnapshot;
}

/** Appends a version (unless the text did not change) and keeps the last 20. */
export async function saveDraft(input: DraftSaveInput, now = Date.now()): Promise<Draft> {
  const existing = await getDraft(input.key);
  const versions = existing?.versions ?? [];
  const last = versions[versions.length - 1];
  const nextVersions = last?.text === input.text ? versions : [...versions, { text: input.text, savedAt: now }];
  const draft: Draft = {
    key: input.key,
    platform: input.platform,
    reviewId: input.reviewId,
    url: input.url,
    review: input.review ?? existing?.review ?? null,
    versions: nextVersions.slice(-MAX_DRAFT_VERSIONS),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await draftItem(input.key).setValue(DraftSchema.parse(draft));
  await updateDraftIndex((index) => void index.set(draft.key, summarizeDraft(draft)));
  return draft;
}

/**
 * Merges imported drafts: a draft is written only when it is newer than the stored one (or absent);
 * older or equal ones are skipped and reported, so an import never overwrites newer work.
 */
export async function importDrafts(incoming: Draft[]): Promise<DraftImportReport> {
  const report: DraftImportReport = { added: [], updated: [], skipped: [] };
  const written: Draft[] = [];
  for (const draft of incoming) {
    const parsed = DraftSchema.safeParse(draft);
    if (!parsed.success) {
      report.skipped.push({ key: String((draft as { key?: unknown }).key ?? '?'), reason: 'invalid' });
      continue;
    }
    const existing = await getDraft(parsed.data.key);
    if (existing && existing.updatedAt >= parsed.data.updatedAt) {
      report.skipped.push({ key: parsed.data.key, reason: 'newer-or-same-here' });
      continue;
    }
    await draftItem(parsed.data.key).setValue(parsed.data);
    written.push(parsed.data);
    (existing ? report.updated : report.added).push(parsed.data.key);
  }
  if (written.length) await updateDraftIndex((index) => written.forEach((draft) => index.set(draft.key, summarizeDraft(draft))));
  return report;
}

export interface DraftImportReport {
  added: string[];
  updated: string[];
  skipped: { key: string; reason: 'invalid' | 'newer-or-same-here' | 'duplicate-in-file' }[];
}

export async function deleteDraft(key: string): Promise<void> {
  await draftItem(key).removeValue({ removeMeta: true });
  await updateDraftIndex((index) => void index.delete(key));
}

/** Every stored draft value, lifted to the current version (the snapshot bypasses the items), with its key. */
async function storedDrafts(): Promise<{ key: string; value: unknown }[]> {
  const all = await storage.snapshot('local');
  const found: { key: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(DRAFT_PREFIX) || key.endsWith('$')) continue;
    const meta = all[`${key}$`] as { v?: unknown } | undefined;
    const storedVersion = typeof meta?.v === 'number' ? meta.v : 1;
    found.push({ key: key.slice(DRAFT_PREFIX.length), value: runMigrations(value, storedVersion, STORAGE_VERSIONS.draft, DRAFT_MIGRATIONS) });
  }
  return found;
}

/** Every draft, newest first. Reads all local keys once (the export; the list uses the index). */
export async function listDrafts(): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for (const { key, value } of await storedDrafts()) {
    const draft = repairDraft(value, key);
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => b.updatedAt - a.updatedAt);
}

async function summarizeAllDrafts(): Promise<Map<string, DraftSummary>> {
  const index = new Map<string, DraftSummary>();
  for (const { key, value } of await storedDrafts()) {
    const draft = repairDraft(value, key);
    if (draft) index.set(key, summarizeDraft(draft));
  }
  return index;
}

// ---- incidents (blackmail evidence) ----------------------------------------------------------------
export const EvidenceRecordSchema = z.object({
  id: z.string().min(1).max(100),
  platform: z.enum(PLATFORMS),
  pageUrl: z.string().max(2048),
  reviewId: z.string().max(300),
  author: z.string().max(200),
  rating: z.number().int().min(1).max(5).nullable(),
  reviewDate: z.string().max(120),
  text: z.string().max(50_000),
  capturedAt: z.string().max(40), // ISO 8601
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signals: z.array(z.object({ type: z.string().max(40), start: z.number(), end: z.number(), text: z.string().max(2000) })).max(500),
  notes: z.string().max(5000),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

const incidentsItem = lazyItem(() =>
  storage.defineItem<unknown>('local:incidents', { ...versioned(STORAGE_VERSIONS.incidents, INCIDENTS_MIGRATIONS), fallback: [] }),
);

export async function listIncidents(): Promise<{ incidents: EvidenceRecord[]; dropped: number }> {
  const { value, dropped } = repairArray(EvidenceRecordSchema, await incidentsItem().getValue());
  return { incidents: value, dropped };
}

export async function saveIncident(record: EvidenceRecord): Promise<void> {
  const { incidents } = await listIncidents();
  const next = incidents.filter((existing) => existing.id !== record.id);
  next.push(EvidenceRecordSchema.parse(record));
  await incidentsItem().setValue(next);
}

export async function deleteIncident(id: string): Promise<void> {
  const { incidents } = await listIncidents();
  await incidentsItem().setValue(incidents.filter((existing) => existing.id !== id));
}

// ---- per-tab session state ------------------------------------------------------------------------
const targetItem = (tabId: number) => storage.defineItem<unknown>(`session:target:${tabId}`);
/** when the manager asked for the tab's target (a click), so the panel knows whether they navigated since */
const targetOpenedAtItem = (tabId: number) => storage.defineItem<unknown>(`session:targetOpenedAt:${tabId}`);
const pageItem = (tabId: number) => storage.defineItem<unknown>(`session:page:${tabId}`);

/**
 * Stores the review the panel shows for a tab. `openedAt` (the time of the manager's click) is given for an
 * open, not for a completion of the same review; both keys are written in one change, so the panel reads both.
 */
export async function setPanelTarget(tabId: number, review: ReviewSnapshot, openedAt?: number): Promise<void> {
  const value = ReviewSnapshotSchema.parse(review);
  if (openedAt === undefined) await targetItem(tabId).setValue(value);
  else await storage.setItems([{ item: targetItem(tabId), value }, { item: targetOpenedAtItem(tabId), value: openedAt }]);
}
export async function getPanelTarget(tabId: number): Promise<ReviewSnapshot | null> {
  const parsed = ReviewSnapshotSchema.safeParse(await targetItem(tabId).getValue());
  return parsed.success ? parsed.data : null;
}
/** the time of the click that opened the tab's target (null when unknown) */
export async function getPanelTargetOpenedAt(tabId: number): Promise<number | null> {
  const value = await targetOpenedAtItem(tabId).getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export const PageReviewsSchema = z.object({
  url: z.string().max(2048),
  reviews: z.array(ReviewSnapshotSchema).max(5000),
  layoutChanged: z.array(z.string().max(80)).max(50),
  updatedAt: z.number(),
});
export type PageReviews = z.infer<typeof PageReviewsSchema>;

export async function setPageReviews(tabId: number, page: PageReviews): Promise<void> {
  await pageItem(tabId).setValue(PageReviewsSchema.parse(page));
}
export async function getPageReviews(tabId: number): Promise<PageReviews | null> {
  const parsed = PageReviewsSchema.safeParse(await pageItem(tabId).getValue());
  return parsed.success ? parsed.data : null;
}
export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([targetItem(tabId).removeValue(), targetOpenedAtItem(tabId).removeValue(), pageItem(tabId).removeValue()]);
}

/** "Delete all my data": drafts, incidents, settings, session state. */
export async function deleteAllData(): Promise<void> {
  await indexQueue;
  cachedIndex = null;
  await Promise.all([storage.clear('local'), storage.clear('session')]);
}
