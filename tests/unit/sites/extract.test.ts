// @vitest-environment jsdom
/**
 * Extraction on the project's fixture pages, checked against the data the pages were generated from
 * (tests/fixtures/demo-reviews.ts), plus what must happen when the layout changes or the page is hostile.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import * as R from '../../fixtures/demo-reviews';
import { FIXTURE_PAGES, fixturePath, fixtureUrl } from '../../fixtures/pages';
import { MAPS_TRUNCATE_AT, taPublicPage, TA_UI } from '../../fixtures/render';
import { adapterForUrl, extractPage } from '../../../lib/sites';
import * as TA_LABELS from '../../../lib/sites/tripadvisor/labels';
import * as G_LABELS from '../../../lib/sites/google/labels';

function open(file: string, html?: string): { doc: Document; url: string } {
  const url = fixtureUrl(file);
  const dom = new JSDOM(html ?? readFileSync(fixturePath(file), 'utf8'), { url });
  return { doc: dom.window.document, url };
}

function extract(file: string, html?: string) {
  const { doc, url } = open(file, html);
  const adapter = adapterForUrl(url)!;
  return { adapter, doc, url, ...extractPage(adapter, doc, url) };
}

const shown = (text: string): string => (text.length > MAPS_TRUNCATE_AT ? `${text.slice(0, MAPS_TRUNCATE_AT).trimEnd()} …` : text);

describe('TripAdvisor public pages', () => {
  const cases: [string, R.DemoReview[]][] = [
    ['tripadvisor/hotel-review_2026-11.html', R.HOTEL_EN],
    ['tripadvisor/hotel-review-fr_2026-11.html', R.HOTEL_FR],
    ['tripadvisor/hotel-review-de_2026-11.html', R.HOTEL_DE],
    ['tripadvisor/hotel-review-legacy_2022-06.html', R.HOTEL_LEGACY],
    ['tripadvisor/restaurant-review_2026-11.html', R.RESTAURANT_IT],
    ['tripadvisor/attraction-review_2026-11.html', R.ATTRACTION_ES],
  ];
  for (const [file, expected] of cases) {
    it(`${file}: id, author, rating, title, text, owner response, translation`, () => {
      const page = extract(file);
      expect(page.layoutChanged).toEqual([]);
      expect(page.reviews.map((r) => ({ id: r.id, author: r.author, rating: r.rating, title: r.title, text: r.text, ownerResponse: r.ownerResponse, machineTranslated: r.machineTranslated }))).toEqual(
        expected.map((r) => ({ id: r.id, author: r.author, rating: r.rating, title: r.title, text: r.text, ownerResponse: r.ownerResponse?.text ?? null, machineTranslated: !!r.translatedFrom })),
      );
      expect(page.reviews.every((r) => r.platform === 'tripadvisor' && r.url === fixtureUrl(file))).toBe(true);
    });
  }

  it('reads the localized "Written" line as the date (fr, de) and notes the fallback on the older layout', () => {
    expect(extract('tripadvisor/hotel-review-fr_2026-11.html').reviews[0]!.date).toBe('Écrit le 27 octobre 2026');
    expect(extract('tripadvisor/hotel-review-de_2026-11.html').reviews[0]!.date).toBe('Geschrieben am 26. Oktober 2026');
    const legacy = extract('tripadvisor/hotel-review-legacy_2022-06.html');
    const via = legacy.adapter.extract(legacy.cards[0]!, legacy.cards[0]!.ownerDocument.URL).via;
    expect(via).toMatchObject({ text: 2, rating: 1, author: 0, ownerResponse: 1 }); // q.QewHA, ui_bubble_rating, /Profile/ link, mgrRspnInline
  });

  it('marks a clamped text as truncated until its "Read more" became "Read less"', () => {
    const { doc, url, adapter, cards } = extract('tripadvisor/hotel-review_2026-11.html');
    expect(adapter.extract(cards[0]!, url).review.truncated).toBe(true);
    const control = adapter.findExpandControl(cards[0]!)!;
    expect(control.textContent).toBe('Read more');
    control.firstElementChild!.textContent = 'Read less';
    expect(adapter.extract(cards[0]!, url).review.truncated).toBe(false);
    expect(doc).toBeTruthy();
  });

  it('keeps hostile markup as text: nothing parsed, nothing created', () => {
    const page = extract('tripadvisor/hotel-review_2026-11.html');
    const hostile = page.reviews.find((r) => r.id === '1078815006')!;
    expect(hostile.text).toBe(R.HOSTILE_MARKUP);
    expect(hostile.title).toBe('Great view, <b>terrible</b> wifi');
    const card = page.cards[5]!;
    expect(card.querySelectorAll('img, script, b[onmouseover]')).toHaveLength(0);
  });

  it('says which selectors missed when the layout changes, and still returns what it found', () => {
    const html = readFileSync(fixturePath('tripadvisor/hotel-review_2026-11.html'), 'utf8').replaceAll('class="JguWG"', 'class="x1"').replaceAll('data-automation="bubbleRatingImage"', '');
    const page = extract('tripadvisor/hotel-review_2026-11.html', html);
    expect(page.reviews).toHaveLength(R.HOTEL_EN.length);
    expect(page.layoutChanged.sort()).toEqual(['rating', 'text']);
    expect(page.reviews[0]).toMatchObject({ id: '1078815001', author: 'Laurent V', text: '', rating: null, layoutChanged: ['text', 'rating'] });

    const noCards = readFileSync(fixturePath('tripadvisor/hotel-review_2026-11.html'), 'utf8').replaceAll('data-automation="reviewCard"', '');
    const empty = extract('tripadvisor/hotel-review_2026-11.html', noCards);
    expect(empty.reviews).toEqual([]);
    expect(empty.layoutChanged).toEqual(['card']);
  });

  it('caps every field, whatever the page holds', () => {
    const huge = { ...R.HOTEL_EN[0]!, author: 'A'.repeat(1000), title: 'T'.repeat(2000), text: 'word '.repeat(10_000) };
    const html = taPublicPage({ ui: TA_UI.en, title: 't', heading: 'h', place: 'Hotel_Review-g1-d2-Reviews-X.html', reviews: [huge], comment: '' });
    const [review] = extract('tripadvisor/hotel-review_2026-11.html', html).reviews;
    expect(review!.author).toHaveLength(200);
    expect(review!.title).toHaveLength(500);
    expect(review!.text).toHaveLength(20_000);
  });

  it('falls back to a stable hash id when the card carries no platform id', () => {
    const html = readFileSync(fixturePath('tripadvisor/hotel-review_2026-11.html'), 'utf8').replaceAll('ShowUserReviews', 'Profile');
    const a = extract('tripadvisor/hotel-review_2026-11.html', html).reviews;
    const b = extract('tripadvisor/hotel-review_2026-11.html', html).reviews;
    expect(a[0]!.id).toMatch(/^h:[0-9a-f]{16}$/);
    expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
  });
});

describe('TripAdvisor owner side', () => {
  it('OwnerResponse: each review gets its own textarea and submit button', () => {
    const { adapter, cards, reviews } = extract('tripadvisor/owner-response_2026-11.html');
    expect(reviews.map((r) => r.id)).toEqual(R.OWNER_PENDING.map((r) => r.id));
    expect(reviews.every((r) => r.hasReplyField)).toBe(true);
    cards.forEach((card, i) => {
      const target = adapter.findReplyField(card, cards)!;
      expect(target.field.closest('[data-response-form]')!.getAttribute('data-response-form')).toBe(R.OWNER_PENDING[i]!.id);
      expect(target.submit?.textContent).toBe('Submit response');
      expect(target.via).toEqual({ replyField: 0, submit: 2 });
    });
  });

  it('Management Center: the opener is found, and the dialog field once the page opens it', () => {
    const { adapter, cards, doc, reviews } = extract('tripadvisor/management-center_2026-11.html');
    expect(reviews.map((r) => [r.id, r.author, r.rating, r.title])).toEqual(R.MANAGEMENT_PENDING.map((r) => [r.id, r.author, r.rating, r.title]));
    expect(adapter.findReplyField(cards[0]!, cards)).toBeNull();
    expect(adapter.findReplyOpener(cards[0]!)?.textContent).toBe('Répondre');
    doc.getElementById('dialog-root')!.innerHTML = '<div role="dialog"><textarea></textarea><button>Annuler</button><button>Publier la réponse</button></div>';
    expect(adapter.findReplyField(cards[2]!, cards)).toBeNull(); // a dialog is not "after the last card"
    const target = adapter.findDialogReplyField(doc)!;
    expect(target.field.tagName).toBe('TEXTAREA');
    expect(target.submit?.textContent).toBe('Publier la réponse');
  });
});

describe('Google', () => {
  it('Maps (fr): ids, authors, language-free stars, truncated texts, owner replies, translation', () => {
    const page = extract('google/maps-reviews_2026-11.html');
    expect(page.layoutChanged).toEqual([]);
    const expected = R.MAPS_FR.slice(0, 6);
    expect(page.reviews.map((r) => ({ id: r.id, author: r.author, rating: r.rating, text: r.text, truncated: r.truncated, ownerResponse: r.ownerResponse, machineTranslated: r.machineTranslated, date: r.date }))).toEqual(
      expected.map((r) => ({ id: r.id, author: r.author, rating: r.rating, text: shown(r.text), truncated: r.text.length > MAPS_TRUNCATE_AT, ownerResponse: r.ownerResponse?.text ?? null, machineTranslated: !!r.translatedFrom, date: r.written })),
    );
    expect(page.adapter.findReplyField(page.cards[0]!, page.cards)).toBeNull(); // public page: no reply field
  });

  it('Maps lodging layout: "4/5" scores', () => {
    const page = extract('google/maps-reviews-lodging_2026-11.html');
    expect(page.reviews.map((r) => [r.author, r.rating, r.date])).toEqual(R.MAPS_LODGING_EN.map((r) => [r.author, r.rating, `${r.written} on Google`]));
    expect(page.layoutChanged).toEqual([]);
  });

  it('merchant iframe: reviews, existing business reply, the "Répondre" opener', () => {
    const page = extract('google/owner-reply-iframe_2026-11.html');
    expect(page.reviews.map((r) => [r.id, r.author, r.rating, r.text, r.ownerResponse])).toEqual(R.IFRAME_FR.map((r) => [r.id, r.author, r.rating, r.text, r.ownerResponse?.text ?? null]));
    expect(page.adapter.findReplyField(page.cards[0]!, page.cards)).toBeNull();
    expect(page.adapter.findReplyOpener(page.cards[0]!)?.getAttribute('jsname')).toBe('rhPddf');
    expect(page.adapter.findReplyOpener(page.cards[3]!)).toBeNull(); // already answered
  });

  it('single-review reply page: the page is one review (id from ?reviewId=), the textarea and send button are its own', () => {
    const page = extract('google/owner-review-reply-page_2026-11.html');
    const r = R.REPLY_PAGE_EN;
    expect(page.reviews.map((x) => [x.id, x.author, x.rating, x.text, x.date, x.hasReplyField])).toEqual([[r.id, r.author, r.rating, r.text, r.written, true]]);
    expect(page.reviews[0]!.text).toContain('<b>Not</b>'); // markup stays text
    const target = page.adapter.findReplyField(page.cards[0]!, page.cards)!;
    expect(target.field.getAttribute('jsname')).toBe('YPqjbf');
    expect(target.submit?.getAttribute('jsname')).toBe('hrGhad');
    expect(page.adapter.findReplyOpener(page.cards[0]!)).toBeNull(); // "Reply" here is the send button
  });

  it('single-review reply page: without the review block the reply row is still one review; other pages get no page card', () => {
    const html = readFileSync(fixturePath('google/owner-review-reply-page_2026-11.html'), 'utf8');
    const bare = html.replace(/<div class="hMR3Hc">[^]*?<div class="FkJOzc/, '<div class="FkJOzc');
    const page = extract('google/owner-review-reply-page_2026-11.html', bare);
    expect(page.cards).toHaveLength(1);
    expect(page.cards[0]!.className).toContain('FkJOzc');
    expect(page.reviews[0]).toMatchObject({ id: R.REPLY_PAGE_EN.id, hasReplyField: true, text: '' });
    expect(page.reviews[0]!.layoutChanged).toEqual(expect.arrayContaining(['author', 'text', 'rating']));
    // a bad reviewId falls back to a content hash, never page text as an id
    const { doc } = open('google/owner-review-reply-page_2026-11.html');
    const badUrl = fixtureUrl('google/owner-review-reply-page_2026-11.html').replace(/reviewId=[^&]+/, 'reviewId=%3Cscript%3E');
    expect(extractPage(adapterForUrl(badUrl)!, doc, badUrl).reviews[0]!.id).toMatch(/^h:/);
    // Maps never claims a textarea as a review; the merchant list keeps its own cards
    const maps = adapterForUrl(fixtureUrl('google/maps-reviews_2026-11.html'))!;
    expect(maps.findCards(doc)).toEqual([]);
    expect(extract('google/owner-reply-iframe_2026-11.html').cards.every((c) => c.hasAttribute('data-review-id'))).toBe(true);
  });

  it('business.google.com queue: the contenteditable and the (disabled) Reply button belong to the shown review', () => {
    const page = extract('google/business-queue_2026-11.html');
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]).toMatchObject({ author: 'Olivia Grant', rating: 2, hasReplyField: true, text: R.QUEUE_EN[0]!.text });
    expect(page.reviews[0]!.id).toMatch(/^h:/);
    const target = page.adapter.findReplyField(page.cards[0]!, page.cards)!;
    expect(target.field.getAttribute('role')).toBe('textbox');
    expect(target.submit?.getAttribute('jsname')).toBe('hrGhad');
  });
});

describe('every fixture page', () => {
  it('extracts without layout change and within the schema limits', () => {
    for (const page of FIXTURE_PAGES.filter((p) => !p.frameOnly)) {
      const result = extract(page.file);
      expect(result.reviews.length, page.file).toBeGreaterThan(0);
      expect(result.layoutChanged, page.file).toEqual([]);
    }
  });
});

describe('label patterns stay linear on hostile input', () => {
  const inputs = ['a'.repeat(100_000), 'Read '.repeat(20_000), ' '.repeat(100_000) + '!', 'response from '.repeat(7000)];
  for (const [name, pattern] of Object.entries({ ...TA_LABELS, ...Object.fromEntries(Object.entries(G_LABELS).map(([k, v]) => [`google.${k}`, v])) })) {
    // catastrophic backtracking on these inputs takes seconds; 250 ms leaves room for a busy machine
    it(name, { retry: 2 }, () => {
      const start = performance.now();
      for (const input of inputs) pattern.test(input);
      expect(performance.now() - start).toBeLessThan(250);
    });
  }
});
