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
import { MAPS_FR, OWNER_PENDING } from '../../fixtures/demo-reviews';
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

  it('says why when a public page has no reply field', async () => {
    load('tripadvisor/hotel-review_2026-11.html');
    const answer = await page!.insert('1078815001', 'text');
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/no reply field/) });
  });
});
