/**
 * The shape of reply templates. Templates are data: one file per language (fr.ts, en.ts, es.ts, de.ts,
 * it.ts) holding interchangeable wordings per block and tone; compose.ts picks and fills them, and
 * tests/unit/reply/templates.test.ts validates every file against the rules written here.
 *
 * Placeholders (the only ones allowed, each filled by compose.ts or the wording is not used):
 *   {name}          the guest's first name                 required by: greeting
 *   {concerns}      what the guest criticised (aspects)     required by: acknowledge, reservation, humor
 *   {praised}       what the guest liked (aspects)          required by: praise
 *   {contact}       settings.contactChannel                 required by: private
 *   {facts}         the manager's facts, as typed           required by: facts
 *   {establishment} settings.establishmentName             optional: the wording is skipped when empty
 *   {visit}         "your stay" / "your meal" / "your visit" always available
 * Alternatives: "[a|b|c]" in a wording stands for one of its alternatives (no nesting, an empty one drops the
 * words, at most 64 expansions a wording); each expansion must be a natural sentence of its own, because the
 * composer picks among them to keep an account's replies apart (compose.ts expandWording).
 * Grammar contract: aspect phrases and {visit} are noun phrases WITH their article/possessive, in the case
 * the language's file documents (German: accusative). Wordings put them only in slots where that form
 * fits (no contraction with a preceding preposition: "sur", "about", "sobre", "über", "per").
 */
import type { AspectId, SignalType, Strategy } from '../../analysis/types';
import type { Language } from '../../platforms';
import type { Tone } from '../types';

export const PLACEHOLDERS = ['name', 'concerns', 'praised', 'contact', 'facts', 'establishment', 'visit'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const BLOCK_IDS = [
  'greeting', // "Bonjour {name},"
  'greetingNeutral', // "Bonjour,"
  'thanksPraise', // thanks for a kind review
  'thanksFeedback', // thanks for taking the time to write (any other review)
  'praise', // what they liked: {praised}
  'praiseGeneric', // glad they enjoyed the visit, when no liked aspect was found (thank)
  'reservation', // a positive review's minor reservation: {concerns}
  'acknowledge', // names what they criticised: {concerns}
  'acknowledgeGeneric', // same, when no aspect was found
  'apology', // for the disappointment, never an admission of an alleged fact
  'action', // what was or will be done, without inventing anything
  'private', // move the details to a private channel: {contact}
  'privateGeneric', // same, without a contact address
  'facts', // the manager's facts: {facts}
  'wayOut', // leaves the guest an honourable way out
  'humor', // light and self-deprecating, about us, on {concerns}
  'humorGeneric', // same, when no aspect was found
  'policy', // advantages are never granted in exchange for reviews
  'minimal', // the minimal neutral public reply: acknowledges the post (report_and_ignore)
  'minimalChannel', // … and points to the usual channels
  'closingWelcome', // hope to welcome them again
  'closingNeutral', // neutral close
  'closingFirm', // closes the public exchange
  'signOff', // "Bien cordialement,"
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

/** Which placeholder a block's wordings must all contain (its reason to exist). */
export const BLOCK_REQUIRES: Partial<Record<BlockId, Placeholder>> = {
  greeting: 'name',
  praise: 'praised',
  reservation: 'concerns',
  acknowledge: 'concerns',
  humor: 'concerns',
  private: 'contact',
  facts: 'facts',
};

/** Wordings per tone. A missing tone falls back: brief → formal → warm, formal → warm, warm → formal. */
export type Wordings = Partial<Record<Tone, string[]>>;
export type BlockWordings = Partial<Record<BlockId, Wordings>>;

/** Noun phrases for one aspect: `positive` praises it ("our breakfast"), `negative` names it as a topic of
 * criticism without inventing details ("the noise"); neutral mentions use `negative`. */
export interface AspectPhrases {
  positive: string[];
  negative: string[];
}

/** A guess of what kind of visit it was, from the aspects (never shown, only used for {visit}). */
export type Venue = 'hotel' | 'restaurant' | 'unknown';

/** Serious accusations named neutrally, for investigate_then_reply ("the billing", not "the fraud"). */
export const ALLEGATION_SIGNALS = ['fraud_accusation', 'theft_accusation', 'health_hazard', 'discrimination'] as const;
export type AllegationSignal = (typeof ALLEGATION_SIGNALS)[number] & SignalType;

export interface LanguageTemplates {
  lang: Language;
  /** list conjunction, with its spaces: " et ", " and " */
  and: string;
  visit: Record<Venue, string>;
  /** signature when no manager name/role is set: `withEstablishment` contains {establishment} */
  team: { withEstablishment: string; alone: string };
  aspects: Record<AspectId, AspectPhrases>;
  allegations: Record<AllegationSignal, string>;
  /** blocks shared by every strategy */
  shared: BlockWordings;
  /** blocks specific to a strategy; looked up before the shared ones */
  strategies: Partial<Record<Strategy, BlockWordings>>;
  /** for the manager, not for the guest: why this strategy, in one or two sentences */
  advice: Record<Strategy, string>;
}
