import { describe, expect, it } from 'vitest';
import { PAGE_DETECTORS, REJECTED_URLS, detectPage } from '../../../lib/sites/url';
import { FIXTURE_PAGES } from '../../fixtures/pages';

describe('page detectors', () => {
  for (const detector of PAGE_DETECTORS) {
    it(`${detector.kind}: accepts every URL it lists, and no other detector does`, () => {
      expect(detector.examples.length).toBeGreaterThan(0);
      for (const url of detector.examples) {
        expect(detectPage(url), url).toBe(detector.kind);
        const others = PAGE_DETECTORS.filter((d) => d !== detector && d.accepts(new URL(url))).map((d) => d.kind);
        expect(others, url).toEqual([]);
      }
    });
  }

  it('rejects look-alikes, near misses, plain http and non-URLs', () => {
    for (const url of REJECTED_URLS) expect(detectPage(url), url).toBeNull();
  });

  it('claims every review fixture at its served URL, and none of the frame-only pages', () => {
    for (const page of FIXTURE_PAGES) {
      const kind = detectPage(page.url);
      if (page.frameOnly) expect(kind, page.url).toBeNull();
      else expect(kind, page.url).not.toBeNull();
    }
  });
});
