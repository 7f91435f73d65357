/**
 * analyzeReview: category, evidence, risk and strategy for any review or pasted message (DESIGN.md).
 * Pure TypeScript, no browser API, never throws.
 */
import { LANGUAGES, type DetectedLanguage, type Language } from '../platforms';
import type { AnalysisInput, AnalysisResult, Aspect, Category, Signal } from './types';
import { normalize, toOriginal, truncateNormalized, type NormalizedText } from './normalize';
import { detectLanguage } from './detect';
import { allRules, rulesFor } from './rules';
import type { LanguageRules } from './rules/types';
import { compileLanguage, type CompiledLanguage } from './engine/compile';
import { scanStart } from './engine/anchors';
import { findRuleHits, type RuleHit } from './engine/signals';
import { scorePolarity, type PolarityResult } from './engine/polarity';
import { decideCategory, type CategoryDecision } from './engine/category';
import { assessRisk } from './engine/risk';
import { chooseStrategy } from './engine/strategy';
import { isGibberish } from './engine/gibberish';
import { blackmailProbability, reviewCueRegex, veiledBlackmailProbability } from './model/blackmail';
import { findStructuralTies, isRetracted, type StructuralTie } from './engine/structures';
import type { PatternRule } from './rules/types';

export type { AnalysisInput, AnalysisResult } from './types';

/**
 * Text beyond this many UTF-16 units is not analysed: a review is a few thousand characters at most and a
 * pasted e-mail thread rarely passes 20,000; this bounds the cost of a 1 MB paste. Offsets stay exact.
 */
export const MAX_ANALYSED_LENGTH = 64_000;
/** An unidentified language is read with every rule set: only its first 8,000 normalised chars, to bound the cost. */
const MAX_UNDETERMINED_LENGTH = 8_000;
const MAX_SIGNALS = 120;
const MAX_ASPECTS = 40;
const MAX_ASPECT_MATCHES = 6;
const MAX_POLARITY_SIGNALS = 12;
/** |value| from which a lexicon word is shown as praise/negative evidence */
const EVIDENCE_WEIGHT = 2;

interface LanguageRun {
  lang: CompiledLanguage;
  hits: RuleHit[];
  sarcasm: { start: number; end: number }[];
  polarity: PolarityResult;
  aspects: { aspect: Aspect['aspect']; start: number; end: number; value: number }[];
  decision: CategoryDecision;
  evidence: number;
}

export function analyzeReview(input: AnalysisInput): AnalysisResult {
  return analyzeReviewWithPolarity(input).result;
}

/**
 * The analysis plus the polarity balance behind it (`lean` = positive − negative evidence of the
 * lexicon model; a mixed text leans by its sign). For evaluation and for callers that sort mixed reviews.
 */
export function analyzeReviewWithPolarity(input: AnalysisInput): { result: AnalysisResult; lean: number } {
  let analysedText = '';
  try {
    const text = typeof input?.text === 'string' ? input.text : String(input?.text ?? '');
    const title = typeof input?.title === 'string' && input.title.trim() ? input.title : undefined;
    analysedText = title !== undefined ? `${title}\n\n${text}` : text;
    return analyse(input, analysedText, title !== undefined ? title.length : 0);
  } catch {
    return { result: fallback(analysedText), lean: 0 };
  }
}

function capped(text: string): string {
  if (text.length <= MAX_ANALYSED_LENGTH) return text;
  let end = MAX_ANALYSED_LENGTH;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // do not cut a surrogate pair
  return text.slice(0, end);
}

