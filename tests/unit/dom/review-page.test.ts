// @vitest-environment jsdom
/**
 * The content-script controller on a fixture page under jsdom: buttons beside every card, `review:open`
 * sent inside the click (before anything asynchronous), the page's "More" used, `review:update` with the
 * whole text, `page:reviews` reported, reviews of other frames left alone.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentToBackground } from '../../../lib/messages';
import { startReviewPage, type ReviewPage } from '../../../lib/dom/review-page';
import { adapterForUrl } from '../../../lib/sites';
import { IFRAME_FR, MAPS_FR, OWNER_PENDING } from '../../fixtures/demo-reviews';
import { fixturePath, fixtureUrl } from '../../fixtures/pages';

let page: ReviewPage | null = null;
afterEach(() => page?.stop());

function load(file: string): { sent: ContentToBackground[] } {
  const html = readFileSync(fixturePath(file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
  document.documentElement.lang = /<html lang="(\w+)"/.exec(html)?.[1] ?? '';
  window.history.replaceState(null, '', '/'); // jsdom keeps its own origin; the adapter gets the real URL below
  const sent: ContentToBackground[] = [];
  const adapter = adapterForUrl(fixtureUrl(file))!;
  page = startReviewPage({ adapter, doc: document, send: (m) => sent.push(m), allowUntrustedClicks: true, reportDelayMs: 5, debounceMs: 5 });
  return { sent };
}

const until = async (check: () => boolean, ms = 2000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('startReviewPage', () => {
  it('mounts one button per card and reports the page', async () => {
    const { sent } = load('google/maps-reviews_2026-11.html');
    expect(document.querySelectorAll('tact-review-button')).toHaveLength(6);
    await until(() => sent.some((m) => m.type === 'page:reviews'));
    const report = sent.find((m) => m.type === 'page:reviews');
    expect(report?.type === 'page:reviews' && report.reviews.map((r) => r.id)).toEqual(MAPS_FR.slice(0, 6).map((r) => r.id));
  });

  it('sends review:open synchronously in the click, then expands through the page and sends review:update', async () => {
    const { sent } = load('google/maps-reviews_2026-11.html');
    const review = MAPS_FR[2]!;
    // the page's own "More" (its script does not run under jsdom): shows the whole text, removes itself
    document.addEventListener('click', (event) => {
      const more = (event.target as Element).closest?.('button[jsaction*="review.expandReview"]');
      if (!more) return;
      document.getElementById(`${review.id}-text`)!.querySelector('.wiI7pd')!.textContent = review.text;
      more.remove();
    });
    const host = document.querySelector(`[data-review-id="${review.id}"]`)!.nextElementSibling!;
    sent.length = 0;
    host.shadowRoot!.querySelector('button')!.click();
    expect(sent).toHaveLength(1); // before any await: the user's gesture is still valid in the background
    expect(sent[0]).toMatchObject({ type: 'review:open', review: { id: review.id, truncated: true } });
    // the click's own time travels with it, so a slow worker cannot make the panel steal the manager's view
    const clickedAt = (sent[0] as { clickedAt?: number }).clickedAt;
    expect(typeof clickedAt).toBe('number');
    expect(Math.abs(Date.now() - clickedAt!)).toBeLessThan(60_000);
    await until(() => sent.some((m) => m.type === 'review:update'));
    expect(sent.find((m) => m.type === 'review:update')).toMatchObject({ review: { id: review.id, text: review.text, truncated: false } });
  });

  it('answers insert only for reviews of this frame, and fills the owner textarea', async () => {
    load('tripadvisor/owner-response_2026-11.html');
    // the page's own script (not run by jsdom): the submit button follows the textarea's input events
    document.querySelectorAll('[data-response-form]').forEach((form) => {
      const textarea = form.querySelector('textarea')!;
      textarea.addEventListener('input', () => (form.querySelector<HTMLButtonElement>('button.submit-response')!.disabled = textarea.value === ''));
    });
    expect(page!.insert('not-here', 'x')).toBeNull();
    const answer = await page!.insert(OWNER_PENDING[0]!.id, 'Bonjour Laurent, merci.');
    expect(answer).toMatchObject({ ok: true, data: { submitEnabled: true, via: { replyField: 0, submit: 2 } } });
    expect(document.querySelector<HTMLTextAreaElement>(`[data-response-form="${OWNER_PENDING[0]!.id}"] textarea`)!.value).toBe('Bonjour Laurent, merci.');
    expect(await page!.undo(OWNER_PENDING[0]!.id)).toMatchObject({ ok: true });
    expect(document.querySelector<HTMLTextAreaElement>(`[data-response-form="${OWNER_PENDING[0]!.id}"] textarea`)!.value).toBe('');
  });

  it('owner pages: the one button of a review sits beside its reply box when the box is outside the card', async () => {
    const { sent } = load('tripadvisor/owner-response_2026-11.html');
    const hosts = Array.from(document.querySelectorAll('tact-review-button'));
    expect(hosts).toHaveLength(OWNER_PENDING.length); // one per review, never a second one for the box
    expect(hosts.map((h) => h.previousElementSibling?.getAttribute('data-response-form'))).toEqual(OWNER_PENDING.map((r) => r.id));
    // the button beside a box opens that box's review
    sent.length = 0;
    hosts[2]!.shadowRoot!.querySelector('button')!.click();
    expect(sent[0]).toMatchObject({ type: 'review:open', review: { id: OWNER_PENDING[2]!.id } });
  });

  it('owner pages: the queue box outside the card takes the button; a box inside the card leaves it beside the card', async () => {
    const { sent } = load('google/business-queue_2026-11.html');
    const hosts = Array.from(document.querySelectorAll('tact-review-button'));
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.previousElementSibling?.classList.contains('WTNfzf')).toBe(true);
    // the page swaps in the next review ("Skip"): a click before the rescan sends no stale review, and rescans
    document.querySelector('.GYpYWe')!.remove();
    sent.length = 0;
    hosts[0]!.shadowRoot!.querySelector('button')!.click();
    expect(sent.filter((m) => m.type === 'review:open')).toEqual([]);
    expect(hosts[0]!.isConnected).toBe(false);
    page!.stop();
    load('google/owner-review-reply-page_2026-11.html');
    const single = Array.from(document.querySelectorAll('tact-review-button'));
    expect(single).toHaveLength(1);
    expect(single[0]!.previousElementSibling?.querySelector('textarea[jsname="YPqjbf"]')).not.toBeNull();
    page!.stop();
    load('google/owner-reply-iframe_2026-11.html');
    const listed = Array.from(document.querySelectorAll('tact-review-button'));
    expect(listed.map((h) => h.previousElementSibling?.getAttribute('data-review-id'))).toEqual(IFRAME_FR.map((r) => r.id));
  });

  it('says why when a public page has no reply field', async () => {
    load('tripadvisor/hotel-review_2026-11.html');
    const answer = await page!.insert('1078815001', 'text');
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/no reply field/) });
  });
});
