import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTEL_EN } from '../../fixtures/demo-reviews';
import { fixturePath, fixtureUrl } from '../../fixtures/pages';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]): string => execFileSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run extract', () => {
  it('prints one JSON line per review with the documented fields', () => {
    const file = 'tripadvisor/hotel-review_2026-11.html';
    const lines = run(fixtureUrl(file), fixturePath(file)).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(HOTEL_EN.length);
    expect(Object.keys(lines[0]!)).toEqual(['platform', 'id', 'author', 'rating', 'title', 'text', 'ownerResponse', 'layoutChanged']);
    expect(lines[1]).toMatchObject({ platform: 'tripadvisor', id: '1078815002', author: 'Megan T', rating: 1, layoutChanged: [] });
  }, 30_000);

  it('prints nothing for a page no adapter claims', () => {
    expect(run('https://www.example.com/reviews', fixturePath('tripadvisor/hotel-review_2026-11.html'))).toBe('');
  }, 30_000);
});
