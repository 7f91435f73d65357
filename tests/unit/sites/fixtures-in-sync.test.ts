import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../fixtures/build';
import { FIXTURE_PAGES, fixturePath } from '../../fixtures/pages';

describe('fixture pages', () => {
  it('are what tests/fixtures/build.ts generates from demo-reviews.ts (run it after editing either)', () => {
    const rendered = renderAll();
    expect(Object.keys(rendered).sort()).toEqual(FIXTURE_PAGES.map((p) => p.file).sort());
    for (const page of FIXTURE_PAGES) expect(readFileSync(fixturePath(page.file), 'utf8'), page.file).toBe(rendered[page.file]);
  });

  it('are dated in their file names', () => {
    for (const page of FIXTURE_PAGES) expect(page.file).toMatch(/_\d{4}-\d{2}\.html$/);
  });

  it('show hostile markup as text only (escaped in the HTML source)', () => {
    const html = readFileSync(fixturePath('tripadvisor/hotel-review_2026-11.html'), 'utf8');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__tactPwned=1&quot;&gt;');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<script>window.__tactPwned/);
  });
});
