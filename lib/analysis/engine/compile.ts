/**
 * Turns one language's rule data into ready-to-run regexes and maps, once per language (cached).
 */
import type { AspectId, SignalType } from '../types';
import type { LanguageRules, PatternRule } from '../rules/types';
import { LiteralAutomaton, patternFacts } from './anchors';

export interface CompiledRule {
  rule: PatternRule;
  regex: RegExp;
  /** a match contains one of these (engine/anchors.ts); null: always scan */
  literals: string[] | null;
}

export interface CompiledLanguage {
  lang: string;
  rules: CompiledRule[];
  /**
   * Which patterns can match a text (anchors.ts): one pass gives, per index, 1 when the pattern has no known
   * literal or one of its literals occurs. Rules first, then aspects from `aspectsAt`, then sarcasm at `sarcasmAt`.
   */
  literalAutomaton: LiteralAutomaton;
  aspectsAt: number;
  sarcasmAt: number;
  /** per pattern (same indices), the most UTF-16 units a match spans, Infinity when unbounded */
  maxLength: Float64Array;
  negation: RegExp;
  reported: RegExp;
  positivePromise: RegExp;
  sarcasm: RegExp;
  conditional: RegExp;
  scopeBreaker: RegExp;
  /** single words → weight */
  words: Map<string, number>;
  /** phrases by their first word, longest first */
  phrases: Map<string, { tokens: string[]; weight: number }[]>;
  prefixes: Map<string, number>;
  intensifiers: Map<string, number>;
  /** multi-word intensifiers by first word ("a bit") */
  intensifierPhrases: Map<string, { tokens: string[]; factor: number }[]>;
  negators: Set<string>;
  contrast: Set<string>;
  /** all of the above for one word, so polarity looks a token up once (built from the maps above) */
  lexicon: Map<string, LexiconEntry>;
  /** first 4 letters of every stem in `prefixes`: a word whose start is not here has no stem */
  stemHeads: Set<string>;
  /** length of the longest stem */
  maxStem: number;
  aspects: { aspect: AspectId; regex: RegExp; literals: string[] | null }[];
  stopwords: Set<string>;
  signalTypes: Set<SignalType>;
}

/** What the polarity lexicon says about one word. */
export interface LexiconEntry {
  weight?: number;
  phrases?: { tokens: string[]; weight: number }[];
  contrast?: boolean;
  negator?: boolean;
  intensifier?: number;
  intensifierPhrases?: { tokens: string[]; factor: number }[];
}

/** One alternation of cue sources; an impossible regex when there is none. */
function alternation(sources: string[]): RegExp {
  if (!sources.length) return /(?!)/gu;
  return new RegExp(sources.map((src) => `(?:${src})`).join('|'), 'gu');
}

export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'gu');
}

const cache = new Map<LanguageRules, CompiledLanguage>();

export function compileLanguage(rules: LanguageRules): CompiledLanguage {
  const hit = cache.get(rules);
  if (hit) return hit;
  // each pattern parsed once for its literals (prefilter) and its longest match (scan start)
  const maxLength: number[] = [];
  const compiledRules = rules.families.flatMap((family) => family.rules.map((rule) => {
    const facts = patternFacts(rule.pattern);
    maxLength.push(facts.maxLength);
    return { rule, regex: compilePattern(rule.pattern), literals: facts.literals };
  }));
  const aspects: CompiledLanguage['aspects'] = [];
  for (const [aspect, sources] of Object.entries(rules.aspects.aspects) as [AspectId, string[] | undefined][]) {
    if (!sources?.length) continue;
    const regex = alternation(sources);
    const facts = patternFacts(regex.source);
    maxLength.push(facts.maxLength);
    aspects.push({ aspect, regex, literals: facts.literals });
  }
  const sarcasm = alternation(rules.cues.sarcasm);
  const sarcasmFacts = patternFacts(sarcasm.source);
  maxLength.push(sarcasmFacts.maxLength);
  const compiled: CompiledLanguage = {
    lang: rules.lang,
    rules: compiledRules,
    literalAutomaton: new LiteralAutomaton([...compiledRules.map((r) => r.literals), ...aspects.map((a) => a.literals), sarcasmFacts.literals]),
    aspectsAt: compiledRules.length,
    sarcasmAt: compiledRules.length + aspects.length,
    maxLength: Float64Array.from(maxLength),
    negation: alternation(rules.cues.negations),
    reported: alternation(rules.cues.reported),
    positivePromise: alternation(rules.cues.positivePromise),
    sarcasm,
    conditional: alternation(rules.cues.conditionals),
    scopeBreaker: alternation(rules.cues.scopeBreakers ?? []),
    words: new Map(),
    phrases: new Map(),
    prefixes: new Map(Object.entries(rules.polarity.prefixes ?? {})),
    intensifiers: new Map(),
    intensifierPhrases: new Map(),
    negators: new Set(rules.polarity.negators),
    contrast: new Set(rules.polarity.contrast),
    lexicon: new Map(),
    stemHeads: new Set(Object.keys(rules.polarity.prefixes ?? {}).map((stem) => stem.slice(0, 4))),
    maxStem: Math.max(0, ...Object.keys(rules.polarity.prefixes ?? {}).map((stem) => stem.length)),
    aspects,
    stopwords: new Set(rules.stopwords),
    signalTypes: new Set(),
  };
  for (const [entry, weight] of Object.entries(rules.polarity.words)) {
    const tokens = entry.split(' ').filter(Boolean);
    if (tokens.length === 1) compiled.words.set(tokens[0] ?? entry, weight);
    else if (tokens.length > 1) {
      const first = tokens[0] ?? '';
      const list = compiled.phrases.get(first) ?? [];
      list.push({ tokens, weight });
      compiled.phrases.set(first, list);
    }
  }
  for (const list of compiled.phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const [entry, factor] of Object.entries(rules.polarity.intensifiers)) {
    const tokens = entry.split(' ').filter(Boolean);
    if (tokens.length === 1) compiled.intensifiers.set(tokens[0] ?? entry, factor);
    else if (tokens.length > 1) {
      const first = tokens[0] ?? '';
      const list = compiled.intensifierPhrases.get(first) ?? [];
      list.push({ tokens, factor });
      compiled.intensifierPhrases.set(first, list);
    }
  }
  const entry = (word: string): LexiconEntry => {
    let found = compiled.lexicon.get(word);
    if (!found) compiled.lexicon.set(word, (found = {}));
    return found;
  };
  for (const [word, weight] of compiled.words) entry(word).weight = weight;
  for (const [word, list] of compiled.phrases) entry(word).phrases = list;
  for (const word of compiled.contrast) entry(word).contrast = true;
  for (const word of compiled.negators) entry(word).negator = true;
  for (const [word, factor] of compiled.intensifiers) entry(word).intensifier = factor;
  for (const [word, list] of compiled.intensifierPhrases) entry(word).intensifierPhrases = list;
  for (const { rule } of compiled.rules) compiled.signalTypes.add(rule.signal);
  cache.set(rules, compiled);
  return compiled;
}
