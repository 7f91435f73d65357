/**
 * Evidence of a blackmail attempt: the exact text, where and when it was seen, and a SHA-256 of the text
 * so the manager can later show the copy was not altered. Exported as JSON and as a printable page built
 * from text nodes only (the text is hostile; it never becomes HTML).
 */
import type { Signal } from './analysis/types';
import type { ReviewSnapshot } from './review';
import { EvidenceRecordSchema, type EvidenceRecord } from './storage';

/** Hex SHA-256 of the UTF-8 bytes of `text` (Web Crypto: present in extension pages, workers and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export async function buildEvidenceRecord(
  review: ReviewSnapshot,
  signals: readonly Signal[],
  options: { now?: Date; notes?: string; analysedText?: string } = {},
): Promise<EvidenceRecord> {
  const now = options.now ?? new Date();
  const text = review.text;
  const sha256 = await sha256Hex(text);
  // signal offsets refer to the analysed text (title + text); keep them as the analysis gave them
  const record: EvidenceRecord = {
    id: `${review.platform}:${review.id}:${now.getTime()}`.slice(0, 100),
    platform: review.platform,
    pageUrl: review.url,
    reviewId: review.id,
    author: review.author,
    rating: review.rating,
    reviewDate: review.date,
    text,
    capturedAt: now.toISOString(),
    sha256,
    signals: signals.slice(0, 500).map((signal) => ({ type: signal.type, start: signal.start, end: signal.end, text: signal.text.slice(0, 2000) })),
    notes: (options.notes ?? '').slice(0, 5000),
  };
  return EvidenceRecordSchema.parse(record);
}

/** True when the stored text still hashes to the recorded SHA-256. */
export async function verifyEvidence(record: EvidenceRecord): Promise<boolean> {
  return (await sha256Hex(record.text)) === record.sha256;
}

export const EVIDENCE_EXPORT_FORMAT = 'tact.evidence/1';

export function evidenceToJson(records: readonly EvidenceRecord[], exportedAt = new Date()): string {
  return JSON.stringify({ format: EVIDENCE_EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), incidents: records }, null, 2);
}

export interface PrintableLabels {
  title: string;
  platform: string;
  pageUrl: string;
  reviewId: string;
  author: string;
  rating: string;
  reviewDate: string;
  capturedAt: string;
  sha256: string;
  signals: string;
  text: string;
}

/**
 * Fills `doc` (a fresh window's document) with the records as a printable page. Every value is a text
 * node: nothing from the review is ever parsed as HTML.
 */
export function renderPrintableEvidence(doc: Document, records: readonly EvidenceRecord[], labels: PrintableLabels): void {
  doc.title = labels.title;
  const style = doc.createElement('style');
  style.textContent =
    'body{font:14px/1.5 system-ui,sans-serif;margin:2em;color:#111;background:#fff}' +
    'section{border-top:1px solid #999;padding-top:1em;margin-top:1em;break-inside:avoid}' +
    'dt{font-weight:600}dd{margin:0 0 .5em 0;word-break:break-all}pre{white-space:pre-wrap;border:1px solid #ccc;padding:.5em}';
  doc.head.append(style);
  const heading = doc.createElement('h1');
  heading.textContent = labels.title;
  doc.body.append(heading);
  for (const record of records) {
    const section = doc.createElement('section');
    const list = doc.createElement('dl');
    const rows: [string, string][] = [
      [labels.platform, record.platform],
      [labels.pageUrl, record.pageUrl],
      [labels.reviewId, record.reviewId],
      [labels.author, record.author],
      [labels.rating, record.rating === null ? '—' : `${record.rating}/5`],
      [labels.reviewDate, record.reviewDate],
      [labels.capturedAt, record.capturedAt],
      [labels.sha256, record.sha256],
      [labels.signals, record.signals.map((signal) => `${signal.type}: “${signal.text}” [${signal.start}-${signal.end}]`).join('; ') || '—'],
    ];
    for (const [label, value] of rows) {
      const dt = doc.createElement('dt');
      dt.textContent = label;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    const textLabel = doc.createElement('h2');
    textLabel.textContent = labels.text;
    const text = doc.createElement('pre');
    text.textContent = record.text;
    section.append(list, textLabel, text);
    doc.body.append(section);
  }
}
