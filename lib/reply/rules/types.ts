/**
 * The shape of the reply checker's rule data. One folder per language (`rules/<lang>/`) with one file per
 * family, plus `rules/common/` for language-independent patterns. Files hold data only; lib/reply/check.ts
 * is the one engine that reads them, and tests/unit/reply/rules.test.ts validates all of it (ids unique,
 * patterns compile, examples match, counter-examples do not, growth stays linear on 100 kB).
 *
 * `on: 'normalised'` (default) patterns run on the normalised text: lower case, accents removed
 * (é→e, ß→ss, œ→oe), curly quotes and apostrophes made straight, whitespace runs collapsed to one space.
 * Write them without accents, in lower case, with single spaces, `\b` for word edges, bounded gaps
 * (`[^.!?]{0,60}`), never `.*` or nested quantifiers. `on: 'original'` patterns see the text as typed
 * (case, line breaks) — for capitals, bullets, placeholders.
 */
import type { CheckRuleId } from '../types';
import type { MessageKind } from '../messages';

/** Rules found by patterns; the others (too_long, quotes_review, language_mismatch, duplicate) are computed. */
export type PatternRuleId = Exclude<CheckRuleId, 'too_long' | 'quotes_review' | 'language_mismatch' | 'duplicate'>;

/** Checks run on a match before it becomes a finding (code in check.ts, chosen by name). */
export type MatchValidator = 'luhn' | 'phone' | 'bookingCode';

export interface CheckPatternRule {
  /** `<lang>.<family>.<name>` (or `common.<family>.<name>`), unique */
  id: string;
  /** the finding's rule id; the severity follows from it (DESIGN.md "Replies") */
  rule: PatternRuleId;
  /** which message and suggestion (lib/reply/messages.ts) the finding carries */
  kind: MessageKind;
  /** JavaScript regex source; flag `u` (and `g`) added by the engine */
  pattern: string;
  on?: 'normalised' | 'original';
  /** a negation shortly before, in the same sentence, cancels the match ("we never offer … in exchange for reviews") */
  negatable?: boolean;
  /** the manager's own contact or signature: a match preceded by an "our contact" cue, or inside the signature block, is fine */
  ownContactExempt?: boolean;
  validate?: MatchValidator;
  /** why this rule exists / what it catches, for maintainers */
  note: string;
  /** texts (as typed) this rule must match */
  examples: string[];
  /** texts this rule must NOT match (traps) */
  counterExamples?: string[];
}

export interface CheckRuleFamily {
  lang: string;
  /** file name without extension: incentive, hostility, accusation, legal, personal, placeholder, link, … */
  family: string;
  rules: CheckPatternRule[];
}

/** Words and cues one language gives the engine (all pattern sources on the normalised text). */
export interface CheckLanguageCues {
  lang: string;
  /** negation words that cancel a `negatable` match before it: "not", "never", "no", "aucun", "kein" */
  negations: string[];
  /** negations that come after the phrase in this language's word order ("… im Austausch für Bewertungen keine Vorteile") */
  negationsAfter?: string[];
  /** contrast words that end a negation's reach: "but", "mais", "aber", "pero", "ma" */
  contrasts: string[];
  /** "contact us at", "notre numéro", "unter": a phone or e-mail after them is the establishment's own */
  ownContact: string[];
  /** closings that open the signature block: "best regards", "cordialement", "mit freundlichen grussen" */
  closings: string[];
  /** role words around a name that make it the manager's or a staff member's, not the guest's */
  roles: string[];
  /** greetings that open a reply ("dear", "bonjour"); a full name right after one is the guest's */
  greetings: string[];
  /** apology words, for the style hint "no apology on a complaint" */
  apologies: string[];
  /** complaint cues in a review, for the same hint */
  complaintCues: string[];
  /** common function words: language identification for `language_mismatch` */
  stopwords: string[];
}
