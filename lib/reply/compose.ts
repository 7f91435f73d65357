/**
 * The reply composer (DESIGN.md "Replies"): picks, per block of the strategy's plan, one wording of the
 * language's templates, fills it with what the review, the settings and the manager's facts provide,
 * and nothing else. Pure and deterministic: the same inputs always give the same text.
 *
 * report_and_ignore: by default composeReply returns ADVICE for the manager (prefixed with
 * ADVICE_PREFIX, detectable with isManagerAdvice, and the same text as adviceFor without the prefix),
 * because the recommended action is not to reply; with `minimalReply: true` it returns the minimal neutral
 * public reply instead.
 */
import type { AnalysisResult, Aspect, AspectId, Strategy } from '../analysis/types';
import { LANGUAGES, REPLY_LIMITS, replyLength, type Language, type Platform } from '../platforms';
import type { ComposeOptions, EstablishmentSettings, Tone } from './types';
import { fmix32, fnv1a32 } from '../hash';
import {
  ALLEGATION_SIGNALS,
  BLOCK_REQUIRES,
  PLANS,
  TEMPLATES,
  type AllegationSignal,
  type BlockId,
  type LanguageTemplates,
  type Placeholder,
  type PlanSlot,
  type Venue,
} from './templates';

export interface ReviewForReply {
  text: string;
  title?: string;
  author?: string;
  rating?: number | null;
  platform?: Platform;
}

/** Marks composeReply's manager-facing advice so a panel never inserts it as a reply. */
export const ADVICE_PREFIX = '[Tact] ';
export function isManagerAdvice(text: string): boolean {
  return text.startsWith(ADVICE_PREFIX);
}

/** Why this strategy, for the manager (not a public reply). */
export function adviceFor(strategy: Strategy, lang: Language): string {
  return TEMPLATES[lang].advice[strategy];
}

// ---------------------------------------------------------------- text measures (words counted as the checker counts them)

/**
 * Words as the checker counts them (lib/reply/check.ts plainWords): lower case, accents removed,
 * apostrophes straightened and kept inside a word ("l'equipe"). Linear on any input.
 */
