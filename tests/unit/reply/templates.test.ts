/** Validates the reply template data of every language (lib/reply/templates/*). */
import { describe, expect, it } from 'vitest';
import { ASPECTS, STRATEGIES } from '../../../lib/analysis/types';
import { LANGUAGES } from '../../../lib/platforms';
import { TONES } from '../../../lib/reply/types';
import { expandWording, fillWording, MAX_EXPANSIONS, wordingsFor } from '../../../lib/reply/compose';
import {
  ALLEGATION_SIGNALS,
  BLOCK_IDS,
  BLOCK_REQUIRES,
  COMMON_STRATEGIES,
  PLACEHOLDERS,
  PLANS,
  TEMPLATES,
  type BlockId,
  type LanguageTemplates,
} from '../../../lib/reply/templates';

const GREETING_BLOCKS: readonly BlockId[] = ['greeting', 'greetingNeutral'];
/** placeholders only the blocks that require them may use (their value is not always there) */
const CONDITIONAL = new Set(Object.values(BLOCK_REQUIRES));

/** Every (block, tone, wordings) a language defines, shared and per strategy. */
function allWordings(t: LanguageTemplates): { where: string; block: BlockId; wordings: string[] }[] {
  const out: { where: string; block: BlockId; wordings: string[] }[] = [];
  const add = (where: string, blocks: Partial<Record<BlockId, Partial<Record<string, string[]>>>>) => {
    for (const [block, byTone] of Object.entries(blocks)) {
      for (const [tone, wordings] of Object.entries(byTone ?? {})) out.push({ where: `${where}.${block}.${tone}`, block: block as BlockId, wordings: wordings ?? [] });
    }
  };
  add(`${t.lang}.shared`, t.shared);
  for (const [strategy, blocks] of Object.entries(t.strategies)) add(`${t.lang}.${strategy}`, blocks ?? {});
  return out;
}

// what a public reply must never offer, threaten or say (DESIGN.md "Replies")
const FORBIDDEN: Record<string, RegExp> = {
  fr: /rembours|gratuit|offert|réduction|geste commercial|chantage|extorsion|avocat|police|plainte|tribunal|menteur|faux avis/i,
  en: /refund|free of charge|complimentary|discount|voucher|blackmail|extortion|lawyer|police|sue\b|court|liar|fake review/i,
  es: /reembols|gratis|gratuit|descuento|chantaje|extorsión|abogado|policía|denuncia|tribunal|mentiros|opinión falsa/i,
  de: /erstatt|gratis|kostenlos|rabatt|gutschein|erpress|anwalt|polizei|anzeige|vor gericht|gerichtlich|lügner|gefälschte/i,
  it: /rimbors|gratis|gratuit|sconto|buono regalo|ricatt|estorsion|avvocat|polizia|denuncia|tribunale|bugiard|recensione falsa/i,
};

