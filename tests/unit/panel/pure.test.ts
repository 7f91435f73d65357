import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { resolveUiLang, translator } from '@/lib/i18n';
import { marksWithin, segmentText } from '@/lib/panel/highlight';
import { createAutosave } from '@/lib/panel/autosave';
import { rankQueue } from '@/lib/panel/queue';
import { badgeFor } from '@/lib/panel/badge';
import { draftsToJson, filterDrafts, parseDraftsJson } from '@/lib/drafts-io';
import { buildEvidenceRecord, evidenceToJson, sha256Hex, verifyEvidence } from '@/lib/evidence';
import { blackmailRoutes, REPORT_ROUTES, reportSummary } from '@/lib/reports';
import { analyzeReview } from '@/lib/analysis';
import { summarizeDraft, type Draft } from '@/lib/storage';
import { review } from '../core/helpers';

describe('i18n', () => {
  it('French and English have the same keys, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) expect(value.trim(), key).not.toBe('');
  });
  it('every {placeholder} of an English string exists in its French twin', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(fr[key]), key).toEqual(names(en[key]));
    }
  });
  it('follows the browser unless the manager picks a language', () => {
    expect(resolveUiLang('auto', 'fr-CA')).toBe('fr');
    expect(resolveUiLang('auto', 'de-DE')).toBe('en');
    expect(resolveUiLang('en', 'fr-FR')).toBe('en');
  });
  it('fills placeholders as text and leaves unknown ones', () => {
    const t = translator('en');
    expect(t('review.ratingValue', { n: 3 })).toBe('3 / 5');
    expect(t('reply.apply', {})).toBe('Apply: “{s}”');
  });
});

describe('segmentText', () => {
  const mark = (start: number, end: number, id: string) => ({ start, end, id, label: id, kind: 'demand' });
  it('covers the whole text, marks at offset 0 and at the end included', () => {
    const segments = segmentText('abcdef', [mark(0, 2, 'a'), mark(4, 6, 'b')]);
    expect(segments.map((s) => `${s.text}:${s.marks.map((m) => m.id).join('+')}`)).toEqual(['ab:a', 'cd:', 'ef:b']);
  });
  it('splits overlapping marks and clamps out-of-range ones', () => {
    const segments = segmentText('abcdef', [mark(1, 4, 'x'), mark(3, 99, 'y'), mark(5, 5, 'empty')]);
    expect(segments.map((s) => `${s.text}:${s.marks.map((m) => m.id).join('+')}`)).toEqual(['a:', 'bc:x', 'd:x+y', 'ef:y']);
  });
  it('shifts marks into a sub-text (the text after the title)', () => {
    expect(marksWithin([mark(0, 3, 't'), mark(5, 9, 'x')], 5, 10)).toEqual([{ ...mark(0, 4, 'x') }]);
  });
  it('stays fast on a 100 kB text with many marks', () => {
    const text = 'a'.repeat(100_000);
    const marks = Array.from({ length: 2000 }, (_, i) => mark(i * 50, i * 50 + 10, `m${i}`));
    const start = performance.now();
    expect(segmentText(text, marks).length).toBe(4000);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('autosave', () => {
  it('saves once after typing stops, in order, and reports errors without losing the text', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const states: string[] = [];
    let fail = false;
    const autosave = createAutosave(
      async (text) => {
        saved.push(text);
        return fail ? { ok: false, error: 'Storage is full' } : { ok: true };
      },
      (state) => states.push(state.status),
      600,
    );
    autosave.schedule('a');
    autosave.schedule('ab');
    await vi.advanceTimersByTimeAsync(599);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
    fail = true;
    autosave.schedule('abc');
    expect(await autosave.flush()).toEqual({ ok: false, error: 'Storage is full' });
    expect(states.at(-1)).toBe('error');
    // the unsaved text is kept for the next try: the panel closing (flush) saves it once there is room
    expect(autosave.pending).toBe(true);
    fail = false;
    expect(await autosave.flush()).toEqual({ ok: true });
    expect(saved.at(-1)).toBe('abc');
    expect(states.at(-1)).toBe('saved');
    expect(autosave.pending).toBe(false);
    vi.useRealTimers();
  });
});

describe('queue and badge', () => {
  const reviews = [
    review({ id: 'fine', rating: 5, text: 'Lovely stay, great staff, thank you!' }),
    review({ id: 'answered', rating: 1, text: 'Give me a refund or I will post a bad review everywhere.', ownerResponse: 'We answered.' }),
    review({ id: 'blackmail', rating: 1, text: 'Refund my two nights or I will leave a one-star review on Google and TripAdvisor.' }),
  ];
  it('puts unanswered before answered, riskiest first', () => {
    expect(rankQueue(reviews, analyzeReview).map((item) => item.review.id)).toEqual(['blackmail', 'fine', 'answered']);
  });
  it('reads a possible veiled blackmail before an ordinary complaint of the same risk, and marks it', () => {
    const base = analyzeReview({ text: 'The room was noisy and the breakfast cold.', rating: 2 });
    const fake = (input: { text: string }) => (input.text.startsWith('veiled') ? { ...base, veiledBlackmail: { probability: 0.7 } } : base);
    const items = rankQueue([review({ id: 'plain', text: 'plain complaint' }), review({ id: 'veiled', text: 'veiled one' })], fake);
    expect(items.map((item) => [item.review.id, item.veiled])).toEqual([['veiled', true], ['plain', false]]);
  });
  it('falls back to the rating without the engine', () => {
    expect(rankQueue([reviews[0]!, reviews[2]!], null).map((item) => item.review.id)).toEqual(['blackmail', 'fine']);
  });
  it('the badge counts what analyzeReview rates high', () => {
    const high = reviews.filter((r) => analyzeReview({ text: r.text, rating: r.rating ?? undefined }).risk.level === 'high').length;
    expect(badgeFor(reviews, analyzeReview)).toEqual({ count: high, text: high ? String(high) : '' });
    expect(badgeFor(reviews, null)).toEqual({ count: 0, text: '' });
  });
});

const draft = (key: string, text: string, at: number): Draft => ({ key, platform: 'google', reviewId: key, url: '', review: null, versions: [{ text, savedAt: at }], createdAt: at, updatedAt: at });

describe('drafts-io', () => {
  it('round-trips an export', () => {
    const drafts = [draft('google:a', 'Merci', 1), draft('google:b', 'Thanks', 2)];
    expect(parseDraftsJson(draftsToJson(drafts))).toEqual({ drafts, skipped: [] });
  });
  it('skips bad entries with a reason, repairs what it can, keeps the newest duplicate', () => {
    const json = JSON.stringify({
      format: 'tact.drafts/1',
      drafts: [{ nope: 1 }, { key: 'k1', versions: [] }, { ...draft('k2', 'ok', 5), platform: 'myspace' }, draft('k3', 'old', 1), draft('k3', 'new', 9)],
    });
    const parsed = parseDraftsJson(json);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.drafts.map((d) => `${d.key}:${d.platform}:${d.versions.at(-1)?.text}`)).toEqual(['k2:other:ok', 'k3:google:new']);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['no key', 'no valid text', 'duplicate in file (kept the newest)']);
  });
  it('rejects what is not a Tact export', () => {
    expect(parseDraftsJson('{')).toEqual({ error: 'not JSON' });
    expect(parseDraftsJson('{"a":1}')).toEqual({ error: 'not a Tact drafts export' });
    expect(parseDraftsJson('{"format":"other/2","drafts":[]}')).toMatchObject({ error: expect.stringMatching(/unknown format/) });
  });
  it('searches text, key and author', () => {
    const drafts = [draft('google:a', 'Merci beaucoup', 1), { ...draft('google:b', 'x', 2), review: review({ author: 'Zoé' }) }].map(summarizeDraft);
    expect(filterDrafts(drafts, 'MERCI').map((d) => d.key)).toEqual(['google:a']);
    expect(filterDrafts(drafts, 'zoé').map((d) => d.key)).toEqual(['google:b']);
    expect(filterDrafts(drafts, '  ')).toHaveLength(2);
  });
});

describe('evidence', () => {
  it('hashes the exact text with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('records platform, url, id, author, rating, dates, text, capture time, hash and signals', async () => {
    const r = review({ platform: 'google', text: 'Refund me or I post a bad review <img src=x onerror=1>' });
    const record = await buildEvidenceRecord(r, [{ type: 'demand', start: 0, end: 9, text: 'Refund me' }], { now: new Date('2026-11-24T21:00:00Z') });
    expect(record).toMatchObject({ platform: 'google', pageUrl: r.url, reviewId: 'r-1', author: 'Marie D', rating: 2, reviewDate: 'September 2026', text: r.text, capturedAt: '2026-11-24T21:00:00.000Z' });
    expect(record.sha256).toBe(await sha256Hex(r.text));
    expect(await verifyEvidence(record)).toBe(true);
    expect(await verifyEvidence({ ...record, text: record.text + ' ' })).toBe(false);
    expect(JSON.parse(evidenceToJson([record]))).toMatchObject({ format: 'tact.evidence/1', incidents: [record] });
  });
});

