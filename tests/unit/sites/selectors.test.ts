// @vitest-environment jsdom
/**
 * Every selector's expected count on every fixture it names (tests/fixtures/<site>/ and, when present beside
 * the repo, the real captures in ../shared/platforms/fixtures), and extraction on those real captures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TRIPADVISOR_SELECTORS } from '../../../lib/sites/tripadvisor/selectors';
import { GOOGLE_SELECTORS } from '../../../lib/sites/google/selectors';
import { outermost, queryAll, type SelectorSpec } from '../../../lib/sites/selector';
import { adapterForUrl, extractPage } from '../../../lib/sites';

const repoRoot = resolve(import.meta.dirname, '../../..');
const fixturesDir = resolve(repoRoot, 'tests/fixtures');
// CI keeps the shared folder beside the repository
const realDir = resolve(repoRoot, '../shared/platforms/fixtures');
const hasReal = existsSync(realDir);

function load(name: string): Document {
  const file = name.startsWith('real:') ? resolve(realDir, name.slice(5)) : resolve(fixturesDir, name);
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

function count(doc: Document, spec: SelectorSpec): number {
  const found = queryAll(doc, spec).value;
  return spec.name === 'card' ? outermost(found).length : found.length;
}

const SITES = { tripadvisor: TRIPADVISOR_SELECTORS, google: GOOGLE_SELECTORS } as const;

for (const [site, specs] of Object.entries(SITES)) {
  describe(`${site} selectors`, () => {
    const files = readdirSync(resolve(fixturesDir, site)).filter((f) => f.endsWith('.html')).map((f) => `${site}/${f}`);

    it('each spec is well formed: named, alternatives that parse, at least one expectation', () => {
      const doc = new JSDOM('<p></p>').window.document;
      const names = new Set<string>();
      for (const spec of specs) {
        expect(names.has(spec.name), `duplicate spec name ${spec.name}`).toBe(false);
        names.add(spec.name);
        expect(spec.alternatives.length).toBeGreaterThan(0);
        for (const css of spec.alternatives) expect(() => doc.querySelectorAll(css), css).not.toThrow();
        expect(Object.keys(spec.expect).length, spec.name).toBeGreaterThan(0);
        for (const fixture of Object.keys(spec.expect)) {
          if (!fixture.startsWith('real:')) expect(files, `${spec.name} names a missing fixture`).toContain(fixture);
        }
      }
    });

    it('every fixture page is checked by the required specs', () => {
      const reviewPages = files.filter((f) => !/wrapper|search-merchant/.test(f));
      for (const file of reviewPages) {
        const card = specs.find((s) => s.name === 'card')!;
        // Google's single-review reply page has no card: its reply field makes the page one review
        const replyField = specs.find((s) => s.name === 'replyField');
        const reviews = /review-reply-page/.test(file) ? (replyField?.expect[file] ?? 0) : (card.expect[file] ?? 0);
        expect(reviews, `card (or reply-page field) count for ${file}`).toBeGreaterThan(0);
      }
    });

    for (const spec of specs) {
      for (const [fixture, expected] of Object.entries(spec.expect)) {
        const real = fixture.startsWith('real:');
        it.skipIf(real && !hasReal)(`${spec.name} finds ${expected} on ${fixture}`, () => {
          expect(count(load(fixture), spec)).toBe(expected);
        });
      }
    }
  });
}

describe.skipIf(!hasReal)('extraction on the real captures (../shared/platforms/fixtures)', () => {
  const read = (file: string, url: string) => {
    const dom = new JSDOM(readFileSync(resolve(realDir, file), 'utf8'), { url });
    return extractPage(adapterForUrl(url)!, dom.window.document, url);
  };

  it('TripAdvisor attraction reviews tab (2026): ids from permalinks, bubbles counted, translation flagged', () => {
    const page = read('tripadvisor_attraction_reviews-tab_2026_excerpt.html', 'https://www.tripadvisor.com/Attraction_Review-g293924-d1177507-Reviews-Night_Market-Hanoi.html');
    expect(page.layoutChanged).toEqual([]);
    expect(page.reviews.map((r) => [r.id, r.author, r.rating, r.title, r.machineTranslated, r.date])).toEqual([
      ['1078815755', 'kisha m', 5, 'Best of Night Market Experience', false, 'Written September 22, 2026'],
      ['1071153505', 'Jean-Emmanuel R', 3, 'Somewhat mixed review', true, 'Written August 2, 2026'],
    ]);
    expect(page.reviews[1]!.text).toMatch(/^Very large night market .*\nOn the other hand, .*chaos in high season\.$/s);
    expect(page.reviews.every((r) => r.ownerResponse === null && r.truncated)).toBe(true);
  });

  it('Google Maps reviews (sanitized snapshot): data-review-id, aria-label author, language-free stars, dates', () => {
    const page = read('google_maps_reviews_sanitized_snapshot_excerpt.html', 'https://www.google.com/maps/place/Toko+Besi+Mahameru+Baja/@-7.2,112.7,17z?hl=en');
    expect(page.layoutChanged).toEqual([]);
    expect(page.reviews.map((r) => [r.id.slice(0, 12), r.author, r.rating, r.date])).toEqual([
      ['Ci9DQUlRQUNv', 'Diyon putra @gmail.com Dulhadi', 5, 'a year ago'],
      ['ChZDSUhNMG9n', 'Erlangga Fabiyan', 5, '2 years ago'],
      ['ChdDSUhNMG9n', 'Budi Ahmad', 5, 'Edited 3 months ago'],
    ]);
    expect(page.reviews[1]!.text).toMatch(/^Lokasi strategis.*The best$/);
  });

  it('Business Profile queue buttons (partial): the send button and the contenteditable are found', async () => {
    const { findOwned, findSubmitNear } = await import('../../../lib/sites/reply-field');
    const S = await import('../../../lib/sites/google/selectors');
    const doc = load('real:google_gbp_reply_queue_buttons_partial.html');
    const field = queryAll(doc, S.replyField);
    expect(field.value).toHaveLength(1);
    expect(field.via).toBe(2); // [contenteditable="true"][role="textbox"]
    const submit = findSubmitNear(field.value[0]!.parentElement!.querySelector('[contenteditable]')!, S.submitButton, (el) => el.getAttribute('jsname') === 'hrGhad');
    expect(submit.element?.textContent?.trim()).toBe('Rispondi');
    expect(typeof findOwned).toBe('function');
  });
});