export function words(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘‚‛`´ʼ′]/g, "'");
  return folded.match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? [];
}

export function wordNgrams(text: string, n: number): Set<string> {
  const tokens = words(text);
  const grams = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) grams.add(tokens.slice(i, i + n).join(' '));
  return grams;
}

/** Jaccard overlap of the word 3-grams of two texts, 0..1. */
export function trigramJaccard(a: string, b: string): number {
  return jaccard(wordNgrams(a, 3), wordNgrams(b, 3));
}

/**
 * The near-duplicate measure (> 0.6 is a near-duplicate): the larger share of either text's word 3-grams
 * found in the other. Never lower than the Jaccard overlap; the checker's `duplicate` rule uses the share.
 */
export function trigramOverlap(a: string, b: string): number {
  return overlapOfSets(wordNgrams(a, 3), wordNgrams(b, 3));
}

function countIn(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return inter;
}

function overlapOfSets(a: Set<string>, b: Set<string>): number {
  return a.size && b.size ? countIn(a, b) / Math.min(a.size, b.size) : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = countIn(a, b);
  return a.size || b.size ? inter / (a.size + b.size - inter) : 0;
}

/** FNV-1a then murmur3's finaliser: a stable seed from the review text (wordings are picked modulo small n). */
function hash32(text: string): number {
  return fmix32(fnv1a32(text));
}

// ---------------------------------------------------------------- inputs

/** options.language, else the review's language when Tact writes it, else the manager's default. */
export function replyLanguage(analysis: Pick<AnalysisResult, 'language'>, settings: Pick<EstablishmentSettings, 'defaultLanguage'>, options: ComposeOptions = {}): Language {
  if (options.language) return options.language;
  const detected = analysis.language;
  if ((LANGUAGES as readonly string[]).includes(detected)) return detected as Language;
  return settings.defaultLanguage;
}

// words people use as a display name that are not a first name
const NOT_A_FIRST_NAME = new Set([
  'anonymous', 'anonyme', 'anonimo', 'anónimo', 'anonym', 'guest', 'traveler', 'traveller', 'voyageur', 'reisender',
  'viajero', 'viaggiatore', 'user', 'client', 'cliente', 'customer', 'kunde', 'gast', 'ospite', 'huésped',
  'tripadvisor', 'google', 'local', 'member', 'membre', 'famille', 'family', 'familie', 'famiglia', 'familia',
  'monsieur', 'madame', 'mister', 'mrs', 'herr', 'frau', 'señor', 'señora', 'signor', 'signora', 'the', 'le', 'la',
]);

/**
 * The first name to greet the guest with, or undefined for a neutral greeting. Only a single given name,
 * or a given name followed by an initial ("Marie D."), qualifies: a full name is never repeated in
 * public (personal data) and handles ("sunny_traveler72") are not names.
 */
export function firstNameOf(author: string | undefined): string | undefined {
  const tokens = (author ?? '').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 2) return undefined;
  const [first, rest] = tokens;
  if (!first || first.length < 2 || first.length > 20) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(first)) return undefined;
  if (NOT_A_FIRST_NAME.has(first.toLowerCase())) return undefined;
  if (rest !== undefined && !/^\p{Lu}\.?$/u.test(rest)) return undefined;
  return first;
}

const HOTEL_ASPECTS: ReadonlySet<AspectId> = new Set<AspectId>(['room', 'bed', 'bathroom', 'check_in', 'breakfast']);
const RESTAURANT_ASPECTS: ReadonlySet<AspectId> = new Set<AspectId>(['food', 'wait', 'drinks']);

function guessVenue(aspects: readonly Aspect[]): Venue {
  if (aspects.some((a) => HOTEL_ASPECTS.has(a.aspect))) return 'hotel';
  if (aspects.some((a) => RESTAURANT_ASPECTS.has(a.aspect))) return 'restaurant';
  return 'unknown';
}

/** Removes what must never reach a public reply from a setting or the facts: tags, list markers, line breaks. */
function plainText(value: string | undefined): string {
  return (value ?? '')
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/^[ \t]*(?:[-*•·]|\d{1,3}[.)])[ \t]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// a web address, not an e-mail or a phone number
const WEB_ADDRESS_RE = /https?:\/\/|\bwww\.|^[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}(?:\/\S{0,200})?$/iu;

/** The contact channel to print, if any. */
function contactFor(contact: string, platform: Platform): string | undefined {
  if (!contact) return undefined;
  // TripAdvisor management responses: no links (DESIGN.md "Platform facts", TripAdvisor guidelines)
  if (platform === 'tripadvisor' && !contact.includes('@') && WEB_ADDRESS_RE.test(contact)) return undefined;
  return contact;
}

function asSentence(text: string): string {
  if (!text) return text;
  return /[.!?…»"”)]$/u.test(text) ? text : `${text}.`;
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

type Values = Partial<Record<Placeholder, string>>;

function aspectValues(
  t: LanguageTemplates,
  analysis: AnalysisResult,
  strategy: Strategy,
  seed: number,
  variant: number,
): Pick<Values, 'concerns' | 'praised'> {
  const ids = (polarity: Aspect['polarity']) =>
    unique(analysis.aspects.filter((a) => a.polarity === polarity).map((a) => a.aspect));
  const negative = ids('negative');
  const neutral = ids('neutral').filter((a) => !negative.includes(a));
  const positive = ids('positive').filter((a) => !negative.includes(a));
  const phrase = (aspect: AspectId, polarity: 'positive' | 'negative') => {
    const options = t.aspects[aspect][polarity];
    const n = options.length;
    return options[(((hash32(`${seed}:${aspect}:${polarity}`) + variant) % n) + n) % n] ?? '';
  };
  const concernIds = strategy === 'thank' ? negative : negative.length ? negative : neutral;
  const concerns: string[] = [];
  if (strategy === 'investigate_then_reply') {
    const alleged = unique(
      analysis.signals
        .map((s) => s.type)
        .filter((type): type is AllegationSignal => (ALLEGATION_SIGNALS as readonly string[]).includes(type)),
    );
    concerns.push(...alleged.map((type) => t.allegations[type]));
  }
  concerns.push(...concernIds.map((a) => phrase(a, 'negative')));
  const praised = positive.slice(0, 3).map((a) => phrase(a, 'positive'));
  return {
    concerns: concerns.length ? joinList(unique(concerns).slice(0, 3), t.and) : undefined,
    praised: praised.length ? joinList(praised, t.and) : undefined,
  };
}

// ---------------------------------------------------------------- templates lookup

/** with a history: starting points, local-search passes, and the overlap below which we stop looking */
const HISTORY_RESTARTS = 6;
const LOCAL_SEARCH_PASSES = 3;
const GOOD_ENOUGH_OVERLAP = 0.4;
const RESTART_ABOVE_OVERLAP = 0.55;
/** the near-duplicate threshold (DESIGN.md: 3-gram overlap > 0.6) */
const NEAR_DUPLICATE = 0.6;
/** exact evaluations allowed for two-slot moves (keeps a draft under ~100 ms with hundreds of earlier replies) */
const PAIR_MOVES_BUDGET = 400;

const TONE_FALLBACK: Record<Tone, Tone[]> = { warm: ['warm', 'formal'], formal: ['formal', 'warm'], brief: ['brief', 'formal', 'warm'] };

/** The wordings of a block for a strategy and tone: strategy-specific first, then shared, tone fallbacks in order. */
export function wordingsFor(t: LanguageTemplates, strategy: Strategy, block: BlockId, tone: Tone): string[] {
  for (const candidate of TONE_FALLBACK[tone]) {
    const found = t.strategies[strategy]?.[block]?.[candidate] ?? t.shared[block]?.[candidate];
    if (found?.length) return found;
  }
  return [];
}

const PLACEHOLDER_RE = /\{([a-z]+)\}/g;

/** Fills a wording; undefined when one of its placeholders has no value (the wording is then not used). */
export function fillWording(wording: string, values: Values): string | undefined {
  let missing = false;
  const filled = wording.replace(PLACEHOLDER_RE, (_, key: string) => {
    const value = values[key as Placeholder];
    if (!value) missing = true;
    return value ?? '';
  });
  if (missing) return undefined;
  return filled.charAt(0).toLocaleUpperCase() + filled.slice(1);
}

// ---------------------------------------------------------------- composition

interface Chosen {
  slot: PlanSlot;
  text: string;
}

/** What the choice of wordings needs to know besides the templates: computed once per reply. */
interface ChoiceContext {
  /** word 3-grams of each earlier reply */
  history: Set<string>[];
  /** word 5-grams of the review, never to be copied */
  reviewFiveGrams: Set<string>;
}

interface Candidate {
  text: string;
  copiesReview: boolean;
  usesVisit: boolean;
}

/**
 * Picks one wording per slot. Without history: the first wording in the review's hash order (shifted by
 * the variant) that copies no five words of the review. With history: then a local search, slot by slot,
 * keeps any change that lowers the overlap with the closest earlier reply.
 */
function chooseBlocks(
  t: LanguageTemplates,
  strategy: Strategy,
  tone: Tone,
  slots: PlanSlot[],
  values: Values,
  seed: number,
  variant: number,
  context: ChoiceContext,
): Choice {
  const resolved: { slot: PlanSlot; candidates: Candidate[] }[] = [];
  let visitSaid = false;
  for (const slot of slots) {
    const block = slot.blocks.find((b) => {
      const needed = BLOCK_REQUIRES[b];
      return !needed || Boolean(values[needed]);
    });
    if (!block) continue;
    const wordings = wordingsFor(t, strategy, block, tone);
    const n = wordings.length;
    const start = n ? (((hash32(`${seed}:${block}`) + variant) % n) + n) % n : 0;
    const candidates: Candidate[] = [];
    for (let k = 0; k < n; k++) {
      const wording = wordings[(start + k) % n] ?? '';
      const text = fillWording(wording, values);
      if (text === undefined) continue;
      const copiesReview = [...wordNgrams(text, 5)].some((g) => context.reviewFiveGrams.has(g));
      candidates.push({ text, copiesReview, usesVisit: wording.includes('{visit}') });
    }
    // TripAdvisor forbids quoting the review: a wording that copies five of its words comes last;
    // "your stay" said once reads better than twice
    const rank = (c: Candidate) => (c.copiesReview ? 2 : 0) + (c.usesVisit && visitSaid ? 1 : 0);
    candidates.sort((a, b) => rank(a) - rank(b));
    if (candidates[0]?.usesVisit) visitSaid = true;
    if (candidates.length) resolved.push({ slot, candidates });
  }

  const pick = resolved.map(() => 0);
  if (context.history.length) {
    // fast estimate: blocks' 3-grams taken as disjoint, their matches with each earlier reply counted once;
    // the caller measures the laid-out reply exactly and restarts when the estimate was too kind
    const none = new Set<string>();
    const gramsOf = resolved.map((r) => r.candidates.map((c) => (r.slot.blocks.includes('signOff') ? none : wordNgrams(c.text, 3))));
    const matches = gramsOf.map((cands) => cands.map((g) => context.history.map((h) => countIn(g, h))));
    const cost = (choice: number[]) => {
      let size = 0;
      let copies = 0;
      resolved.forEach((r, i) => {
        size += gramsOf[i]?.[choice[i] ?? 0]?.size ?? 0;
        if (r.candidates[choice[i] ?? 0]?.copiesReview) copies++;
      });
      let worst = 0;
      context.history.forEach((h, j) => {
        let inter = 0;
        resolved.forEach((_, i) => (inter += matches[i]?.[choice[i] ?? 0]?.[j] ?? 0));
        worst = Math.max(worst, inter / Math.max(1, Math.min(size, h.size)));
      });
      return worst + copies;
    };
    let best = cost(pick);
    for (let pass = 0; pass < LOCAL_SEARCH_PASSES && best > GOOD_ENOUGH_OVERLAP; pass++) {
      let improved = false;
      resolved.forEach((r, i) => {
        for (let k = 0; k < r.candidates.length; k++) {
          if (k === pick[i]) continue;
          const trial = [...pick];
          trial[i] = k;
          const c = cost(trial);
          if (c < best - 1e-9) {
            best = c;
            pick[i] = k;
            improved = true;
          }
        }
      });
      if (!improved) break;
    }
  }
  return { resolved, pick };
}

interface Choice {
  resolved: { slot: PlanSlot; candidates: Candidate[] }[];
  pick: number[];
}

function chosenOf({ resolved, pick }: Choice): Chosen[] {
  return resolved.map((r, i) => ({ slot: r.slot, text: r.candidates[pick[i] ?? 0]?.text ?? '' }));
}

function signatureLines(t: LanguageTemplates, settings: EstablishmentSettings): string[] {
  const manager = plainText(settings.managerName);
  const role = plainText(settings.managerRole);
  const establishment = plainText(settings.establishmentName);
  const signature = plainText(settings.signature);
  const who = [manager, role].filter(Boolean).join(', ');
  const where = signature || establishment;
  if (who) return where && !who.includes(where) ? [who, where] : [who];
  if (signature) return [signature];
  return [establishment ? t.team.withEstablishment.replace('{establishment}', establishment) : t.team.alone];
}

function layout(chosen: Chosen[], signature: string[]): string {
  const paragraphs: string[][] = [];
  chosen.forEach(({ slot, text }, i) => {
    // the greeting stands alone on the first line
    if (i <= 1 || slot.paragraph) paragraphs.push([text]);
    else paragraphs[paragraphs.length - 1]?.push(text);
  });
  const last = paragraphs[paragraphs.length - 1];
  const body = paragraphs.map((p) => p.join(' '));
  if (last && chosen[chosen.length - 1]?.slot.blocks.includes('signOff')) {
    body[body.length - 1] = [last.join(' '), ...signature].join('\n');
  } else body.push(signature.join('\n'));
  return body.join('\n\n');
}

/** A drafted reply without its last paragraph (sign-off and signature). */
export function bodyOf(reply: string): string {
  const end = reply.trimEnd().lastIndexOf('\n\n');
  return end > 0 ? reply.slice(0, end) : reply;
}

function cutAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, Math.max(0, maxChars - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * Drafts a public reply to `review` in the guest's language, following `options.strategy` (else the
 * analysis' recommendation). See the file comment for report_and_ignore.
 */
export function composeReply(
  review: ReviewForReply,
  analysis: AnalysisResult,
  settings: EstablishmentSettings,
  options: ComposeOptions = {},
): string {
  const lang = replyLanguage(analysis, settings, options);
  const t = TEMPLATES[lang];
  const strategy = options.strategy ?? analysis.strategy;
  if (strategy === 'report_and_ignore' && !options.minimalReply) return ADVICE_PREFIX + adviceFor(strategy, lang);

  const tone: Tone = options.tone ?? 'warm';
  const platform: Platform = review.platform ?? 'other';
  const limit = REPLY_LIMITS[platform].max;
  const reviewText = [review.title, review.text].filter(Boolean).join('\n\n');
  const seed = hash32(reviewText);
  const variant = Math.trunc(options.variant ?? 0);

  let facts = asSentence(plainText(options.facts));
  const baseValues: Values = {
    name: firstNameOf(review.author),
    establishment: plainText(settings.establishmentName) || undefined,
    contact: contactFor(plainText(settings.contactChannel), platform),
    visit: t.visit[guessVenue(analysis.aspects)],
  };
  const signature = signatureLines(t, settings);
  const allSlots = PLANS[strategy][tone];

  const history = options.history ?? [];
  const context: ChoiceContext = {
    history: history.map((h) => wordNgrams(bodyOf(h), 3)),
    reviewFiveGrams: wordNgrams(reviewText, 5),
  };
  const choose = (slots: PlanSlot[], v: number) =>
    chooseBlocks(t, strategy, tone, slots, { ...baseValues, ...aspectValues(t, analysis, strategy, seed, v), facts: facts || undefined }, seed, v, context);
  // measured on the body, as the checker's `duplicate` rule does: the sign-off and signature are the last
  // paragraph, the same on every reply by design
  const closest = (text: string) => {
    const grams = wordNgrams(bodyOf(text), 3);
    return Math.max(0, ...context.history.map((h) => overlapOfSets(grams, h)));
  };
  // with a history: a few starting points (other aspect phrasings too), keep the draft furthest from its
  // closest earlier reply, and if it is still close, polish it slot by slot on the exact measure
  const draft = (slots: PlanSlot[]) => {
    if (!history.length) return layout(chosenOf(choose(slots, variant)), signature);
    let best = { choice: choose(slots, variant), overlap: Infinity };
    for (let k = 0; k < HISTORY_RESTARTS && best.overlap > RESTART_ABOVE_OVERLAP; k++) {
      const choice = k === 0 ? best.choice : choose(slots, variant + k);
      const overlap = closest(layout(chosenOf(choice), signature));
      if (overlap < best.overlap) best = { choice, overlap };
    }
    for (let pass = 0; pass < LOCAL_SEARCH_PASSES && best.overlap > RESTART_ABOVE_OVERLAP; pass++) {
      let improved = false;
      best.choice.resolved.forEach((r, i) => {
        for (let k = 0; k < r.candidates.length; k++) {
          const pick = [...best.choice.pick];
          pick[i] = k;
          const choice = { resolved: best.choice.resolved, pick };
          if (r.candidates[k]?.copiesReview) continue;
          const overlap = closest(layout(chosenOf(choice), signature));
          if (overlap < best.overlap - 1e-9) {
            best = { choice, overlap };
            improved = true;
          }
        }
      });
      if (!improved) break;
    }
    // still a near-duplicate: change two slots at once (rare, when one slot's wordings are all used up)
    const slotsCount = best.choice.resolved.length;
    let budget = PAIR_MOVES_BUDGET;
    for (let i = 0; i < slotsCount && best.overlap > NEAR_DUPLICATE && budget > 0; i++) {
      for (let j = i + 1; j < slotsCount && best.overlap > NEAR_DUPLICATE && budget > 0; j++) {
        const [ri, rj] = [best.choice.resolved[i], best.choice.resolved[j]];
        for (let a = 0; a < (ri?.candidates.length ?? 0); a++) {
          for (let b = 0; b < (rj?.candidates.length ?? 0); b++) {
            if (ri?.candidates[a]?.copiesReview || rj?.candidates[b]?.copiesReview) continue;
            const pick = [...best.choice.pick];
            pick[i] = a;
            pick[j] = b;
            const choice = { resolved: best.choice.resolved, pick };
            budget--;
            const overlap = closest(layout(chosenOf(choice), signature));
            if (overlap < best.overlap - 1e-9) best = { choice, overlap };
          }
        }
      }
    }
    return layout(chosenOf(best.choice), signature);
  };

  let text = draft(allSlots);
  if (replyLength(text, platform) <= limit) return text;
  // too long for the platform: drop the optional blocks, then shorten the facts, then cut
  const required = allSlots.filter((s) => !s.optional || s.blocks.includes('facts'));
  text = draft(required);
  while (replyLength(text, platform) > limit && facts.length > 40) {
    const overflow = replyLength(text, platform) - limit;
    facts = cutAtWord(facts, Math.max(40, facts.length - overflow - 2));
    text = draft(required);
  }
  while (replyLength(text, platform) > limit) text = cutAtWord(text, text.length - Math.max(1, replyLength(text, platform) - limit));
  return text;
}
