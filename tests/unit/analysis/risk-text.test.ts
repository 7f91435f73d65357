/**
 * Risk explanations are data in both UI languages (lib/i18n/risk.ts): every reason the engine can give has a
 * sentence in English and in French, the engine's English `explanation` is the same sentence, and the panel
 * can word each component in the manager's language.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import { RISK_REASONS } from '../../../lib/analysis/types';
import { RISK_TEXT_EN, riskSentence } from '../../../lib/i18n/risk';

describe('risk explanations', () => {
  it('have an English and a distinct French sentence for every reason', () => {
    for (const reason of RISK_REASONS) {
      const en = riskSentence({ reason, stars: 2 }, 'en');
      const fr = riskSentence({ reason, stars: 2 }, 'fr');
      expect(en.length, reason).toBeGreaterThan(10);
      expect(fr.length, reason).toBeGreaterThan(10);
      expect(fr, reason).not.toBe(en);
      expect(`${en}${fr}`, reason).not.toContain('{');
    }
    expect(Object.keys(RISK_TEXT_EN).sort()).toEqual([...RISK_REASONS].sort());
  });

  it('give each component of a real analysis a reason whose English sentence is its explanation', () => {
    const result = analyzeReview({
      text: 'Remboursez-moi 200 euros avant vendredi, sinon je publie un avis à une étoile sur TripAdvisor et Google, et mon avocat vous contactera.',
      rating: 1,
    });
    expect(result.category).toBe('blackmail');
    const byId = new Map(result.risk.components.map((c) => [c.id, c]));
    expect(byId.get('severity')?.reason).toBe('severity.blackmail');
    expect(byId.get('rating')?.reason).toBe('rating.low');
    expect(byId.get('rating')?.stars).toBe(1);
    for (const component of result.risk.components) expect(component.explanation).toBe(riskSentence(component, 'en'));
    expect(riskSentence(byId.get('rating')!, 'fr')).toBe('Une note de 1 sur 5 fait baisser la moyenne.');
  });

  it('name the escalating signals in the severity sentence, in both languages', () => {
    const severity = { reason: 'severity.complaint' as const, escalations: ['legal_threat' as const, 'boycott_call' as const] };
    expect(riskSentence(severity, 'en')).toBe('A negative account of the stay that other guests will read. It also threatens legal or official action and calls on others to stay away.');
    expect(riskSentence(severity, 'fr')).toContain('De plus, il menace d’une action en justice ou auprès d’une autorité et appelle les autres à ne pas venir.');
  });

  it('leave praise and off-topic posts without escalation points', () => {
    const result = analyzeReview({ text: 'Wonderful stay, the staff were lovely and the breakfast excellent. Thank you!', rating: 5 });
    const severity = result.risk.components.find((c) => c.id === 'severity');
    expect(severity?.escalations).toBeUndefined();
    expect(result.risk.components.find((c) => c.id === 'rating')?.reason).toBe('rating.harmless');
  });
});