function analyse(input: AnalysisInput, analysedText: string, titleLength: number): { result: AnalysisResult; lean: number } {
  const fullNorm = normalize(capped(analysedText));
  let norm = fullNorm;
  let titleEnd = 0;
  if (titleLength > 0) while (titleEnd < norm.text.length && (norm.starts[titleEnd] ?? 0) < titleLength) titleEnd++;

  const forced = typeof input.lang === 'string' ? input.lang.toLowerCase().slice(0, 2) : undefined;
  let language: DetectedLanguage;
  const guess = detectLanguage(norm);
  if (forced && (LANGUAGES as readonly string[]).includes(forced) && rulesFor(forced)) language = forced as Language;
  else language = guess.language;
  if (language === 'und') norm = truncateNormalized(fullNorm, MAX_UNDETERMINED_LENGTH);

  const candidates: LanguageRules[] = language === 'und' ? allRules() : [rulesFor(language)].filter((r): r is LanguageRules => !!r);
  // letter soup has few known words; real text in a registered language is never tested (it costs a pass)
  const gibberish = guess.coverage < 0.3 && isGibberish(norm);
  let chosen: LanguageRun | undefined;
  for (const rules of candidates) {
    const run = runLanguage(compileLanguage(rules), norm, titleEnd, gibberish);
    if (!chosen || run.evidence > chosen.evidence) chosen = run;
  }
  if (!chosen) return { result: fallback(analysedText), lean: 0 };

  const category = chosen.decision.category;
  const signals = buildSignals(chosen, norm, analysedText);
  const aspects = buildAspects(chosen, norm, analysedText);
  const rating = typeof input.rating === 'number' && Number.isFinite(input.rating) ? Math.round(input.rating) : undefined;
  const risk = assessRisk(category, chosen.hits, rating);
  const { strategy, alternatives } = chooseStrategy(category, risk, input.hasContradictingFacts === true, aspects.some((a) => a.polarity === 'negative'));
  const result: AnalysisResult = { language, category, confidence: chosen.decision.confidence, signals, aspects, risk, strategy, alternatives, analysedText };
  const veiled = category === 'blackmail' ? null : veiledBlackmailProbability(analysedText, language, signals, fullNorm.text);
  if (veiled !== null) result.veiledBlackmail = { probability: Math.round(veiled * 100) / 100 };
  return { result, lean: chosen.decision.lean };
}

function runLanguage(lang: CompiledLanguage, norm: NormalizedText, titleEnd: number, gibberish: boolean): LanguageRun {
  // which rules, aspects and cues can match at all: one pass over the text
  const candidates = lang.literalAutomaton.candidates(norm.text);
  const hits = findRuleHits(lang, norm, candidates);
  const sarcasm: { start: number; end: number }[] = [];
  lang.sarcasm.lastIndex = scanStart(norm.text, candidates[lang.sarcasmAt] ?? 0, lang.maxLength[lang.sarcasmAt] ?? Infinity);
  for (let m = candidates[lang.sarcasmAt] ? lang.sarcasm.exec(norm.text) : null; m !== null && sarcasm.length < 20; m = lang.sarcasm.exec(norm.text)) {
    if (m[0].length === 0) lang.sarcasm.lastIndex++;
    else sarcasm.push({ start: m.index, end: m.index + m[0].length });
  }
  lang.sarcasm.lastIndex = 0;
  const polarity = scorePolarity(lang, norm, titleEnd, sarcasm);
  const aspects = findAspects(lang, norm, polarity, candidates);
  let decision = decideCategory({ hits, polarity, gibberish, sarcasm: sarcasm.length, aspectCount: aspects.length, textLength: norm.text.length });
  if (decision.category !== 'blackmail') {
    const tie = confirmedStructuralTie(lang, norm, hits, sarcasm.length > 0, polarity);
    if (tie) {
      hits.push(tie);
      decision = decideCategory({ hits, polarity, gibberish, sarcasm: sarcasm.length, aspectCount: aspects.length, textLength: norm.text.length });
    }
  }
  if (decision.category === 'blackmail') {
    // "…or I post a one-star review! Just kidding": a threat taken back is no blackmail (the evidence stays shown)
    const evidence = hits.filter((h) => BLACKMAIL_SIGNALS.has(h.signal));
    const last = evidence.reduce((a, h) => (h.start > a.start ? h : a), evidence[0]!);
    if (last && isRetracted(lang.lang, norm, last.start, last.end)) {
      const rest = hits.filter((h) => !BLACKMAIL_SIGNALS.has(h.signal));
      decision = decideCategory({ hits: rest, polarity, gibberish, sarcasm: sarcasm.length, aspectCount: aspects.length, textLength: norm.text.length });
    }
  }
  const evidence = hits.reduce((sum, h) => sum + h.weight, 0) + polarity.positive + polarity.negative + aspects.length * 0.2;
  return { lang, hits, sarcasm, polarity, aspects, decision, evidence };
}

