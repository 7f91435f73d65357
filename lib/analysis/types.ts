/**
 * The contract of the analysis engine (DESIGN.md "Review categories"). Pure data types:
 * the side panel, the CLI, the reply composer and the tests all read these.
 */
import type { DetectedLanguage, Platform } from '../platforms';

/** Primary category, in precedence order (first wins when several apply). */
export const CATEGORIES = ['blackmail', 'abuse', 'off_topic', 'allegation', 'complaint', 'mixed', 'positive'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SIGNAL_TYPES = [
  'demand',
  'review_threat',
  'conditional_edit',
  'retaliation',
  'third_party_extortion',
  'payment_channel',
  'insult',
  'violence_threat',
  'fraud_accusation',
  'theft_accusation',
  'health_hazard',
  'discrimination',
  'legal_threat',
  'boycott_call',
  'censorship_claim',
  'virality',
  'staff_named',
  'praise',
  'negative',
  'sarcasm',
  'spam',
  'contempt_reported',
  'multi_channel',
  'objective_fact',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** Evidence: offsets are UTF-16 indices into the ORIGINAL text (as JS strings), end exclusive. */
export interface Signal {
  type: SignalType;
  start: number;
  end: number;
  text: string;
  /** id of the rule that produced it, e.g. "fr.demand.refund" */
  rule?: string;
}

export const ASPECTS = [
  'cleanliness', 'noise', 'staff', 'breakfast', 'food', 'room', 'bed', 'bathroom', 'climate', 'wifi',
  'location', 'price', 'check_in', 'parking', 'pool', 'view', 'service', 'wait', 'drinks', 'spa',
] as const;
export type AspectId = (typeof ASPECTS)[number];

export interface Aspect {
  aspect: AspectId;
  polarity: 'positive' | 'negative' | 'neutral';
  start: number;
  end: number;
  text: string;
}

export const RISK_COMPONENTS = ['severity', 'objective_fact', 'contempt', 'diffusion', 'virality', 'rating'] as const;
export type RiskComponentId = (typeof RISK_COMPONENTS)[number];

/** Why a component scored what it did: one id per sentence, so the panel can say it in the manager's language. */
export const RISK_REASONS = [
  'severity.blackmail', 'severity.allegation', 'severity.abuse', 'severity.complaint', 'severity.mixed', 'severity.positive', 'severity.off_topic',
  'objective_fact.strong', 'objective_fact.some', 'objective_fact.none',
  'contempt.reported', 'contempt.none',
  'diffusion.channels', 'diffusion.boycott', 'diffusion.none',
  'virality.claimed', 'virality.none',
  'rating.unknown', 'rating.low', 'rating.harmless',
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];
/** Signals that add to the severity of a negative post (named in its sentence). */
export const RISK_ESCALATIONS = ['legal_threat', 'boycott_call', 'censorship_claim'] as const;
export type RiskEscalation = (typeof RISK_ESCALATIONS)[number];

export interface RiskComponent {
  id: RiskComponentId;
  /** points this component adds to the score */
  points: number;
  /** which sentence explains it (the panel words it in the UI language) */
  reason: RiskReason;
  /** severity only: the escalating signals found */
  escalations?: RiskEscalation[];
  /** rating only: the star rating given */
  stars?: number;
  /** the same sentence in English, for the CLI and logs */
  explanation: string;
}

export interface Risk {
  score: number; // 0..100
  level: 'low' | 'medium' | 'high';
  components: RiskComponent[];
}

export const STRATEGIES = [
  'thank',
  'acknowledge_and_fix',
  'investigate_then_reply',
  'firm_and_factual',
  'defuse_with_humor',
  'blackmail_protocol',
  'report_and_ignore',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface AnalysisInput {
  text: string;
  title?: string;
  rating?: number; // 1..5
  platform?: Platform;
  /** force the language instead of detecting it */
  lang?: string;
  /** the manager says they have facts contradicting the review (never guessed from text) */
  hasContradictingFacts?: boolean;
}

export interface AnalysisResult {
  language: DetectedLanguage;
  category: Category;
  confidence: number; // 0..1
  signals: Signal[];
  aspects: Aspect[];
  risk: Risk;
  strategy: Strategy;
  /** other strategies the manager may pick, best first */
  alternatives: Strategy[];
  /** offsets of signals/aspects refer to this text: `title + "\n\n" + text` when a title is given, else `text` */
  analysedText: string;
  /**
   * Set when the rules did not call it blackmail but the statistical model (lib/analysis/model) reads veiled
   * blackmail: a hint for the manager to check, never a category (it errs on about 1 real review in 1,700).
   */
  veiledBlackmail?: { probability: number };
}
