/** The `suggest` CLI, line by line (scripts/suggest.ts). */
import { describe, expect, it } from 'vitest';
import { isManagerAdvice } from '../../../lib/reply/compose';
import { suggestLine } from '../../../scripts/suggest';

describe('suggestLine', () => {
  it('drafts and checks a reply in the review’s language, signed from the settings', () => {
    const { out, ok } = suggestLine(
      JSON.stringify({
        id: 'r1',
        text: 'Le petit-déjeuner était froid et le bruit de la rue nous a réveillés toute la nuit.',
        platform: 'tripadvisor',
        author: 'Marie D.',
        settings: { establishmentName: 'Villa Tilia', managerName: 'Claire Moreau' },
      }),
    );
    expect(ok).toBe(true);
    expect(out.id).toBe('r1');
    expect(out.language).toBe('fr');
    expect(typeof out.strategy).toBe('string');
    expect(out.reply).toMatch(/^Bonjour/);
    expect(out.reply).toMatch(/Claire Moreau\nVilla Tilia$/);
    expect(Array.isArray(out.check)).toBe(true);
    expect((out.check as { severity: string }[]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('follows the strategy, tone and facts given, and states the facts', () => {
    const facts = 'Our register shows a check-out at 2 pm, three hours late';
    const { out } = suggestLine(JSON.stringify({ id: 2, text: 'The room was dirty and nobody cared.', strategy: 'firm_and_factual', tone: 'formal', facts }));
    expect(out.strategy).toBe('firm_and_factual');
    expect(out.reply).toContain(`${facts}.`);
  });

  it('gives the advice and the minimal reply for report_and_ignore', () => {
    const { out } = suggestLine(JSON.stringify({ id: 'spam', text: 'Cheap watches here www.example.com', strategy: 'report_and_ignore' }));
    expect(typeof out.advice).toBe('string');
    expect(isManagerAdvice(String(out.reply))).toBe(false);
    expect(String(out.reply).length).toBeLessThan(400);
  });

  it('varies replies within one run through the history', () => {
    const line = JSON.stringify({ id: 'a', text: 'Great stay, lovely staff and a superb breakfast!' });
    const first = suggestLine(line).out.reply as string;
    const second = suggestLine(line, [first]).out.reply as string;
    expect(second).not.toBe(first);
  });

  it('reports bad lines with their id when there is one', () => {
    expect(suggestLine('not json')).toEqual({ out: { error: 'invalid JSON' }, ok: false });
    expect(suggestLine('[1]').ok).toBe(false);
    const noText = suggestLine(JSON.stringify({ id: 'x' }));
    expect(noText.ok).toBe(false);
    expect(noText.out.id).toBe('x');
    const badTone = suggestLine(JSON.stringify({ id: 'y', text: 'ok', tone: 'angry' }));
    expect(badTone.ok).toBe(false);
    expect(String(badTone.out.error)).toMatch(/tone/);
    expect(suggestLine(JSON.stringify({ id: 'z', text: 'ok', settings: { defaultLanguage: 'pt' } })).ok).toBe(false);
  });
});
