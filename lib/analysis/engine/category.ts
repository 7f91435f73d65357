/**
 * From evidence to one category, by DESIGN.md precedence:
 * blackmail > abuse > off_topic > allegation > complaint > mixed > positive.
 * The thresholds are the engine's policy, stated once here; rule weights say how sure each piece is.
 */
import type { Category, SignalType } from '../types';
import type { RuleHit } from './signals';
import type { PolarityResult } from './polarity';

export interface CategoryDecision {
  category: Category;
  confidence: number;
  /** positive minus negative evidence of the polarity model (mixed texts lean by its sign) */
  lean: number;
}

export interface Evidence {
  hits: RuleHit[];
  polarity: PolarityResult;
  gibberish: boolean;
  sarcasm: number;
  aspectCount: number;
  textLength: number;
}

/** Demand and threat further apart than this (in a long text) are not tied together. */
const TIE_DISTANCE = 700;
const BLACKMAIL_THRESHOLD = 0.7;
/** Share of positive evidence above which a text is praise, below which a complaint (negatives carry the 1.3 negativity bias of polarity.ts, so 0.30 here is the unbiased 0.36). */
const POSITIVE_SHARE = 0.7;
const COMPLAINT_SHARE = 0.3;
/** A text that calls itself split is mixed unless one side holds less than this share of the evidence. */
const BALANCED_LOPSIDED = 0.1;
/** Under this much polarity evidence a text says too little to lean either way. */
const MIN_POLARITY_EVIDENCE = 1;
/** Signals that count as negative evidence in the polarity balance (each type once). */
const NEGATIVE_SIGNALS: readonly SignalType[] = ['boycott_call', 'contempt_reported', 'legal_threat', 'censorship_claim'];

function best(hits: RuleHit[], type: SignalType): number {
  let max = 0;
  for (const hit of hits) if (hit.signal === type && hit.weight > max) max = hit.weight;
  return max;
}

/** Sum of weights of the matches of the given types; each rule counts at most twice (repetition is not proof). */
function spread(hits: RuleHit[], types: readonly SignalType[]): number {
  const perRule = new Map<string, number[]>();
  for (const hit of hits) {
    if (!types.includes(hit.signal)) continue;
    const list = perRule.get(hit.rule.id) ?? [];
    list.push(hit.weight);
    perRule.set(hit.rule.id, list);
  }
  let sum = 0;
  for (const list of perRule.values()) sum += list.slice(0, 2).reduce((a, b) => a + b, 0);
  // weights are given to two decimals: 0.6 + 0.7 must reach a 1.3 threshold, not stop at 1.2999…
  return Math.round(sum * 1e6) / 1e6;
}

/**
 * Soft tie: an advantage merely named and a review merely named, close together, with a condition cue in
 * their sentences ("free breakfast … and I'll forget about the review"; "I will post my review unless we
 * agree on compensation"). Catches phrasings no rule spells out; weak rules alone never reach it.
 */
const SOFT_TIE_DISTANCE = 160;
const SOFT_TIE_SCORE = 0.72;
function softTie(hits: RuleHit[]): number {
  for (const x of hits) {
    if (x.signal !== 'demand' || x.weight < 0.4) continue;
    for (const y of hits) {
      if (y.signal !== 'review_threat' || y.weight < 0.4) continue;
      const distance = Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
      if (distance <= SOFT_TIE_DISTANCE && (x.conditional || y.conditional)) return SOFT_TIE_SCORE;
    }
  }
  return 0;
}

/** The strongest demand–threat pair close enough to be tied (any pair in a short text). */
function strongestTie(hits: RuleHit[], textLength: number): number {
  let best = 0;
  for (const x of hits) {
    if (x.signal !== 'demand' || x.weight < 0.5) continue;
    for (const y of hits) {
      if (y.signal !== 'review_threat' || y.weight < 0.5) continue;
      const distance = Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
      if (textLength >= 2 * TIE_DISTANCE && distance > TIE_DISTANCE) continue;
      const score = (x.weight + y.weight) / 2 + 0.1 + (x.conditional || y.conditional ? 0.15 : 0);
      if (score > best) best = score;
    }
  }
  return Math.min(1, best);
}

