/** The labelled reply corpus: each reply's expected rules are found; measured replies raise no error or warning. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkReply } from '../../../lib/reply/check';
import { LANGUAGES, PLATFORMS } from '../../../lib/platforms';
import { CHECK_RULES } from '../../../lib/reply/types';

const CorpusLine = z.object({
  id: z.string().regex(/^(fr|en|es|de|it)-r-\d{3}$/),
  text: z.string().min(1),
  reviewText: z.string().optional(),
  platform: z.enum(PLATFORMS).optional(),
  lang: z.enum(LANGUAGES),
  history: z.array(z.string()).optional(),
  expect: z.array(z.enum(CHECK_RULES)),
  note: z.string().optional(),
});

function load(lang: string) {
  const url = new URL(`../../corpus/replies-${lang}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => CorpusLine.parse(JSON.parse(line)));
}

describe.each([...LANGUAGES])('reply corpus %s', (lang) => {
  const lines = load(lang);

  it('has at least 45 labelled replies, measured and bad, covering every rule but style', () => {
    expect(lines.length).toBeGreaterThanOrEqual(45);
    expect(lines.every((l) => l.lang === lang)).toBe(true);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(lines.filter((l) => l.expect.length === 0).length).toBeGreaterThanOrEqual(15);
    const covered = new Set(lines.flatMap((l) => l.expect));
    for (const rule of CHECK_RULES) if (rule !== 'style') expect(covered.has(rule), `${lang} covers ${rule}`).toBe(true);
  });

  for (const line of lines) {
    it(`${line.id} ${line.expect.length ? `→ ${line.expect.join(', ')}` : 'is measured'}`, () => {
      const findings = checkReply(line.text, { lang: line.lang, reviewText: line.reviewText, platform: line.platform, history: line.history });
      const found = new Set(findings.map((f) => f.rule));
      for (const rule of line.expect) expect(found.has(rule), `${line.id} should raise ${rule}`).toBe(true);
      if (line.expect.length === 0) {
        const loud = findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${line.text.slice(f.start, f.end)}`);
        expect(loud).toEqual([]);
      }
    });
  }
});
