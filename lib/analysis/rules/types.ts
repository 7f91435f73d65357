/**
 * The shape of rule data. Every language has one folder (`rules/<lang>/`) with one file per family;
 * files hold data only, one engine (lib/analysis/engine) reads them, and tests/unit/analysis/rules.test.ts
 * validates all of it (ids unique, patterns compile, examples match, counter-examples do not, and no
 * pattern backtracks catastrophically on a 100 kB input).
 *
 * Patterns are matched against the NORMALISED text (see lib/analysis/normalize.ts): lower case, accents
 * removed (é→e, ß→ss, ñ→n), look-alike letters folded (Cyrillic а→a, 0→o inside words…), zero-width
 * characters dropped, spaced or dotted letters joined ("R E M B O U R S E Z" → "remboursez"), runs of
 * whitespace collapsed to one space, repeated punctuation collapsed ("!!!" → "!"), runs of 3+ identical letters
 * cut to 2 ("soooo" → "soo"; except w, for "www"). Write patterns for that
 * form: no accents, lower case, single spaces. Use `\b` for word edges. Keep gaps bounded: `[^.!?]{0,60}`,
 * never `.*` or nested quantifiers.
 */
import type { AspectId, SignalType } from '../types';

export interface PatternRule {
  /** `<lang>.<family>.<name>`, unique across all languages */
  id: string;
  signal: SignalType;
  /** JavaScript regex source (flags `gu` are added), matched on the normalised text */
  pattern: string;
  /** how sure this evidence is on its own, 0..1 */
  weight: number;
  /** a negation cue shortly before it cancels it ("no bed bugs", "pas de punaises") */
  negatable?: boolean;
  /** a reported or completed gesture cancels it ("they refunded us", "ils nous ont remboursés") */
  reportable?: boolean;
  /** texts (original form, any case/accents) this rule must match */
  examples: string[];
  /**
   * texts where this rule must NOT fire: either the pattern does not match, or the engine's context
   * cancels it (a negation before a `negatable` rule, a reported gesture around a `reportable` one, a
   * positive promise around a review threat). Tested with `ruleFiresIn` from lib/analysis/engine/signals.ts.
   */
  counterExamples?: string[];
  note?: string;
}

export interface RuleFamily {
  lang: string;
  /** file name without extension: demand, review-threat, blackmail, abuse, allegation, off-topic, … */
  family: string;
  rules: PatternRule[];
}

/**
 * Context cues used by the engine around matches (all pattern sources on the normalised text, `gu` flags).
 * How the engine applies them (lib/analysis/engine/signals.ts):
 * - negations: a cue in the same clause (no , ; : . ! ? or line break between, nor a `scopeBreakers` word),
 *   within the 5 words before a `negatable` match, cancels it. Write "not(?! only)" style guards where a
 *   cue is not a negation.
 * - reported: a cue overlapping a `reportable` match, or in the same sentence within 60 chars before or
 *   30 chars after it, cancels it.
 * - positivePromise: a cue overlapping a review_threat, or within 10 chars of it in the same sentence, cancels it
 *   ("I'll post a glowing review everywhere"; "…and I'll leave five stars, otherwise one star" keeps the threat).
 * - sarcasm: each match is a `sarcasm` signal; positive words in its sentence count as negative.
 * - conditionals: a cue in the sentence of a demand or threat raises the blackmail confidence.
 */
export interface ContextCues {
  lang: string;
  /** negation words/phrases: "no", "not", "never", "without", "pas de", "aucun", "kein", "nessun", "ningun" */
  negations: string[];
  /** markers of a reported/completed gesture: "they refunded", "on nous a offert", "sans qu'on demande" */
  reported: string[];
  /** markers of a positive promise about a review: "glowing review", "5 stars everywhere" */
  positivePromise: string[];
  /** sarcasm markers: "thanks for nothing", "bravo…", "what a joke" */
  sarcasm: string[];
  /** markers of a hypothetical / condition: "if", "unless", "otherwise", "si", "sinon", "wenn", "sonst", "se", "altrimenti", "si no" */
  conditionals: string[];
  /** optional: words that end a negation's scope inside a clause ("and", "but", "which", "et", "und") */
  scopeBreakers?: string[];
}

