/**
 * Export and import of drafts as JSON. Import validates every draft on its own (one bad entry never sinks
 * the file), and the background merges without overwriting newer work (lib/storage.ts importDrafts).
 */
import { z } from 'zod';
import { DraftSchema, MAX_DRAFT_VERSIONS, repairDraft, type Draft, type DraftSummary } from './storage';

export const DRAFTS_EXPORT_FORMAT = 'tact.drafts/1';
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function draftsToJson(drafts: readonly Draft[], exportedAt = new Date()): string {
  return JSON.stringify({ format: DRAFTS_EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), drafts }, null, 2);
}

export interface ParsedDraftImport {
  drafts: Draft[];
  skipped: { index: number; key: string; reason: string }[];
}

const ExportEnvelope = z.object({ format: z.string(), drafts: z.array(z.unknown()) });

/**
 * Reads an exported file. Accepts the envelope or a bare array; each draft is parsed, repaired field by
 * field when possible, and skipped with a reason otherwise. Duplicate keys keep the newest.
 */
export function parseDraftsJson(json: string): ParsedDraftImport | { error: string } {
  if (json.length > MAX_IMPORT_BYTES) return { error: 'file too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { error: 'not JSON' };
  }
  let entries: unknown[];
  if (Array.isArray(raw)) entries = raw;
  else {
    const envelope = ExportEnvelope.safeParse(raw);
    if (!envelope.success) return { error: 'not a Tact drafts export' };
    if (envelope.data.format !== DRAFTS_EXPORT_FORMAT) return { error: `unknown format ${envelope.data.format.slice(0, 40)}` };
    entries = envelope.data.drafts;
  }
  const byKey = new Map<string, Draft>();
  const skipped: ParsedDraftImport['skipped'] = [];
  entries.forEach((entry, index) => {
    const key = entry && typeof entry === 'object' && typeof (entry as { key?: unknown }).key === 'string' ? (entry as { key: string }).key : '';
    if (!key || key.length > 400) {
      skipped.push({ index, key: key.slice(0, 80), reason: 'no key' });
      return;
    }
    const draft = repairDraft(entry, key);
    if (!draft || !DraftSchema.safeParse(draft).success) {
      skipped.push({ index, key, reason: 'no valid text' });
      return;
    }
    const trimmed = { ...draft, versions: draft.versions.slice(-MAX_DRAFT_VERSIONS) };
    const previous = byKey.get(key);
    if (previous) {
      const older = previous.updatedAt >= trimmed.updatedAt ? trimmed : previous;
      skipped.push({ index, key, reason: 'duplicate in file (kept the newest)' });
      if (older === previous) byKey.set(key, trimmed);
      return;
    }
    byKey.set(key, trimmed);
  });
  return { drafts: [...byKey.values()], skipped };
}

/** Case-insensitive search over the start of the reply and of the review, the author and the key. */
export function filterDrafts(drafts: readonly DraftSummary[], query: string): DraftSummary[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...drafts];
  return drafts.filter(
    (draft) =>
      draft.excerpt.toLowerCase().includes(needle) ||
      draft.key.toLowerCase().includes(needle) ||
      draft.reviewExcerpt.toLowerCase().includes(needle) ||
      draft.author.toLowerCase().includes(needle),
  );
}
