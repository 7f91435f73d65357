/**
 * Required literals of a regex source: a set of strings such that every match contains at least one of
 * them (the "prefilter" idea of RE2 and Hyperscan). A review that contains none of a rule's literals cannot
 * match it, so the engine skips that rule's scan; most reviews contain the trigger words of few rules.
 *
 * The analyser understands the regex subset rule files use (literals, escapes, classes, groups,
 * lookarounds, alternation, quantifiers). Anything it does not understand yields `null`: no prefilter,
 * the rule is always scanned. It never claims a literal that a match could lack.
 */

interface Info {
  /** every string the node can match, when that set is small and finite */
  exact: string[] | null;
  /** literals, one of which occurs in every match (null: none known) */
  required: string[] | null;
  /** most UTF-16 units a match can span (Infinity: unbounded); a char class or escape class counts 2 (astral) */
  max: number;
}

const MAX_SET = 64;
/** A rule's literal set may be larger: the automaton tests them all in one pass, whatever their number. */
const MAX_LITERALS = 1024;
/** Literals shorter than this filter too little to be worth a lookup. */
const MIN_USEFUL = 3;

class Unsupported extends Error {}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('trailing input');
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? { exact: null, required: null, max: Infinity };
    let exact: string[] | null = [];
    for (const b of branches) {
      if (!b.exact || !exact) exact = null;
      else exact = union(exact, b.exact);
    }
    let required: string[] | null = [];
    for (const b of branches) {
      const r = requiredOf(b);
      if (!r || !required) required = null;
      else required = union(required, r);
    }
    return { exact, required, max: Math.max(...branches.map((b) => b.max)) };
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified());
    return concat(items);
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.peek();
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{" (not valid in unicode mode anyway)
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    if (this.peek() === '?') this.i++; // lazy
    const span = atom.max === 0 ? 0 : atom.max * max;
    if (min === 0) {
      if (max === 1 && atom.exact) {
        const exact = union(atom.exact, ['']);
        return { exact: exact.length <= MAX_SET ? exact : null, required: null, max: span };
      }
      return { exact: null, required: null, max: span };
    }
    const required = requiredOf(atom);
    if (min === 1 && max === 1) return atom;
    return { exact: null, required, max: span };
  }

  private atom(): Info {
    const c = this.src[this.i++];
    switch (c) {
      case undefined:
        throw new Unsupported('end');
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return { exact: null, required: null, max: 2 };
      case '^':
      case '$':
        return { exact: [''], required: null, max: 0 };
      case '\\':
        return this.escape();
      case ')':
      case '|':
        throw new Unsupported('unexpected');
      default:
        return { exact: [c], required: null, max: 1 };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported('group name');
      this.i = close + 1;
    } else if (this.peek() === '?') throw new Unsupported('group kind');
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    return lookaround ? { exact: [''], required: null, max: 0 } : inner;
  }

  private charClass(): Info {
    const chars: string[] = [];
    let negated = false;
    let simple = true;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    let first = true;
    while (this.i < this.src.length && (this.peek() !== ']' || first)) {
      first = false;
      let ch = this.src[this.i++] ?? '';
      if (ch === '\\') {
        const e = this.src[this.i++] ?? '';
        if ('dDwWsSpPbBuxc'.includes(e)) {
          simple = false;
          if ((e === 'p' || e === 'P' || e === 'u') && this.peek() === '{') {
            const close = this.src.indexOf('}', this.i);
            if (close < 0) throw new Unsupported('class escape');
            this.i = close + 1;
          }
          continue;
        }
        ch = e === 'n' ? '\n' : e === 't' ? '\t' : e;
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        simple = false; // a range
        this.i += 2;
        if (this.src[this.i - 1] === '\\') this.i++;
        continue;
      }
      chars.push(ch);
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
    if (negated || !simple || chars.length === 0 || chars.length > 6) return { exact: null, required: null, max: 2 };
    return { exact: [...new Set(chars)], required: null, max: 2 };
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('escape');
    if (e === 'b' || e === 'B') return { exact: [''], required: null, max: 0 };
    if ('dDwWsS'.includes(e)) return { exact: null, required: null, max: 2 };
    if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k' || e === 'c' || /[0-9]/.test(e)) {
      if (this.peek() === '{' || this.peek() === '<') {
        const close = this.src.indexOf(this.peek() === '{' ? '}' : '>', this.i);
        if (close < 0) throw new Unsupported('escape');
        this.i = close + 1;
      } else if (e === 'x') this.i += 2;
      else if (e === 'u') this.i += 4;
      // a backreference can be as long as its group: unbounded here
      return { exact: null, required: null, max: e === 'k' || /[0-9]/.test(e) ? Infinity : 2 };
    }
    if (e === 'n') return { exact: ['\n'], required: null, max: 1 };
    if (e === 't') return { exact: ['\t'], required: null, max: 1 };
    if (e === 'r' || e === 'f' || e === 'v' || e === '0') return { exact: null, required: null, max: 1 };
    return { exact: [e], required: null, max: 1 }; // an escaped literal: \. \$ \/ \- …
  }
}