/** Sentiment lexicon: normalised word or short phrase → weight (-4..+4). */
export interface PolarityLexicon {
  lang: string;
  words: Record<string, number>;
  /** multiply the next sentiment word: "very", "tres", "sehr", "molto", "muy" */
  intensifiers: Record<string, number>;
  /** flip sentiment within the next 3 tokens: "not", "pas", "nicht", "non", "no" */
  negators: string[];
  /** "but", "mais", "aber", "ma", "pero": what follows weighs more */
  contrast: string[];
  /**
   * Optional stems (≥ 4 letters, normalised) matching any word that starts with them, for inflected
   * languages: "degueulass" → dégueulasse, dégueulasses. Whole words in `words` win over stems.
   */
  prefixes?: Record<string, number>;
  /**
   * Optional discourse cues (normalised words or short phrases, matched as whole tokens; engine/polarity.ts
   * "Discourse cues" says how each one acts). Written for each language as word classes, never a review's words.
   */
  discourse?: DiscourseCues;
}

/** Word classes that change how the polarity engine reads the sentiment words around them. */
export interface DiscourseCues {
  /**
   * A remedy the establishment already gave, in completed form: "refunded", "fixed", "apologised", "a rembourse",
   * "hat sich entschuldigt". The problem words just before it describe a solved problem; the remedy is praise.
   */
  resolution: string[];
  /** The remedy came unasked or at once: "without asking", "straight away", "sans que", "von sich aus", "senza che". */
  unprompted: string[];
  /** Opens a revised review (first words of the text or of a line): "update", "edit", "mise a jour", "nachtrag". */
  update: string[];
  /** Reports what others said: "read", "heard", "reviews", "on lit", "gelesen", "lei", "avevo letto". */
  hearsay: string[];
  /** Contradicts what came before, like a negator opening a clause: "instead", "au contraire", "invece", "en cambio". */
  contradiction: string[];
  /** Announces the one small flaw of a good stay: "only downside", "seul bemol", "einziger nachteil", "unica pecca". */
  reservation: string[];
  /** Unreal past: the praise after it did not happen ("would have been appreciated", "aurait ete", "sarebbe stato"). */
  counterfactual: string[];
  /** The reviewer says the verdict is split: "torn", "mixed feelings", "mitige", "zwiegespalten", "luci e ombre". */
  balance: string[];
  /** Opens a comparison: "like", "wie", "comme", "come", "como" (a cue only before a `lowComparison`). */
  simile: string[];
  /**
   * What a bad dish or room is compared to ("like cardboard", "wie eine Schuhsohle", "comme une prison"): the
   * comparison is a complaint, and praise just before it is ironic ("crispy like a shoe sole"). One word may come
   * between the simile and it (an article).
   */
  lowComparison: string[];
  /** Concedes a point before a "but": "fair enough", "certes", "zugegeben", "lo reconozco", "legittimo". */
  concession: string[];
  /** Money lost or charged, a cue only when an amount follows within 4 words: "lost", "perdimos", "addebitato". */
  loss: string[];
  /** Money words that count as an amount after a loss verb (digits always do): "euros", "centime", "quid". */
  money: string[];
}

/** Aspect lexicon: for each aspect, pattern sources (normalised text) naming it. */
export interface AspectLexicon {
  lang: string;
  aspects: Partial<Record<AspectId, string[]>>;
}

/** Everything one language provides to the engine. */
export interface LanguageRules {
  lang: string;
  families: RuleFamily[];
  cues: ContextCues;
  polarity: PolarityLexicon;
  aspects: AspectLexicon;
  /** common function words, used for language identification hints and for the checker's mismatch rule */
  stopwords: string[];
}
