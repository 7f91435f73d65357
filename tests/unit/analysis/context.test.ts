/**
 * Context, not keywords (DESIGN.md "Negation and context matter" and issue 3): each case states what a
 * keyword matcher would get wrong.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import type { Category, SignalType } from '../../../lib/analysis/types';

function analyse(text: string, extra: { title?: string; rating?: number; hasContradictingFacts?: boolean } = {}) {
  return analyzeReview({ text, ...extra });
}
const types = (text: string): SignalType[] => analyse(text).signals.map((s) => s.type);

describe('context cases of DESIGN.md', () => {
  const cases: [string, Category][] = [
    ['No bed bugs, unlike other reviews. Clean, quiet room and a lovely host.', 'positive'],
    ['They refunded us without asking when the spa closed. Wonderful team.', 'positive'],
    ['I asked for a refund and they refused. Disappointing end to the trip.', 'complaint'],
    ["I'll post a glowing review everywhere, thank you for a perfect weekend!", 'positive'],
    ['This review would look very different if I had been refunded.', 'blackmail'],
    ["I'll change my rating once refunded.", 'blackmail'],
    ['I would hate to have to describe this stay online; a refund would settle it.', 'blackmail'],
    ['Someone ordered me to post reviews on your listing. Contact me on WhatsApp.', 'blackmail'],
    ['We have posted 4 negative reviews on your business. Pay with Amazon gift cards to stop more reviews.', 'blackmail'],
    ['Oh great, another cold shower. Thanks for nothing.', 'complaint'],
    ['Wow, what a joke of a hotel. Five-star filth at a luxury price.', 'complaint'],
  ];
  for (const [text, category] of cases) {
    it(`${category}: ${text}`, () => {
      expect(analyse(text).category).toBe(category);
    });
  }

  it('a negated hazard leaves no health_hazard signal', () => {
    expect(types('No bed bugs, unlike other reviews.')).not.toContain('health_hazard');
    expect(types('We found bed bugs.')).toContain('health_hazard');
  });

  it('"nobody" negates the praise word after it', () => {
    const signals = analyse('Nice rooftop view but the wifi kept dropping and nobody fixed it.').signals;
    expect(signals.filter((s) => s.text === 'fixed').map((s) => s.type)).toEqual(['negative']);
    expect(analyse('The wifi dropped once and the staff fixed it at once.').signals.some((s) => s.text === 'fixed' && s.type === 'negative')).toBe(false);
  });

  it('a reported gesture is not a demand', () => {
    expect(types('They kindly waived the parking charges.')).not.toContain('demand');
    expect(types('Waive the parking charges.')).toContain('demand');
  });

  it('a refused request with no review threat is a complaint, with the threat it is blackmail', () => {
    expect(analyse('I asked them to refund me and they refused.').category).toBe('complaint');
    expect(analyse('Refund me or I will post a bad review on TripAdvisor.').category).toBe('blackmail');
  });

  it('announcing an honest review without any demand is not blackmail', () => {
    expect(analyse('I will write a review on TripAdvisor so families know: filthy pool, broken sunbeds.').category).toBe('complaint');
  });

  it('hyperbole is not violence: "to die for", "killing us", "kill for"', () => {
    for (const text of ['The tiramisu was to die for.', 'The heat was killing us but the pool was lovely.', 'I could kill for that dessert.']) {
      expect(types(text), text).not.toContain('violence_threat');
      expect(analyse(text).category, text).not.toBe('abuse');
    }
  });

  it('swearing about the place is a complaint; insulting a person is abuse', () => {
    expect(analyse('The food was shit and the room was crap.').category).toBe('complaint');
    expect(analyse('The manager is a complete idiot.').category).toBe('abuse');
  });

  it('a pasted email or SMS is analysed like a review', () => {
    const email = 'From: guest@example.com\nSubject: your hotel\n\nDear manager,\nunless you refund the two nights I will leave a one-star review on Google.\nRegards';
    expect(analyse(email).category).toBe('blackmail');
    expect(analyse('hi room 12 here. comp our dinner or i write a bad review').category).toBe('blackmail');
  });

  it('the rating never decides the category', () => {
    const text = 'Spotless room, superb breakfast and a lovely team.';
    expect(analyse(text, { rating: 1 }).category).toBe('positive');
    expect(analyse('Dirty room, rude staff and a terrible breakfast.', { rating: 5 }).category).toBe('complaint');
  });

  it('the title counts as text', () => {
    expect(analyse('We stayed two nights in May.', { title: 'Filthy and rude, never again' }).category).toBe('complaint');
  });

  it('a text in a language Tact does not read gets "und" and still a category', () => {
    const r = analyse('Отель был ужасный, грязный номер.');
    expect(r.language).toBe('und');
    expect(['mixed', 'complaint', 'positive', 'off_topic']).toContain(r.category);
  });
});

describe('strategy and risk', () => {
  it('firm_and_factual only when the manager has contradicting facts', () => {
    const text = 'Dirty room and the manager laughed at us. I have photos.';
    expect(analyse(text).strategy).not.toBe('firm_and_factual');
    expect(analyse(text).alternatives).not.toContain('firm_and_factual');
    expect(analyse(text, { hasContradictingFacts: true }).strategy).toBe('firm_and_factual');
  });

  it('humour is never offered for allegation, abuse or blackmail, and only as an alternative', () => {
    for (const text of ['We found cockroaches in the kitchen.', 'You are a bunch of idiots.', 'Refund me or I post a bad review.', 'Slightly slow service at breakfast, otherwise fine but the coffee was cold.']) {
      const r = analyse(text);
      expect(r.strategy).not.toBe('defuse_with_humor');
      if (['allegation', 'abuse', 'blackmail'].includes(r.category)) expect(r.alternatives).not.toContain('defuse_with_humor');
    }
  });

  it('blackmail gets the protocol; spam and abuse are reported', () => {
    expect(analyse('Refund me or I post a bad review.').strategy).toBe('blackmail_protocol');
    expect(analyse('Buy followers cheap, click here www.spam.biz').strategy).toBe('report_and_ignore');
    expect(analyse('You stupid cow.').strategy).toBe('report_and_ignore');
    expect(analyse('Perfect stay, lovely staff!').strategy).toBe('thank');
  });

  it('risk rises with the crisis ingredients of seed 004 and every component is explained', () => {
    const plain = analyse('The room was dirty and the staff unhelpful.', { rating: 2 });
    const crisis = analyse('The room was dirty and the manager laughed at us. I have photos and receipts. I posted this on Google, TripAdvisor and Facebook, and my 50k followers will hear about it.', { rating: 1 });
    expect(crisis.risk.score).toBeGreaterThan(plain.risk.score);
    expect(crisis.risk.level).toBe('high');
    for (const id of ['severity', 'objective_fact', 'contempt', 'diffusion', 'virality', 'rating']) {
      const c = crisis.risk.components.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(c?.points, id).toBeGreaterThan(0);
      expect(c?.explanation.length, id).toBeGreaterThan(10);
    }
    expect(crisis.risk.components.reduce((s, c) => s + c.points, 0)).toBe(crisis.risk.score);
  });
});