const BLACKMAIL_SIGNALS: ReadonlySet<string> = new Set(['demand', 'review_threat', 'conditional_edit', 'retaliation', 'third_party_extortion', 'payment_channel']);

/**
 * The veiled model's probability from which it confirms a structural tie (engine/structures.ts). Measured on the
 * 8,459 real reviews: 183 of them hold a tie, the highest at p 0.85 (0.88 with an earlier cue set), and those a
 * demand-family rule supports stay under p 0.15; the development-set blackmail texts confirmed by it are at 0.98+.
 */
export const STRUCTURAL_CONFIRMATION = 0.93;
/** The weight of a confirmed tie: a conditional_edit strong enough alone (category.ts calls blackmail from 0.85). */
const STRUCTURAL_WEIGHT = 0.9;
const structuralRules = new Map<string, PatternRule>();

function structuralRule(lang: string): PatternRule {
  let rule = structuralRules.get(lang);
  if (!rule) {
    rule = { id: `${lang}.structure.review-advantage-tie`, signal: 'conditional_edit', pattern: '', weight: STRUCTURAL_WEIGHT, examples: [], note: 'engine/structures.ts, confirmed by the veiled model' };
    structuralRules.set(lang, rule);
  }
  return rule;
}

/**
 * A review, an advantage and a tie word in one window, confirmed by the veiled-blackmail model (read on the rule
 * signals only, as it was trained): the tie as a conditional_edit hit, or null.
 */
function confirmedStructuralTie(lang: CompiledLanguage, norm: NormalizedText, hits: RuleHit[], sarcasm: boolean, polarity: PolarityResult): RuleHit | null {
  const ties = findStructuralTies(lang.lang, norm, lang.reported);
  // a tie a rule supports needs less from the model: take it first
  const supported = ties.find((t) => supportedByRule(hits, t));
  const tie: StructuralTie | null = supported ?? ties[0] ?? channelTie(lang.lang, norm, hits);
  if (!tie || tie.end <= tie.start) return null;
  const types = new Set<string>(hits.map((h) => h.signal));
  if (sarcasm) types.add('sarcasm');
  for (const item of polarity.items) {
    if (item.value >= EVIDENCE_WEIGHT) types.add('praise');
    else if (item.value <= -EVIDENCE_WEIGHT) types.add('negative');
  }
  const p = blackmailProbability(norm.original, lang.lang, [...types]);
  if (p < (tie.channel ? CHANNEL_CONFIRMATION : supported ? SUPPORTED_CONFIRMATION : STRUCTURAL_CONFIRMATION)) return null;
  return { rule: structuralRule(lang.lang), signal: 'conditional_edit', start: tie.start, end: tie.end, weight: STRUCTURAL_WEIGHT, conditional: true };
}

/**
 * A tie whose advantage a rule already reads as asked for (a demand or conditional_edit hit in or next to the
 * window) needs less from the model: in the real reviews no tie candidate has one.
 */
const SUPPORT_REACH = 40;
/** the weakest rule hit that supports a tie: a demand-family rule reading the advantage as asked for */
const SUPPORT_WEIGHT = 0.3;
const SUPPORTED_CONFIRMATION = 0.5;
function supportedByRule(hits: RuleHit[], tie: StructuralTie): boolean {
  return hits.some((h) => (h.signal === 'demand' || h.signal === 'conditional_edit') && h.weight >= SUPPORT_WEIGHT && h.end >= tie.start - SUPPORT_REACH && h.start <= tie.end + SUPPORT_REACH);
}

/**
 * A private payment channel (WhatsApp, Telegram, crypto: a payment_channel hit) and a review named within
 * CHANNEL_REACH of it: the shape of review extortion, whoever writes it. Never seen in the real reviews, so the
 * model confirms it from a lower probability.
 */