function union(a: string[], b: string[]): string[] {
  const set = new Set(a);
  for (const x of b) set.add(x);
  return [...set];
}

/** The literals a node guarantees: its required set, or its exact set when no string in it is empty. */
function requiredOf(info: Info): string[] | null {
  if (info.required) return info.required;
  if (info.exact && info.exact.length && info.exact.every((s) => s.length > 0)) return info.exact;
  return null;
}

function quality(set: string[] | null): number {
  if (!set || !set.length) return 0;
  return Math.min(...set.map((s) => s.length));
}

function concat(items: Info[]): Info {
  if (items.length === 0) return { exact: [''], required: null, max: 0 };
  if (items.length === 1) return items[0] ?? { exact: null, required: null, max: Infinity };
  // whole exact set when small
  let exact: string[] | null = [''];
  for (const item of items) {
    if (!exact || !item.exact || exact.length * item.exact.length > MAX_SET) {
      exact = null;
      break;
    }
    const next: string[] = [];
    for (const a of exact) for (const b of item.exact) next.push(a + b);
    exact = [...new Set(next)];
  }
  // best required set: merged runs of consecutive exact items, or any item's own required set
  let best: string[] | null = null;
  let run: string[] | null = null;
  const consider = (set: string[] | null): void => {
    if (set && set.length && set.every((s) => s.length > 0) && quality(set) > quality(best)) best = set;
  };
  for (const item of items) {
    if (item.exact) {
      if (run && run.length * item.exact.length <= MAX_SET) {
        const next: string[] = [];
        for (const a of run) for (const b of item.exact) next.push(a + b);
        run = [...new Set(next)];
      } else {
        consider(run);
        run = item.exact;
      }
      consider(run);
    } else {
      consider(run);
      run = null;
      consider(item.required);
    }
  }
  consider(run);
  return { exact, required: best, max: items.reduce((sum, item) => sum + item.max, 0) };
}

/** What the engine needs to know of a pattern, from one parse. */
export interface PatternFacts {
  /** literals one of which every match contains (each trimmed of end spaces), or null when none useful is known */
  literals: string[] | null;
  /** most UTF-16 units a match can span, Infinity when unbounded or not understood */
  maxLength: number;
}

export function patternFacts(source: string): PatternFacts {
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch {
    return { literals: null, maxLength: Infinity };
  }
  const set = requiredOf(info);
  let literals = set ? [...new Set(set.map((s) => s.trim()))] : null;
  if (literals && (literals.length > MAX_LITERALS || literals.some((s) => s.length < MIN_USEFUL))) literals = null;
  return { literals, maxLength: info.max };
}

/**
 * Literals one of which every match of `source` contains, or null when none useful is known.
 * Each literal is trimmed of spaces at its ends (a "word " literal still requires "word").
 */
