/**
 * Risk 0–100 that a post turns into a crisis, from seed 004's ingredients (DESIGN.md "Risk"):
 * severity of the category, an objective fact, contempt or denial, diffusion, virality, low rating.
 * Every component is always listed, with its points and one sentence for the panel.
 */
import type { Category, Risk, RiskComponent, RiskEscalation, RiskReason, SignalType } from '../types';
import { riskSentenceEn } from '../../i18n/risk';
import type { RuleHit } from './signals';

const SEVERITY: Record<Category, number> = {
  blackmail: 35,
  allegation: 30,
  abuse: 25,
  complaint: 15,
  mixed: 6,
  positive: 0,
  off_topic: 0,
};

const LEVELS = { medium: 30, high: 60 } as const;

function best(hits: RuleHit[], type: SignalType): number {
  let max = 0;
  for (const hit of hits) if (hit.signal === type && hit.weight > max) max = hit.weight;
  return max;
}

function count(hits: RuleHit[], type: SignalType, minWeight: number): number {
  return hits.filter((hit) => hit.signal === type && hit.weight >= minWeight).length;
}

export function assessRisk(category: Category, hits: RuleHit[], rating: number | undefined): Risk {
  const parts: Omit<RiskComponent, 'explanation'>[] = [];

  const found: RiskEscalation[] = (['legal_threat', 'boycott_call', 'censorship_claim'] as const).filter((type) => best(hits, type) >= 0.6);
  const escalations = category !== 'positive' && category !== 'off_topic' ? found : [];
  parts.push({ id: 'severity', points: SEVERITY[category] + 4 * escalations.length, reason: `severity.${category}`, ...(escalations.length ? { escalations } : {}) });

  const fact = best(hits, 'objective_fact');
  const factCount = count(hits, 'objective_fact', 0.4);
  const factPoints = fact >= 0.7 || factCount >= 3 ? 15 : fact >= 0.4 ? 7 : 0;
  parts.push({ id: 'objective_fact', points: factPoints, reason: factPoints >= 15 ? 'objective_fact.strong' : factPoints ? 'objective_fact.some' : 'objective_fact.none' });

  const contempt = best(hits, 'contempt_reported');
  const contemptPoints = contempt >= 0.7 ? 15 : contempt >= 0.5 ? 9 : 0;
  parts.push({ id: 'contempt', points: contemptPoints, reason: contemptPoints ? 'contempt.reported' : 'contempt.none' });

  const channels = best(hits, 'multi_channel');
  const boycott = best(hits, 'boycott_call');
  const diffusionPoints = Math.min(15, (channels >= 0.8 ? 12 : channels >= 0.5 ? 7 : 0) + (boycott >= 0.6 ? 4 : 0));
  parts.push({ id: 'diffusion', points: diffusionPoints, reason: channels >= 0.5 ? 'diffusion.channels' : boycott >= 0.6 ? 'diffusion.boycott' : 'diffusion.none' });

  const virality = best(hits, 'virality');
  const viralityPoints = virality >= 0.8 ? 18 : virality >= 0.7 ? 12 : virality >= 0.5 ? 6 : 0;
  parts.push({ id: 'virality', points: viralityPoints, reason: viralityPoints ? 'virality.claimed' : 'virality.none' });

  const ratingPoints = rating === 1 ? 10 : rating === 2 ? 6 : rating === 3 ? 2 : 0;
  const known = rating !== undefined && Number.isFinite(rating);
  const ratingReason: RiskReason = !known ? 'rating.unknown' : ratingPoints ? 'rating.low' : 'rating.harmless';
  parts.push({ id: 'rating', points: ratingPoints, reason: ratingReason, ...(known ? { stars: Math.round(rating) } : {}) });

  const components: RiskComponent[] = parts.map((part) => ({ ...part, explanation: riskSentenceEn(part) }));
  const score = Math.max(0, Math.min(100, components.reduce((sum, c) => sum + c.points, 0)));
  const level = score >= LEVELS.high ? 'high' : score >= LEVELS.medium ? 'medium' : 'low';
  return { score, level, components };
}
