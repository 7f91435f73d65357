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

/**
 * Word classes one language gives the structural rules (check.ts, "Structures"): a finding needs members of
 * several classes in one sentence (or two adjacent ones) in a given arrangement, so a new phrasing is caught
 * as long as its words belong to the classes. Sources are regex fragments on the normalised text, matched
 * from a word start; keep them short, bounded (\w{0,6}) and free of nested quantifiers.
 */
export interface CheckWordClasses {
  lang: string;
  /** negations for the structures when the cues' list is too wide (Italian "ne" is also the clitic "ne riceve") */
  negations?: string[];
  /** the guest's review and its parts: "review", "rating", "stars", "what you wrote" */
  review: string[];
  /** something of value for the guest: "refund", "free", "voucher", "on the house", "a bottle of" */
  advantage: string[];
  /** what is asked of the review: edit, remove, raise, soften, "take another look", "no longer visible", post */
  change: string[];
  /** a public statement asked of the guest, a review change on its own: "tell everyone", "ce que vous en direz" */
  reviewAct: string[];
  /** an ask put before the review change ("please", "could you"): a tie like a condition, also from the next sentence */
  request: string[];
  /** a sequel from the advantage to the review: "and then", "so that you can", "damit" (advantage, sequel, review change) */
  sequel: string[];
  /** a condition put before the review change: "if", "once", "provided", "the moment" */
  condition: string[];
  /** an exchange that ties both halves wherever it stands, even in the next sentence: "in return", "all we ask" */
  exchange: string[];
  /** "and" / "then" after an order to change the review: "remove the review and we refund you" */
  join: string[];
  /** words that make the advantage unconditional: "regardless", "whatever you decide" */
  unconditional: string[];
  /** a subject between the review and a later verb makes the verb ours ("after your review we changed …") */
  subjects: string[];
  /** the review called not genuine: "fake", "not authentic", "invented", "never set foot" */
  fake: string[];
  /** another business: "competitor", "the hotel across the street" */
  competitor: string[];
  /** authorship: "behind", "written by", "commissioned", "came from" */
  authorship: string[];
  /** using the review as a weapon: "threatened", "leverage", "ultimatum" */
  threat: string[];
  /** justice and its actors: "lawyer", "counsel", "court", "police", "legal", "defamation" */
  legal: string[];
  /** what turns a legal word into a threat: "reserve the right", "forwarded to", "consequences", "against you" */
  legalFrame: string[];
  /** the guest as a target: "you", "your" (the review words count too) */
  guest: string[];
  /** right before a word in quotation marks, makes it a scare quote aimed at the guest: "your", "such a" */
  quoteBefore: string[];
  /** right after it: "like you", "comme vous" */
  quoteAfter: string[];
  /** what makes it help for the guest: "as you asked", "the theft" */
  legalHelp: string[];
  /** the review called untrue: "not true", "nothing … true", "far from the truth" (with a review word: calling the guest a liar) */
  untrue: string[];
  /** the guest's account called make-believe: "piece of fiction", "fairy tale", "vivid imagination" (with the guest or the review) */
  fantasy: string[];
  /** ironic praise of the guest's abilities: "vast", "immense", "infinite" (before or after the faculty) */
  ironicPraise: string[];
  /** the guest's faculties: "expertise", "knowledge", "palate", "standards" */
  faculty: string[];
  /** another place for the guest: "another hotel", "elsewhere", "stay at home" */
  elsewhere: string[];
  /** advice that sends the guest there: "we recommend", "perhaps", "next time" */
  sendAdvice: string[];
  /** telling the guest they will not be missed: "don't feel obliged to come back", "guests like you" */
  noLoss: string[];
  /** the guest's memory */
  memory: string[];
  /** memory called impaired: "hazy", "patchy" (with memory: saying the guest was drunk) */
  impaired: string[];
  /** drink amounts and sobering up, said of the guest */
  sober: string[];
  /** making things up, in any words: "making things up online", "tell stories" */
  fabricate: string[];
  /** "and you know it": with an untrue class, calling the guest a liar */
  youKnow: string[];
  /** ironic openers: "funny how", "what a coincidence", "komisch, dass" */
  ironyOpener: string[];
  /** "we know who is behind this": an insinuated author */
  knowWho: string[];
  /** the guest called an expert or critic (mockery) */
  expert: string[];
  /** the guest's act called fraud: "this is fraud", "ist schlicht Betrug" */
  fraud: string[];
  /** frames that make a legal word a threat without naming the guest: "the evidence", "will not hesitate" */
  legalStrong: string[];
}