export function requiredLiterals(source: string): string[] | null {
  return patternFacts(source).literals;
}

/**
 * Most UTF-16 units a match of `source` can span, or Infinity (unbounded, backreference, or not understood).
 * A match containing a literal that first ends at E cannot start before E − this: the scan may start there.
 */
export function maxMatchLength(source: string): number {
  return patternFacts(source).maxLength;
}

/**
 * Where a global scan of a pattern may start and still find every match a scan from 0 finds: no match starts
 * before the first literal occurrence ends minus the pattern's maximum length (when a match started
 * earlier, a scan from 0 would meet that match first). Never inside a surrogate pair.
 */
export function scanStart(text: string, candidate: number, maxLength: number): number {
  let from = candidate - 1 - maxLength; // one unit of slack: a pattern without literals (1) starts at 0
  if (!(from > 0)) return 0;
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = text.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) from--;
  }
  return from;
}

/**
 * Aho-Corasick automaton over the required literals of a language's rules: one left-to-right pass over a
 * text gives exactly the rules one of whose literals occurs (measured on the datasets: 106 rules a review,
 * 15 pass, the former trigram probes tested 1,388 literals a review to find them). Dense transition table
 * over the literals' alphabet (every other char is one class), built once per language (~20 k states).
 */
export class LiteralAutomaton {
  /** char code → alphabet class (0: a char no literal contains) */
  private readonly classes: Uint8Array;
  private readonly width: number;
  /** next state = delta[state * width + class] */
  private readonly delta: Uint16Array | Uint32Array;
  /** states from this number on have something to report (see the constructor) */
  private readonly firstReporting: number;
  /** per state: itself when it has outputs, else its dictionary link (0: nothing) */
  private readonly report: Uint32Array;
  /** rules whose literal ends at a state: ruleIds[outStart[s] .. outStart[s + 1]) */
  private readonly outStart: Uint32Array;
  private readonly ruleIds: Uint16Array;
  /** nearest proper suffix state with outputs (0: none; the root has none) */
  private readonly dictLink: Uint32Array;
  /** per pattern: 1 = always a candidate (no literal known), as if a literal ended at 0 */
  private readonly always: Int32Array;
  /** states whose outputs (and dictionary chain) were marked for the current text */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(literalsPerRule: (string[] | null)[]) {
    this.always = new Int32Array(literalsPerRule.length);
    const classes = new Uint8Array(0x10000);
    let width = 1;
    for (const literals of literalsPerRule) for (const literal of literals ?? []) for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      if (classes[c] === 0) classes[c] = width++;
    }
    // trie written straight into a dense table (0 = no child yet), then failure transitions filled in (BFS)
    let capacity = 1;
    for (const literals of literalsPerRule) for (const literal of literals ?? []) capacity += literal.length;
    const trie = new Int32Array(capacity * width);
    const outputs: number[][] = [[]];
    let count = 1;
    literalsPerRule.forEach((literals, rule) => {
      if (!literals) {
        this.always[rule] = 1;
        return;
      }
      for (const literal of literals) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const at = state * width + (classes[literal.charCodeAt(i)] ?? 0);
          let next = trie[at] ?? 0;
          if (next === 0) {
            next = count++;
            trie[at] = next;
            outputs.push([]);
          }
          state = next;
        }
        const out = outputs[state];
        if (out && !out.includes(rule)) out.push(rule);
      }
    });
    const delta = count < 0x10000 ? new Uint16Array(count * width) : new Uint32Array(count * width);
    const fail = new Uint32Array(count);
    const dictLink = new Uint32Array(count);
    const queue = new Uint32Array(count);
    let tail = 0;
    for (let cls = 0; cls < width; cls++) {
      const next = trie[cls] ?? 0;
      delta[cls] = next;
      if (next) queue[tail++] = next;
    }
    for (let q = 0; q < tail; q++) {
      const state = queue[q] ?? 0;
      const f = fail[state] ?? 0;
      dictLink[state] = (outputs[f]?.length ?? 0) > 0 ? f : dictLink[f] ?? 0;
      const row = state * width;
      const failRow = f * width;
      for (let cls = 0; cls < width; cls++) {
        const child = trie[row + cls] ?? 0;
        if (child) {
          delta[row + cls] = child;
          fail[child] = delta[failRow + cls] ?? 0;
          queue[tail++] = child;
        } else delta[row + cls] = delta[failRow + cls] ?? 0;
      }
    }
    // States are renumbered so that every state with something to report (its own outputs or a dictionary suffix
    // with some) comes after all the others: the scan tests `state >= firstReporting`, no table lookup per char.
    const order = new Uint32Array(count);
    let next = 0;
    for (let s = 0; s < count; s++) if ((outputs[s]?.length ?? 0) === 0 && dictLink[s] === 0) order[s] = next++;
    const firstReporting = next;
    for (let s = 0; s < count; s++) if ((outputs[s]?.length ?? 0) > 0 || dictLink[s] !== 0) order[s] = next++;
    const renumbered = count < 0x10000 ? new Uint16Array(count * width) : new Uint32Array(count * width);
    for (let s = 0; s < count; s++) {
      const from = s * width;
      const to = order[s]! * width;
      for (let cls = 0; cls < width; cls++) renumbered[to + cls] = order[delta[from + cls]!]!;
    }
    const outStart = new Uint32Array(count + 1);
    const report = new Uint32Array(count);
    const links = new Uint32Array(count);
    const byNew = new Uint32Array(count);
    for (let s = 0; s < count; s++) byNew[order[s]!] = s;
    for (let t = 0; t < count; t++) {
      const s = byNew[t]!;
      outStart[t + 1] = outStart[t]! + (outputs[s]?.length ?? 0);
      const link = order[dictLink[s]!]!;
      links[t] = link;
      report[t] = (outputs[s]?.length ?? 0) > 0 ? t : link;
    }
    const ruleIds = new Uint16Array(outStart[count] ?? 0);
    for (let t = 0; t < count; t++) ruleIds.set(outputs[byNew[t]!] ?? [], outStart[t]!);
    this.classes = classes;
    this.width = width;
    this.delta = renumbered;
    this.firstReporting = firstReporting;
    this.report = report;
    this.outStart = outStart;
    this.ruleIds = ruleIds;
    this.dictLink = links;
    this.seen = new Uint32Array(count);
  }

  /**
   * Per pattern, 0 when none of its literals occurs in `text`; else the offset just past its first literal
   * occurrence (1 for a pattern without literals): a match cannot start before that minus its maximum
   * length (see scanStart).
   */
  candidates(text: string): Int32Array {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { classes, width, delta, firstReporting, report, outStart, ruleIds, dictLink, seen, stamp } = this;
    const candidates = freshInt32(this.always.length);
    candidates.set(this.always);
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      state = delta[state * width + classes[text.charCodeAt(i)]!]!;
      if (state < firstReporting) continue;
      // walk the outputs of this state and of its dictionary suffixes, once per state and text
      for (let s = report[state]!; s !== 0 && seen[s] !== stamp; s = dictLink[s]!) {
        seen[s] = stamp;
        for (let j = outStart[s]!, end = outStart[s + 1]!; j < end; j++) {
          const rule = ruleIds[j]!;
          if (candidates[rule] === 0) candidates[rule] = i + 1;
        }
      }
    }
    return candidates;
  }
}

/**
 * A zeroed Int32Array of its own, carved from a shared slab: a typed array past 64 bytes otherwise gets a backing
 * store of its own (an allocation the GC tracks), one per review and language.
 */
const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
function freshInt32(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes > SLAB_BYTES >> 4) return new Int32Array(length);
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const view = new Int32Array(slab, slabUsed, length);
  slabUsed += bytes;
  return view;
}
