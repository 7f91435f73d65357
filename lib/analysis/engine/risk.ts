/**
 * Risk 0–100 that a post turns into a crisis, from seed 004's ingredients (DESIGN.md "Risk"):
 * severity of the category, an objective fact, contempt or denial, diffusion, virality, low rating.
 * Every component is always listed, with its points and one sentence for the panel.
 */
import type { Category, Risk, RiskComponent, SignalType } from '../types';
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

const SEVERITY_TEXT: Record<Category, string> = {
  blackmail: 'An advantage is demanded in exchange for a review: a blackmail attempt, serious whatever the amount.',
  allegation: 'A serious accusation (fraud, theft, health, discrimination) that readers may take at face value.',
  abuse: 'Insults or threats aimed at people: distressing, but readers rarely side with them.',
  complaint: 'A negative account of the stay that other guests will read.',
  mixed: 'Mostly balanced feedback with some criticism.',
  positive: 'Praise: no reputational risk.',
  off_topic: 'Not about the establishment: little effect on its reputation.',
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
  const components: RiskComponent[] = [];

  let severity = SEVERITY[category];
  let severityText = SEVERITY_TEXT[category];
  const escalation = (['legal_threat', 'boycott_call', 'censorship_claim'] as const).filter((type) => best(hits, type) >= 0.6);
  if (escalation.length && category !== 'positive' && category !== 'off_topic') {
    severity += 4 * escalation.length;
    severityText += ` It also ${escalation.map((type) => ESCALATION_TEXT[type]).join(' and ')}.`;
  }
  components.push({ id: 'severity', points: severity, explanation: severityText });

  const fact = best(hits, 'objective_fact');
  const factCount = count(hits, 'objective_fact', 0.4);
  const factPoints = fact >= 0.7 || factCount >= 3 ? 15 : fact >= 0.4 ? 7 : 0;
  components.push({
    id: 'objective_fact',
    points: factPoints,
    explanation: factPoints >= 15
      ? 'It cites verifiable facts (photos, receipts, times, amounts): hard to dismiss and easy to spread.'
      : factPoints
        ? 'It gives some precise details (an amount, a time, a room) that make it more credible.'
        : 'No verifiable fact (photo, receipt, precise time or amount) is cited.',
  });

  const contempt = best(hits, 'contempt_reported');
  const contemptPoints = contempt >= 0.7 ? 15 : contempt >= 0.5 ? 9 : 0;
  components.push({
    id: 'contempt',
    points: contemptPoints,
    explanation: contemptPoints
      ? 'The guest reports contempt, denial or being ignored: what turns a complaint into a crisis.'
      : 'No contempt or denial by the establishment is reported.',
  });

  const channels = best(hits, 'multi_channel');
  const boycott = best(hits, 'boycott_call');
  const diffusionPoints = Math.min(15, (channels >= 0.8 ? 12 : channels >= 0.5 ? 7 : 0) + (boycott >= 0.6 ? 4 : 0));
  components.push({
    id: 'diffusion',
    points: diffusionPoints,
    explanation: channels >= 0.5
      ? 'The story is, or will be, posted on several channels.'
      : boycott >= 0.6
        ? 'The guest urges others to stay away.'
        : 'No sign of the story being spread to other channels.',
  });

  const virality = best(hits, 'virality');
  const viralityPoints = virality >= 0.8 ? 18 : virality >= 0.7 ? 12 : virality >= 0.5 ? 6 : 0;
  components.push({
    id: 'virality',
    points: viralityPoints,
    explanation: viralityPoints
      ? 'The writer claims an audience (followers, blog, media) or promises to spread it widely.'
      : 'No audience, influencer or media is mentioned.',
  });

  const ratingPoints = rating === 1 ? 10 : rating === 2 ? 6 : rating === 3 ? 2 : 0;
  components.push({
    id: 'rating',
    points: ratingPoints,
    explanation: rating === undefined || !Number.isFinite(rating)
      ? 'No star rating was given.'
      : ratingPoints
        ? `A ${Math.round(rating)}-star rating pulls the average down.`
        : `A ${Math.round(rating)}-star rating does not hurt the average.`,
  });

  const score = Math.max(0, Math.min(100, components.reduce((sum, c) => sum + c.points, 0)));
  const level = score >= LEVELS.high ? 'high' : score >= LEVELS.medium ? 'medium' : 'low';
  return { score, level, components };
}

const ESCALATION_TEXT: Record<'legal_threat' | 'boycott_call' | 'censorship_claim', string> = {
  legal_threat: 'threatens legal or official action',
  boycott_call: 'calls on others to stay away',
  censorship_claim: 'claims reviews are censored or faked',
};
