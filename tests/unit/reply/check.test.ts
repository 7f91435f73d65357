/** Behaviour of checkReply: every rule in every language, offsets at both ends, traps, never throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkReply, trigramOverlap } from '../../../lib/reply/check';
import type { Language } from '../../../lib/platforms';
import type { CheckRuleId, Finding } from '../../../lib/reply/types';
import { HITS, MEASURED, FILLER } from './check-cases';

function slices(text: string, findings: Finding[], rule: CheckRuleId): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
}

describe('checkReply: each rule in each language, with exact offsets', () => {
  for (const [lang, cases] of Object.entries(HITS) as [Language, (typeof HITS)[Language]][]) {
    for (const c of cases ?? []) {
      it(`${lang} ${c.rule}: ${c.hit}`, () => {
        // the offending text alone (offset 0 and end of text), after a sentence, and before one
        const variants = [c.hit, `${FILLER[lang]}\n${c.hit}`, `${c.hit}\n${FILLER[lang]}`];
        for (const text of variants) {
          const findings = checkReply(text, { lang });
          expect(slices(text, findings, c.rule), text).toContain(c.hit);
        }
      });
    }
  }
});

describe('checkReply: measured replies raise no error or warning', () => {
  for (const [lang, replies] of Object.entries(MEASURED) as [Language, string[]][]) {
    for (const text of replies) {
      it(`${lang}: ${text.slice(0, 60)}`, () => {
        const loud = checkReply(text, { lang }).filter((f) => f.severity !== 'info');
        expect(loud.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
      });
    }
  }
});

describe('checkReply: computed rules', () => {
  it('too_long counts UTF-8 bytes on Google and spans from the crossing point to the end', () => {
    const text = 'é'.repeat(2049); // 4098 bytes, 2049 characters
    const [finding] = checkReply(text, { platform: 'google' }).filter((f) => f.rule === 'too_long');
    expect(finding).toBeDefined();
    expect(finding!.severity).toBe('error');
    expect(finding!.start).toBe(2048);
    expect(finding!.end).toBe(2049);
    expect(finding!.message).toContain('4098');
    expect(finding!.message).toContain('4096');
    expect(checkReply(text, { platform: 'tripadvisor' }).some((f) => f.rule === 'too_long')).toBe(false);
  });

  it('too_long on TripAdvisor counts characters', () => {
    const text = `Dear guest, ${'a'.repeat(5000)}`;
    const [finding] = checkReply(text, { platform: 'tripadvisor', uiLang: 'fr' }).filter((f) => f.rule === 'too_long');
    expect(finding!.start).toBe(5000);
    expect(finding!.end).toBe(text.length);
    expect(finding!.message).toContain('5012');
    expect(finding!.message).toContain('caractères');
  });

  it('shouting: capitals beyond acronyms, repeated exclamation marks', () => {
    const text = 'The WIFI, the TV and the SPA are fine. We are NOT liars. WE DID OUR BEST.';
    expect(slices(text, checkReply(text), 'shouting')).toEqual(['NOT', 'WE DID OUR BEST']);
    expect(checkReply('Thank you, the WIFI and TV work again at the SPA, see you in the USA!', {}).filter((f) => f.rule === 'shouting')).toEqual([]);
  });

  it('quotes_review: six words in a row from the review, or a quoted sentence from it', () => {
    const reviewText = 'The breakfast was cold and the staff ignored us for twenty minutes. "Never again".';
    const text = 'Dear guest, we are sorry the staff ignored us for twenty minutes, as you say; "breakfast was cold" is not what we want.';
    const found = slices(text, checkReply(text, { reviewText }), 'quotes_review');
    expect(found).toContain('the staff ignored us for twenty minutes');
    expect(found).toContain('"breakfast was cold"');
    expect(slices('Dear guest, we are sorry that breakfast was not warm enough.', checkReply('Dear guest, we are sorry that breakfast was not warm enough.', { reviewText }), 'quotes_review')).toEqual([]);
  });

  it('duplicate: 3-gram overlap above 0.6 with an earlier reply', () => {
    const earlier = 'Dear guest, thank you for your kind words about our breakfast and our team. We look forward to welcoming you again soon.';
    const text = 'Dear guest, thank you for your kind words about our breakfast and our team. We look forward to seeing you again.';
    expect(trigramOverlap(text, earlier)).toBeGreaterThan(0.6);
    expect(checkReply(text, { history: [earlier] }).some((f) => f.rule === 'duplicate')).toBe(true);
    const other = 'Hello Anna, many thanks for mentioning the view from the terrace; the chef will be delighted to hear it.';
    expect(checkReply(other, { history: [earlier] }).some((f) => f.rule === 'duplicate')).toBe(false);
  });

  it('language_mismatch: the reply is not in the expected language', () => {
    const french = 'Bonjour, merci pour votre avis. Nous sommes désolés que le petit-déjeuner ne vous ait pas plu et nous en avons parlé avec notre équipe.';
    const findings = checkReply(french, { lang: 'en' }).filter((f) => f.rule === 'language_mismatch');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.start).toBe(0);
    expect(findings[0]!.end).toBe(french.length);
    expect(checkReply(french, { lang: 'fr' }).some((f) => f.rule === 'language_mismatch')).toBe(false);
  });

  it('a guest’s full name is flagged; the manager’s signature and role are not', () => {
    const text = 'Dear John Smith, thank you for your review. Our receptionist Marie Dubois will call you.\nBest regards,\nPaul Martin, General Manager';
    expect(slices(text, checkReply(text), 'personal_data')).toEqual(['John Smith']);
    const signed = 'Dear Anna, thank you for your stay.\n— Pierre Lambert, Front Office Manager';
    expect(checkReply(signed).filter((f) => f.rule === 'personal_data')).toEqual([]);
  });

  it('the review author’s name is flagged when known', () => {
    const text = 'We read what Wiebke Verhoeven wrote about our terrace.';
    expect(slices(text, checkReply(text), 'personal_data')).toEqual([]);
    expect(slices(text, checkReply(text, { reviewAuthor: 'wiebke verhoeven' }), 'personal_data')).toEqual(['Wiebke Verhoeven']);
  });

  it('messages follow the UI language', () => {
    const [en] = checkReply('Please do not come back, Sir.').filter((f) => f.rule === 'hostile_tone');
    const [fr] = checkReply('Please do not come back, Sir.', { uiLang: 'fr' }).filter((f) => f.rule === 'hostile_tone');
    expect(en!.message).toMatch(/not to come back/);
    expect(fr!.message).toMatch(/ne pas revenir/);
    expect(fr!.suggestion).toBeTruthy();
  });

  it('returns findings sorted by start with the severities of DESIGN.md', () => {
    const text = 'Dear {name}, you are lying!! Our lawyer will call. Room 212 is clean.';
    const findings = checkReply(text, { lang: 'en' });
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const severity = Object.fromEntries(findings.map((f) => [f.rule, f.severity]));
    expect(severity).toMatchObject({ unfilled_placeholder: 'error', hostile_tone: 'warning', shouting: 'warning', legal_threat: 'warning', personal_data: 'error' });
  });

  it('empty and blank replies give no finding', () => {
    expect(checkReply('')).toEqual([]);
    expect(checkReply('   \n ')).toEqual([]);
  });
});

describe('checkReply never throws', () => {
  it('on arbitrary strings and options', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        fc.constantFrom('google', 'tripadvisor', 'other', undefined, 'bogus'),
        fc.constantFrom('fr', 'en', 'es', 'de', 'it', undefined, 'xx'),
        (text, reviewText, platform, lang) => {
          // deliberately loose options: the checker is also called with values from the page
          const options = { reviewText, platform, lang, history: reviewText ? [reviewText] : undefined } as Parameters<typeof checkReply>[1];
          const findings = checkReply(text, options);
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on non-string input', () => {
    expect(checkReply(undefined as unknown as string)).toEqual([]);
    expect(checkReply(42 as unknown as string, null as unknown as undefined)).toEqual([]);
  });
});