describe.each(LANGUAGES)('templates %s', (lang) => {
  const t = TEMPLATES[lang];

  it('is the file of its language', () => {
    expect(t.lang).toBe(lang);
  });

  it('resolves every slot of every plan, for every strategy and tone, with enough wordings', () => {
    for (const strategy of STRATEGIES) {
      for (const tone of TONES) {
        for (const slot of PLANS[strategy][tone]) {
          for (const block of slot.blocks) {
            const wordings = wordingsFor(t, strategy, block, tone);
            const min = GREETING_BLOCKS.includes(block) ? 2 : COMMON_STRATEGIES.includes(strategy) ? 4 : 3;
            expect(wordings.length, `${lang} ${strategy} ${tone} ${block}`).toBeGreaterThanOrEqual(min);
            const withoutEstablishment = wordings.filter((w) => !w.includes('{establishment}'));
            expect(withoutEstablishment.length, `${lang} ${strategy} ${tone} ${block} without {establishment}`).toBeGreaterThanOrEqual(2);
          }
        }
      }
    }
  });

  it('uses only known blocks and placeholders, each block with the placeholder it exists for', () => {
    for (const { where, block, wordings } of allWordings(t)) {
      expect(BLOCK_IDS).toContain(block);
      expect(new Set(wordings).size, `${where} has duplicates`).toBe(wordings.length);
      for (const template of wordings) {
        // alternatives: well-formed "[a|b]" groups, not nested, each expansion a wording of its own
        expect(template.replace(/\[[^[\]]*\]/g, ''), where).not.toMatch(/[[\]|]/);
        const expansions = expandWording(template);
        expect(expansions.length, where).toBeLessThanOrEqual(MAX_EXPANSIONS);
        expect(new Set(expansions).size, `${where}: ${template} repeats an expansion`).toBe(expansions.length);
        for (const wording of expansions) {
        expect(wording.trim(), where).toBe(wording);
        expect(wording.length, where).toBeGreaterThan(3);
        const used = [...wording.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
        for (const name of used) expect(PLACEHOLDERS, `${where}: {${name}}`).toContain(name);
        const required = BLOCK_REQUIRES[block];
        if (required) expect(used, `${where}: ${wording}`).toContain(required);
        for (const name of used) if (CONDITIONAL.has(name as never) && name !== required) throw new Error(`${where} uses {${name}} without requiring it: ${wording}`);
        // no braces or brackets other than placeholders, nothing that reads as a list, a link or markup
        expect(wording.replace(/\{[a-z]+\}/g, ''), where).not.toMatch(/[{}[\]<>]/);
        expect(wording, where).not.toMatch(/^\s*(?:[-*•]|\d+[.)])\s/m);
        expect(wording, where).not.toMatch(/https?:|www\.|@/i);
        expect(wording, where).not.toMatch(/!!|\b[A-ZÀ-Ý]{3,}\b/);
        expect(wording, where).not.toMatch(FORBIDDEN[lang]!);
        }
      }
    }
  });

  it('leaves no placeholder once filled', () => {
    const values = { name: 'Marie', concerns: 'x', praised: 'y', contact: 'z', facts: 'f.', establishment: 'E', visit: 'v' };
    for (const { where, wordings } of allWordings(t)) {
      for (const wording of wordings.flatMap(expandWording)) expect(fillWording(wording, values), where).not.toMatch(/[{}[\]|]/);
    }
  });

  it('names every aspect with and without praise, and every allegation neutrally', () => {
    for (const aspect of ASPECTS) {
      const phrases = t.aspects[aspect];
      expect(phrases.positive.length, `${lang} ${aspect}`).toBeGreaterThan(0);
      expect(phrases.negative.length, `${lang} ${aspect}`).toBeGreaterThan(0);
      for (const phrase of [...phrases.positive, ...phrases.negative]) {
        expect(phrase.trim()).toBe(phrase);
        expect(phrase).not.toMatch(/[{}[\]<>.!?]/);
        expect(phrase).not.toMatch(FORBIDDEN[lang]!);
      }
    }
    for (const signal of ALLEGATION_SIGNALS) expect(t.allegations[signal].length).toBeGreaterThan(3);
    for (const venue of ['hotel', 'restaurant', 'unknown'] as const) expect(t.visit[venue].length).toBeGreaterThan(3);
  });

  it('has advice for the manager for every strategy, and humour that never addresses the guest', () => {
    for (const strategy of STRATEGIES) expect(t.advice[strategy].length).toBeGreaterThan(20);
    const second: Record<string, RegExp> = {
      fr: /\b(vous|votre|vos)\b/i,
      en: /\b(you|your)\b/i,
      es: /\b(usted|su|sus)\b/i,
      de: /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/,
      it: /\b(Lei|Sua|Suo|Sue|Suoi)\b/,
    };
    for (const block of ['humor', 'humorGeneric'] as const) {
      for (const tone of TONES) {
        for (const wording of wordingsFor(t, 'defuse_with_humor', block, tone)) expect(wording).not.toMatch(second[lang]!);
      }
    }
  });
});
