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
import { NEAR_DUPLICATE_OVERLAP, type ComposeOptions, type EstablishmentSettings, type Tone } from './types';
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

/** with a history: aspect phrasings tried, and coordinate-descent passes over the slots */
const HISTORY_RESTARTS = 3;
const LOCAL_SEARCH_PASSES = 4;
/** below this estimated overlap with every earlier reply, the search spreads the use of wordings instead */
const SAFE_OVERLAP = 0.4;
/** a second "your stay" costs as much as 0.06 of overlap above SAFE_OVERLAP: avoided unless the history leaves no other way */
const VISIT_REPEAT_COST = 0.25;
/** exact evaluations allowed when the estimate was too kind (junctions between sentences, repeated 3-grams) */
const EXACT_MOVES_BUDGET = 80;
/** the best-ranked single changes combined two by two when single changes were not enough */
const PAIR_MOVES = 12;
/** most expansions one wording may have (templates test) */
export const MAX_EXPANSIONS = 64;

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

const ALTERNATIVES_RE = /\[([^[\]]*)\]/g;

/**
 * The sentences a wording stands for: each "[a|b|c]" group is one of its alternatives (no nesting; an empty
 * alternative leaves the words out), in order, the first alternative of every group first. Capped at
 * MAX_EXPANSIONS; a double space left by an empty alternative becomes one.
 */
export function expandWording(wording: string): string[] {
  let out = [''];
  let last = 0;
  for (const m of wording.matchAll(ALTERNATIVES_RE)) {
    const before = wording.slice(last, m.index);
    const options = (m[1] ?? '').split('|');
    const next: string[] = [];
    for (const prefix of out) for (const option of options) if (next.length < MAX_EXPANSIONS) next.push(prefix + before + option);
    out = next;
    last = (m.index ?? 0) + m[0].length;
  }
  const tail = wording.slice(last);
  return out.map((prefix) => (prefix + tail).replace(/ {2,}/g, ' ').trim());
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
  /** earlier replies holding each 3-gram (indices into history) */
  postings: Map<string, number[]>;
  /** word 5-grams of the review, never to be copied */
  reviewFiveGrams: Set<string>;
  /** filled sentence → its 3-grams and whether it copies the review (the restarts fill the same sentences again) */
  measured: Map<string, { grams: Set<string>; copiesReview: boolean }>;
}

function gramsOf(tokens: string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) grams.add(tokens.slice(i, i + n).join(' '));
  return grams;
}

function measure(text: string, context: ChoiceContext): { grams: Set<string>; copiesReview: boolean } {
  let found = context.measured.get(text);
  if (!found) {
    const tokens = words(text);
    let copiesReview = false;
    if (context.reviewFiveGrams.size) for (const g of gramsOf(tokens, 5)) if (context.reviewFiveGrams.has(g)) copiesReview = true;
    found = { grams: gramsOf(tokens, 3), copiesReview };
    context.measured.set(text, found);
  }
  return found;
}

const EXPANSIONS = new Map<string, string[]>();
function expansionsOf(wording: string): string[] {
  let found = EXPANSIONS.get(wording);
  if (!found) {
    found = expandWording(wording);
    EXPANSIONS.set(wording, found);
  }
  return found;
}

interface Candidate {
  text: string;
  /** its word 3-grams */
  grams: Set<string>;
  copiesReview: boolean;
  usesVisit: boolean;
}

interface Choice {
  resolved: { slot: PlanSlot; candidates: Candidate[] }[];
  pick: number[];
  /** the search's estimate of the overlap with the closest earlier reply */
  estimate: number;
  /** single-slot changes of the choice, best estimate first (computed on demand) */
  rankedMoves: () => [number, number][];
}

