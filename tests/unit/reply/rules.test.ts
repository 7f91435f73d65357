/** Validates all checker rule data: ids, patterns, examples, counter-examples, linear time on 100 kB. */
import { describe, expect, it } from 'vitest';
import { ALL_FAMILIES, LANGUAGE_CUES, LANGUAGE_FAMILIES } from '../../../lib/reply/rules/index';
import { FINDING_MESSAGES } from '../../../lib/reply/messages';
import { CHECK_RULES } from '../../../lib/reply/types';
import { LANGUAGES } from '../../../lib/platforms';
import { normaliseForCheck } from '../../../lib/reply/check';

const rules = ALL_FAMILIES.flatMap((family) => family.rules.map((rule) => ({ family, rule })));

function subjectOf(text: string, on: 'normalised' | 'original' | undefined): string {
  return on === 'original' ? text : normaliseForCheck(text).text;
}

function matches(pattern: string, subject: string): boolean {
  return new RegExp(pattern, 'u').test(subject);
}

describe('reply checker rule data', () => {
  it('has unique ids of the form <lang>.<family>.<name> matching their file', () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { family, rule } of rules) expect(rule.id.startsWith(`${family.lang}.${family.family}.`), rule.id).toBe(true);
  });

  it('uses known rule ids and message kinds that belong to the rule', () => {
    for (const { rule } of rules) {
      expect(CHECK_RULES).toContain(rule.rule);
      expect(Object.keys(FINDING_MESSAGES)).toContain(rule.kind);
      expect(rule.kind.startsWith(`${rule.rule}.`), rule.id).toBe(true);
    }
  });

  it('has a message and a suggestion in fr and en for every kind', () => {
    for (const [kind, entry] of Object.entries(FINDING_MESSAGES)) {
      for (const ui of ['fr', 'en'] as const) {
        expect(entry[ui].message.length, kind).toBeGreaterThan(10);
        expect(entry[ui].suggestion?.length ?? 0, kind).toBeGreaterThan(5);
      }
    }
  });

  it('compiles every pattern and every cue', () => {
    for (const { rule } of rules) expect(() => new RegExp(rule.pattern, 'gu'), rule.id).not.toThrow();
    for (const cues of Object.values(LANGUAGE_CUES)) {
      for (const list of [cues!.negations, cues!.contrasts, cues!.ownContact, cues!.closings, cues!.roles, cues!.greetings, cues!.apologies, cues!.complaintCues]) {
        for (const source of list) expect(() => new RegExp(source, 'u'), source).not.toThrow();
      }
    }
  });

  it('matches every example and no counter-example', () => {
    for (const { rule } of rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      for (const example of rule.examples) expect(matches(rule.pattern, subjectOf(example, rule.on)), `${rule.id} should match: ${example}`).toBe(true);
      for (const counter of rule.counterExamples ?? []) {
        // counter-examples may rely on the engine's context (negation, own contact, validators): test those without them here
        if (rule.negatable || rule.ownContactExempt || rule.validate) continue;
        expect(matches(rule.pattern, subjectOf(counter, rule.on)), `${rule.id} should not match: ${counter}`).toBe(false);
      }
    }
  });

  it('gives every language the same rule families and cues', () => {
    for (const lang of LANGUAGES) {
      expect(LANGUAGE_CUES[lang], lang).toBeDefined();
      const families = (LANGUAGE_FAMILIES[lang] ?? []).map((f) => f.family).sort();
      expect(families, lang).toEqual(['accusation', 'hostility', 'incentive', 'legal', 'personal']);
      const kinds = new Set((LANGUAGE_FAMILIES[lang] ?? []).flatMap((f) => f.rules.map((r) => r.rule)));
      for (const rule of ['conditional_incentive', 'hostile_tone', 'public_accusation', 'legal_threat', 'personal_data'] as const) expect(kinds.has(rule), `${lang} ${rule}`).toBe(true);
    }
  });

  it('stays linear on 100 kB inputs (growth ratio 5 kB → 100 kB: linear ≈ 20x, quadratic ≈ 400x)', { timeout: 120_000, retry: 2 }, () => {
    // adversarial inputs: long runs of the characters patterns repeat over, and a repeated sentence rich in cues
    const seeds = ['a', '1', '1 ', 'a.', '@a', 'x ', '- ', 'A', 'if you change your review ', 'si vous modifiez votre avis ', 'Room 1 ', '+33 ', 'www.a', '[A', '{a', '<A', '!'];
    const time = (re: RegExp, s: string) => {
      const t0 = performance.now();
      re.lastIndex = 0;
      let guard = 0;
      while (re.exec(s) && guard++ < 200_000) if (re.lastIndex === 0) break;
      return performance.now() - t0;
    };
    const subjects = seeds.map((seed) => {
      const small = seed.repeat(Math.ceil(5_000 / seed.length));
      const big = seed.repeat(Math.ceil(100_000 / seed.length));
      return { seed, small: { original: small, normalised: subjectOf(small, 'normalised') }, big: { original: big, normalised: subjectOf(big, 'normalised') } };
    });
    for (const { rule } of rules) {
      const re = new RegExp(rule.pattern, 'gu');
      const on = rule.on === 'original' ? 'original' : 'normalised';
      for (const { seed, small, big } of subjects) {
        // best of three: the regex engine tiers up and shared machines pause
        const best = (s: string) => Math.min(time(re, s), time(re, s), time(re, s));
        const tSmall = Math.max(best(small[on]), 0.5);
        const tBig = best(big[on]);
        expect(tBig / tSmall, `${rule.id} on "${seed}"`).toBeLessThan(100);
      }
    }
  });
});