/** How sure we are that this is blackmail, 0..1 (DESIGN.md: a demand tied to a review, or extortion). */
export function blackmailScore(hits: RuleHit[], textLength: number): number {
  const extortion = best(hits, 'third_party_extortion');
  const retaliation = best(hits, 'retaliation');
  const edit = best(hits, 'conditional_edit');
  const demand = best(hits, 'demand');
  const threat = best(hits, 'review_threat');
  const payment = best(hits, 'payment_channel');
  let score = Math.max(extortion, retaliation, edit >= 0.85 ? edit : 0);
  if (edit >= 0.5 && demand >= 0.5) score = Math.max(score, Math.min(1, (edit + demand) / 2 + 0.2));
  if (demand >= 0.5 && threat >= 0.5) score = Math.max(score, strongestTie(hits, textLength));
  if (score < BLACKMAIL_THRESHOLD && demand >= 0.4 && threat >= 0.4) score = Math.max(score, softTie(hits));
  if (payment >= 0.6 && (threat >= 0.5 || extortion >= 0.4 || edit >= 0.5)) score = Math.max(score, 0.85);
  return score;
}

export function decideCategory(ev: Evidence): CategoryDecision {
  const { hits, polarity } = ev;
  const negativeSignals = NEGATIVE_SIGNALS.filter((type) => best(hits, type) > 0).length;
  const positive = polarity.positive;
  const negative = polarity.negative + negativeSignals;
  const lean = positive - negative;

  const blackmail = blackmailScore(hits, ev.textLength);
  if (blackmail >= BLACKMAIL_THRESHOLD) return { category: 'blackmail', confidence: round(blackmail), lean };

  const violence = best(hits, 'violence_threat');
  const insult = best(hits, 'insult');
  const insultSpread = spread(hits, ['insult', 'violence_threat']);
  if (violence >= 0.7 || insult >= 0.75 || insultSpread >= 1.3) {
    return { category: 'abuse', confidence: round(Math.min(1, Math.max(violence, insult, insultSpread / 1.5))), lean };
  }

  const spam = best(hits, 'spam');
  const spamSpread = spread(hits, ['spam']);
  const littleExperience = positive + negative < 3 && ev.aspectCount < 2;
  // another subject (a dentist wanted, taxes) with no aspect of a stay named is off topic however heated it is
  const noStay = ev.aspectCount === 0 && (spam >= 0.5 || spamSpread >= 0.8);
  if (ev.gibberish || spam >= 0.8 || spamSpread >= 1.1 || (spam >= 0.5 && littleExperience) || noStay) {
    return { category: 'off_topic', confidence: round(ev.gibberish ? 0.7 : Math.min(1, Math.max(spam, spamSpread / 1.4))), lean };
  }

  const allegationTypes: readonly SignalType[] = ['fraud_accusation', 'theft_accusation', 'health_hazard', 'discrimination'];
  // a rumour the reviewer denies ("read about mice … saw nothing") is no allegation
  const denied = polarity.denied ?? [];
  const standing = denied.length ? hits.filter((h) => !allegationTypes.includes(h.signal) || !denied.some((d) => h.start >= d.start && h.start < d.end)) : hits;
  const allegation = Math.max(...allegationTypes.map((type) => best(standing, type)));
  const allegationSpread = spread(standing, allegationTypes);
  if (allegation >= 0.7 || allegationSpread >= 1.2) {
    return { category: 'allegation', confidence: round(Math.min(1, Math.max(allegation, allegationSpread / 1.5))), lean };
  }

  const total = positive + negative;
  if (total < MIN_POLARITY_EVIDENCE) return { category: 'mixed', confidence: 0.3, lean };
  const share = positive / total;
  const strength = 1 - Math.exp(-total / 4); // more evidence, more confidence
  // "torn on this one", "avis mitige": the reviewer's own split verdict holds unless the evidence is lopsided
  if (polarity.balanced && share > BALANCED_LOPSIDED && share < 1 - BALANCED_LOPSIDED) return { category: 'mixed', confidence: 0.5, lean };
  if (share >= POSITIVE_SHARE) {
    return { category: 'positive', confidence: round(0.5 + 0.5 * strength * ((share - POSITIVE_SHARE) / (1 - POSITIVE_SHARE) * 0.6 + 0.4)), lean };
  }
  if (share <= COMPLAINT_SHARE) {
    return { category: 'complaint', confidence: round(0.5 + 0.5 * strength * ((COMPLAINT_SHARE - share) / COMPLAINT_SHARE * 0.6 + 0.4)), lean };
  }
  const middle = 1 - Math.abs(share - 0.5) / 0.2;
  return { category: 'mixed', confidence: round(0.4 + 0.3 * strength * Math.max(0, middle)), lean };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
