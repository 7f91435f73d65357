import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/platforms';
import { CHECK_RULES } from '../../../lib/reply/types';

/** The replies written by other hands (scored apart by `npm run eval`): well-formed, labelled with real rule ids. */
const SETS = [
  { dir: 'replies-dev', prefix: 'rd' },
  { dir: 'replies-heldout', prefix: 'rb' },
];

for (const set of SETS) {
  const root = fileURLToPath(new URL(`../../corpus/${set.dir}/`, import.meta.url));
  describe(`tests/corpus/${set.dir}`, () => {
    it.skipIf(!existsSync(root))('has every language, unique ids, known rule ids, clean replies and each semantic rule', () => {
      for (const lang of LANGUAGES) {
        const lines = readFileSync(`${root}${lang}.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; text: string; lang: string; expect: string[] });
        expect(new Set(lines.map((l) => l.id)).size, lang).toBe(lines.length);
        for (const line of lines) {
          expect(line.id.startsWith(`${lang}-${set.prefix}-`), line.id).toBe(true);
          expect(line.lang, line.id).toBe(lang);
          expect(line.text.trim().length, line.id).toBeGreaterThan(10);
          for (const rule of line.expect) expect(CHECK_RULES as readonly string[], line.id).toContain(rule);
        }
        expect(lines.filter((l) => l.expect.length === 0).length, `${lang} clean replies`).toBeGreaterThanOrEqual(5);
        for (const rule of ['conditional_incentive', 'hostile_tone', 'public_accusation', 'legal_threat']) {
          expect(lines.some((l) => l.expect.includes(rule)), `${lang} lacks ${rule}`).toBe(true);
        }
      }
    });
  });
}