function postingsOf(history: Set<string>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  history.forEach((grams, j) => {
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  return postings;
}

/** The candidate sentences of each slot, in the review's hash order shifted by the variant. */
function resolveSlots(t: LanguageTemplates, strategy: Strategy, tone: Tone, slots: PlanSlot[], values: Values, seed: number, variant: number, context: ChoiceContext): Choice['resolved'] {
  const resolved: Choice['resolved'] = [];
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
    // TripAdvisor forbids quoting the review: a wording that copies five of its words comes last;
    // "your stay" said once reads better than twice
    const rank = (c: Candidate) => (c.copiesReview ? 2 : 0) + (c.usesVisit && visitSaid ? 1 : 0);
    // without history the first candidate of rank 0 is the choice: no need to fill the others
    const all = context.history.length > 0;
    wordingLoop: for (let k = 0; k < n; k++) {
      const wording = wordings[(start + k) % n] ?? '';
      const expansions = expansionsOf(wording);
      const m = expansions.length;
      const shift = m > 1 ? (((hash32(`${seed}:${block}:${k}`) + variant) % m) + m) % m : 0;
      for (let e = 0; e < m; e++) {
        const text = fillWording(expansions[(shift + e) % m] ?? '', values);
        if (text === undefined) continue;
        const candidate = { text, ...measure(text, context), usesVisit: wording.includes('{visit}') };
        candidates.push(candidate);
        if (!all && rank(candidate) === 0) break wordingLoop;
      }
    }
    candidates.sort((a, b) => rank(a) - rank(b));
    if (candidates[0]?.usesVisit) visitSaid = true;
    if (candidates.length) resolved.push({ slot, candidates });
  }
  return resolved;
}

/**
 * Picks one candidate per slot. Without history: the first in the review's hash order (shifted by the
 * variant). With history: coordinate descent on an estimate (each sentence's 3-grams counted against every
 * earlier reply through the postings): first bring the overlap with the closest earlier reply under
 * SAFE_OVERLAP, then prefer the sentences the history used least, so wordings rotate and the account's
 * replies stay far apart as it grows.
 */
function chooseBlocks(resolved: Choice['resolved'], context: ChoiceContext): Choice {
  const pick = resolved.map(() => 0);
  const h = context.history.length;
  if (!h) return { resolved, pick, estimate: 0, rankedMoves: () => [] };
  const sizes = resolved.map((r) => r.candidates.map((c) => (r.slot.blocks.includes('signOff') ? 0 : c.grams.size)));
  const matches = resolved.map((r) =>
    r.candidates.map((c) => {
      const counts = new Int32Array(h);
      if (r.slot.blocks.includes('signOff')) return counts;
      for (const g of c.grams) for (const j of context.postings.get(g) ?? []) counts[j]!++;
      return counts;
    }),
  );
  const historySizes = context.history.map((grams) => grams.size);
  const inter = new Int32Array(h);
  let size = 0;
  let penalty = 0;
  const penaltyOf = (i: number, k: number) => (resolved[i]?.candidates[k]?.copiesReview ? 2 : 0);
  // "your stay" said once reads better than twice
  const visitOf = (i: number, k: number) => (resolved[i]?.candidates[k]?.usesVisit ? 1 : 0);
  let visits = 0;
  resolved.forEach((_, i) => {
    size += sizes[i]?.[0] ?? 0;
    penalty += penaltyOf(i, 0);
    visits += visitOf(i, 0);
    const m = matches[i]?.[0];
    if (m) for (let j = 0; j < h; j++) inter[j]! += m[j]!;
  });
  // worst overlap (and how far above SAFE_OVERLAP) first, then the mean overlap: the least used sentences
  const costWith = (i: number, k: number): { cost: number; worst: number } => {
    const from = matches[i]?.[pick[i] ?? 0];
    const to = matches[i]?.[k];
    const newSize = Math.max(1, size - (sizes[i]?.[pick[i] ?? 0] ?? 0) + (sizes[i]?.[k] ?? 0));
    let worst = 0;
    let sum = 0;
    for (let j = 0; j < h; j++) {
      const shared = inter[j]! - (from?.[j] ?? 0) + (to?.[j] ?? 0);
      const overlap = shared / Math.max(1, Math.min(newSize, historySizes[j]!));
      sum += overlap;
      if (overlap > worst) worst = overlap;
    }
    const p = penalty - penaltyOf(i, pick[i] ?? 0) + penaltyOf(i, k);
    const v = visits - visitOf(i, pick[i] ?? 0) + visitOf(i, k);
    return { cost: p * 10 + Math.max(0, v - 1) * VISIT_REPEAT_COST + Math.max(0, worst - SAFE_OVERLAP) * 4 + sum / h, worst };
  };
  let current = costWith(0, pick[0] ?? 0);
  for (let pass = 0; pass < LOCAL_SEARCH_PASSES; pass++) {
    let improved = false;
    resolved.forEach((r, i) => {
      let bestK = pick[i] ?? 0;
      let best = current;
      for (let k = 0; k < r.candidates.length; k++) {
        if (k === pick[i]) continue;
        const trial = costWith(i, k);
        if (trial.cost < best.cost - 1e-9) {
          best = trial;
          bestK = k;
        }
      }
      if (bestK !== pick[i]) {
        const from = matches[i]?.[pick[i] ?? 0];
        const to = matches[i]?.[bestK];
        for (let j = 0; j < h; j++) inter[j]! += (to?.[j] ?? 0) - (from?.[j] ?? 0);
        size += (sizes[i]?.[bestK] ?? 0) - (sizes[i]?.[pick[i] ?? 0] ?? 0);
        penalty += penaltyOf(i, bestK) - penaltyOf(i, pick[i] ?? 0);
        visits += visitOf(i, bestK) - visitOf(i, pick[i] ?? 0);
        pick[i] = bestK;
        current = best;
        improved = true;
      }
    });
    if (!improved) break;
  }
  const rankedMoves = (): [number, number][] => {
    const moves: { move: [number, number]; cost: number }[] = [];
    resolved.forEach((r, i) => {
      r.candidates.forEach((c, k) => {
        if (k !== pick[i] && !c.copiesReview) moves.push({ move: [i, k], cost: costWith(i, k).cost });
      });
    });
    return moves.sort((a, b) => a.cost - b.cost).map((m) => m.move);
  };
  return { resolved, pick, estimate: current.worst, rankedMoves };
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
  const historyGrams = history.map((h) => wordNgrams(bodyOf(h), 3));
  const context: ChoiceContext = {
    history: historyGrams,
    postings: history.length ? postingsOf(historyGrams) : new Map(),
    reviewFiveGrams: wordNgrams(reviewText, 5),
    measured: new Map(),
  };
  const choose = (slots: PlanSlot[], v: number) =>
    chooseBlocks(resolveSlots(t, strategy, tone, slots, { ...baseValues, ...aspectValues(t, analysis, strategy, seed, v), facts: facts || undefined }, seed, v, context), context);
  // measured on the body, as the checker's `duplicate` rule does: the sign-off and signature are the last
  // paragraph, the same on every reply by design
  const closest = (text: string) => {
    const grams = wordNgrams(bodyOf(text), 3);
    return Math.max(0, ...context.history.map((h) => overlapOfSets(grams, h)));
  };
  // with a history: the search's choice for a few aspect phrasings, measured exactly on the laid-out reply
  // (sentence junctions count there); if still close, single-slot moves on the exact measure
  const draft = (slots: PlanSlot[]) => {
    if (!history.length) return layout(chosenOf(choose(slots, variant)), signature);
    let best = { choice: choose(slots, variant), overlap: Infinity };
    best.overlap = closest(layout(chosenOf(best.choice), signature));
    for (let k = 1; k < HISTORY_RESTARTS && best.overlap > SAFE_OVERLAP + 0.1; k++) {
      const choice = choose(slots, variant + k);
      const overlap = closest(layout(chosenOf(choice), signature));
      if (overlap < best.overlap) best = { choice, overlap };
    }
    // the estimate was too kind (sentence junctions, repeated 3-grams): the single-slot changes it ranks
    // best, measured exactly, then pairs of the first few
    if (best.overlap > NEAR_DUPLICATE_OVERLAP - 0.05) {
      const base = best.choice;
      const moves = base.rankedMoves().slice(0, EXACT_MOVES_BUDGET);
      const tryPick = (pick: number[]) => {
        const choice = { ...base, pick };
        const overlap = closest(layout(chosenOf(choice), signature));
        if (overlap < best.overlap - 1e-9) best = { choice, overlap };
      };
      // each accepted change is kept: the next ones start from it
      for (let round = 0; round < 2 && best.overlap > SAFE_OVERLAP; round++) {
        for (const [i, k] of moves) {
          if (best.overlap <= SAFE_OVERLAP) break;
          if (best.choice.pick[i] === k) continue;
          const pick = [...best.choice.pick];
          pick[i] = k;
          tryPick(pick);
        }
      }
      const few = moves.slice(0, PAIR_MOVES);
      for (let a = 0; a < few.length && best.overlap > NEAR_DUPLICATE_OVERLAP - 0.05; a++) {
        for (let b = a + 1; b < few.length; b++) {
          const [i, k] = few[a]!;
          const [j, l] = few[b]!;
          if (i === j) continue;
          const pick = [...best.choice.pick];
          pick[i] = k;
          pick[j] = l;
          tryPick(pick);
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
