/**
 * Capacity of the composer: an account drafting many replies of one strategy (its whole history passed, as
 * a demanding panel would) never gets a draft the checker flags as a `duplicate` of an earlier one. The
 * bench (scripts/bench/reply-capacity.ts) measures 300 drafts per strategy on corpus reviews; this test
 * keeps a shorter stream of the tightest strategies (short replies, few slots) in every language.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Aspect, AspectId, Strategy } from '../../../lib/analysis/types';
import { LANGUAGES, type Language } from '../../../lib/platforms';
import { checkReply } from '../../../lib/reply/check';
import { composeReply } from '../../../lib/reply/compose';
import type { EstablishmentSettings } from '../../../lib/reply/types';

const DRAFTS = 150;

const SETTINGS: EstablishmentSettings = { establishmentName: 'Villa Tilia', managerName: 'Claire Moreau', managerRole: '', signature: '', defaultLanguage: 'en' };

/** display names: first names (greeted by name) and handles or full names (greeted neutrally) */
const AUTHORS = ['Marie', 'Tom B.', 'Ana García', 'sunny_traveler', 'Luca', undefined, 'Jonas', 'Emma Smith'];

/** positive aspects cycled through the thank-you stream, some reviews naming none */
const LIKED: AspectId[][] = [['breakfast'], ['staff', 'location'], [], ['room'], ['food', 'service'], [], ['view'], ['price', 'cleanliness']];

function analysis(language: Language, strategy: Strategy, liked: AspectId[]): AnalysisResult {
  const aspects: Aspect[] = liked.map((aspect) => ({ aspect, polarity: 'positive', start: 0, end: 1, text: '' }));
  return {
    language,
    category: strategy === 'thank' ? 'positive' : 'complaint',
    confidence: 0.8,
    signals: [],
    aspects,
    risk: { score: 30, level: 'low', components: [] },
    strategy,
    alternatives: [],
    analysedText: '',
  };
}

describe.each(LANGUAGES)('composer capacity (%s)', (lang) => {
  it.each(['thank', 'firm_and_factual', 'report_and_ignore'] as const)(`%s: ${DRAFTS} drafts with the whole history, none flagged as a duplicate`, (strategy) => {
    const history: string[] = [];
    const flagged: number[] = [];
    for (let i = 0; i < DRAFTS; i++) {
      const review = { text: `review ${i}`, author: AUTHORS[i % AUTHORS.length], platform: 'google' as const };
      const reply = composeReply(review, analysis(lang, strategy, LIKED[i % LIKED.length]!), SETTINGS, { history, minimalReply: true });
      const findings = checkReply(reply, { lang, history, platform: 'google', strategy });
      if (findings.some((f) => f.rule === 'duplicate')) flagged.push(i);
      history.push(reply);
    }
    expect(flagged).toEqual([]);
    expect(new Set(history).size).toBe(DRAFTS);
  });
});