const CHANNEL_REACH = 400;
const CHANNEL_CONFIRMATION = 0.5;
function channelTie(lang: string, norm: NormalizedText, hits: RuleHit[]): (StructuralTie & { channel: true }) | null {
  const channel = hits.find((h) => h.signal === 'payment_channel' && h.weight >= 0.3);
  if (!channel) return null;
  const from = Math.max(0, channel.start - CHANNEL_REACH);
  const review = reviewCueRegex(lang).exec(norm.text.slice(from, Math.min(norm.text.length, channel.end + CHANNEL_REACH)));
  if (!review) return null;
  const at = from + review.index;
  return { start: Math.min(at, channel.start), end: Math.max(at + review[0].length, channel.end), channel: true };
}

function findAspects(lang: CompiledLanguage, norm: NormalizedText, polarity: PolarityResult, candidates: Int32Array): LanguageRun['aspects'] {
  const found: LanguageRun['aspects'] = [];
  // polarity of each clause, summed once (an aspect takes its clause's polarity)
  const clauseValue = new Float64Array(polarity.clauses.length);
  for (const item of polarity.items) clauseValue[item.clause] = (clauseValue[item.clause] ?? 0) + item.value;
  for (let a = 0; a < lang.aspects.length; a++) {
    if (!candidates[lang.aspectsAt + a]) continue; // none of its words occurs
    const { aspect, regex } = lang.aspects[a]!;
    regex.lastIndex = scanStart(norm.text, candidates[lang.aspectsAt + a] ?? 0, lang.maxLength[lang.aspectsAt + a] ?? Infinity);
    let n = 0;
    for (let m = regex.exec(norm.text); m !== null && n < MAX_ASPECT_MATCHES; m = regex.exec(norm.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      n++;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ aspect, start, end, value: clauseValue[clauseAt(polarity.clauses, start)] ?? 0 });
    }
    regex.lastIndex = 0;
  }
  return found;
}

function clauseAt(clauses: { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((clauses[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function span(norm: NormalizedText, analysedText: string, a: number, b: number): { start: number; end: number; text: string } {
  const { start, end } = toOriginal(norm, a, b);
  return { start, end, text: analysedText.slice(start, end) };
}

function buildSignals(run: LanguageRun, norm: NormalizedText, analysedText: string): Signal[] {
  const signals: Signal[] = [];
  const seen = new Set<string>();
  const push = (signal: Signal): void => {
    const key = `${signal.type}:${signal.start}:${signal.end}`;
    if (seen.has(key) || signal.end <= signal.start) return;
    seen.add(key);
    signals.push(signal);
  };
  for (const hit of run.hits) push({ type: hit.signal, ...span(norm, analysedText, hit.start, hit.end), rule: hit.rule.id });
  for (const s of run.sarcasm) push({ type: 'sarcasm', ...span(norm, analysedText, s.start, s.end), rule: `${run.lang.lang}.cues.sarcasm` });
  const strong = run.polarity.items.filter((item) => Math.abs(item.value) >= EVIDENCE_WEIGHT);
  const praise = strong.filter((i) => i.value > 0).sort((a, b) => b.value - a.value).slice(0, MAX_POLARITY_SIGNALS);
  const negative = strong.filter((i) => i.value < 0).sort((a, b) => a.value - b.value).slice(0, MAX_POLARITY_SIGNALS);
  for (const item of praise) push({ type: 'praise', ...span(norm, analysedText, item.start, item.end), rule: `${run.lang.lang}.polarity` });
  for (const item of negative) push({ type: 'negative', ...span(norm, analysedText, item.start, item.end), rule: `${run.lang.lang}.polarity` });
  signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return signals.slice(0, MAX_SIGNALS);
}

function buildAspects(run: LanguageRun, norm: NormalizedText, analysedText: string): Aspect[] {
  return run.aspects
    .map((a) => ({ aspect: a.aspect, polarity: a.value > 0.5 ? 'positive' : a.value < -0.5 ? 'negative' : 'neutral', ...span(norm, analysedText, a.start, a.end) }) as Aspect)
    .filter((a) => a.end > a.start)
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_ASPECTS);
}

/** A valid, low-confidence result when anything went wrong: the panel still renders. */
function fallback(analysedText: string): AnalysisResult {
  const category: Category = 'mixed';
  const risk = assessRisk(category, [], undefined);
  return { language: 'und', category, confidence: 0, signals: [], aspects: [], risk, strategy: 'acknowledge_and_fix', alternatives: ['thank'], analysedText };
}
