/** The contract of the reply composer and checker (DESIGN.md "Replies"). */
import type { Language, Platform } from '../platforms';
import type { Strategy } from '../analysis/types';

export interface EstablishmentSettings {
  establishmentName: string;
  managerName: string;
  managerRole: string;
  /** free text appended under the name, e.g. "Hôtel des Arts, Lyon" */
  signature: string;
  defaultLanguage: Language;
  /** an address for the private channel ("write to us at …"); empty → a neutral wording without contact */
  contactChannel?: string;
}

export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];

export interface ComposeOptions {
  strategy?: Strategy;
  tone?: Tone;
  language?: Language;
  /** what the manager knows that contradicts the review (used by firm_and_factual, quoted as given) */
  facts?: string;
  /** picks other wordings */
  variant?: number;
  /** earlier replies on this page/account, to avoid repeating their wordings */
  history?: string[];
  /** report_and_ignore: produce the minimal neutral reply instead of the advice */
  minimalReply?: boolean;
}

export const CHECK_RULES = [
  'personal_data',
  'conditional_incentive',
  'unfilled_placeholder',
  'too_long',
  'hostile_tone',
  'public_accusation',
  'legal_threat',
  'shouting',
  'quotes_review',
  'list_formatting',
  'link',
  'language_mismatch',
  'duplicate',
  'style',
] as const;
export type CheckRuleId = (typeof CHECK_RULES)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: CheckRuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export type UiLanguage = 'fr' | 'en';

export interface CheckOptions {
  platform?: Platform;
  reviewText?: string;
  /** expected language of the reply */
  lang?: Language;
  history?: string[];
  /** language of the messages */
  uiLang?: UiLanguage;
  /** the review's author (display name from the page): their full name must not be repeated */
  reviewAuthor?: string;
  /** the establishment's own contact details and website (settings): never flagged as personal data or a link */
  ownContacts?: string[];
  /** the strategy the reply follows: no apology is suggested where one would read as a concession (blackmail, abuse) */
  strategy?: Strategy;
}

/**
 * Two replies share more than this share of their word 3-grams: a near-duplicate (DESIGN.md, `duplicate`).
 * One value for the checker's warning, the composer's search and the drafts eval, so they cannot drift apart.
 */
export const NEAR_DUPLICATE_OVERLAP = 0.6;