describe('report routes', () => {
  it('every route has an https url, a source and a checked date', () => {
    for (const route of REPORT_ROUTES) {
      expect(route.url, route.id).toMatch(/^https:\/\//);
      expect(route.source, route.id).toMatch(/^https:\/\//);
      expect(route.checked, route.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(REPORT_ROUTES.map((r) => r.id)).size).toBe(REPORT_ROUTES.length);
  });
  it('offers the review platform first: Google extortion for Google, posted-review route for a posted TripAdvisor review', () => {
    expect(blackmailRoutes('google', true)[0]?.id).toBe('google-extortion');
    expect(blackmailRoutes('tripadvisor', true)[0]?.id).toBe('tripadvisor-posted-review');
    expect(blackmailRoutes('tripadvisor', false)[0]?.id).toBe('tripadvisor-blackmail-threat');
  });
  it('the summary carries the facts the form asks for and the exact text', () => {
    const summary = reportSummary({
      route: blackmailRoutes('google', true)[0]!, establishmentName: 'Le Petit Bistrot', platformLabel: 'Google', pageUrl: 'https://www.google.com/maps/x',
      reviewId: 'g1', author: 'Kev', rating: 1, reviewDate: 'a week ago', text: 'Free meal or 1 star', capturedAt: '2026-11-24T21:00:00Z', sha256: 'f'.repeat(64), evidence: ['Free meal'],
    });
    for (const part of ['Le Petit Bistrot', 'https://www.google.com/maps/x', 'Kev', '1/5', 'f'.repeat(64), '“Free meal”', 'Free meal or 1 star']) expect(summary).toContain(part);
  });
});

describe('data the panel translates', () => {
  it('every report route and every aspect has a label in both languages', async () => {
    const { ASPECTS } = await import('@/lib/analysis/types');
    for (const route of REPORT_ROUTES) for (const t of [translator('en'), translator('fr')]) expect(t(`route.${route.id}` as keyof typeof en)).not.toBe(`route.${route.id}`);
    for (const aspect of ASPECTS) expect(Object.keys(en)).toContain(`aspect.${aspect}`);
  });
});
