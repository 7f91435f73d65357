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
}

const MAX_SET = 64;
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
    if (branches.length === 1) return branches[0] ?? { exact: null, required: null };
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
    return { exact, required };
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
    if (min === 0) {
      if (max === 1 && atom.exact) {
        const exact = union(atom.exact, ['']);
        return { exact: exact.length <= MAX_SET ? exact : null, required: null };
      }
      return { exact: null, required: null };
    }
    const required = requiredOf(atom);
    if (min === 1 && max === 1) return atom;
    return { exact: null, required };
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
        return { exact: null, required: null };
      case '^':
      case '$':
        return { exact: [''], required: null };
      case '\\':
        return this.escape();
      case ')':
      case '|':
        throw new Unsupported('unexpected');
      default:
        return { exact: [c], required: null };
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
    return lookaround ? { exact: [''], required: null } : inner;
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
    if (negated || !simple || chars.length === 0 || chars.length > 6) return { exact: null, required: null };
    return { exact: [...new Set(chars)], required: null };
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('escape');
    if (e === 'b' || e === 'B') return { exact: [''], required: null };
    if ('dDwWsS'.includes(e)) return { exact: null, required: null };
    if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k' || e === 'c' || /[0-9]/.test(e)) {
      if (this.peek() === '{' || this.peek() === '<') {
        const close = this.src.indexOf(this.peek() === '{' ? '}' : '>', this.i);
        if (close < 0) throw new Unsupported('escape');
        this.i = close + 1;
      } else if (e === 'x') this.i += 2;
      else if (e === 'u') this.i += 4;
      return { exact: null, required: null };
    }
    if (e === 'n') return { exact: ['\n'], required: null };
    if (e === 't') return { exact: ['\t'], required: null };
    if (e === 'r' || e === 'f' || e === 'v' || e === '0') return { exact: null, required: null };
    return { exact: [e], required: null }; // an escaped literal: \. \$ \/ \- …
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
  if (items.length === 0) return { exact: [''], required: null };
  if (items.length === 1) return items[0] ?? { exact: null, required: null };
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
  return { exact, required: best };
}

/**
 * Literals one of which every match of `source` contains, or null when none useful is known.
 * Each literal is trimmed of spaces at its ends (a "word " literal still requires "word").
 */
export function requiredLiterals(source: string): string[] | null {
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch {
    return null;
  }
  const set = requiredOf(info);
  if (!set) return null;
  const literals = [...new Set(set.map((s) => s.trim()))];
  if (literals.length > MAX_SET || literals.some((s) => s.length < MIN_USEFUL)) return null;
  return literals;
}

/** Hash of the trigram starting at `i` (16 bits); collisions only let more rules through, never fewer. */
function trigramHash(text: string, i: number): number {
  return (text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2)) & 0xffff;
}

/** The trigram hashes of each literal, computed once per rule. */
export function literalTrigrams(literals: string[]): Int32Array[] {
  return literals.map((literal) => {
    const hashes = new Int32Array(Math.max(0, literal.length - 2));
    for (let i = 0; i + 2 < literal.length; i++) hashes[i] = trigramHash(literal, i);
    return hashes;
  });
}

/**
 * The trigrams present in a text, as a stamped table: reusing one table (stamp = text number) avoids
 * clearing 64 k entries per review.
 */
export class TrigramIndex {
  private readonly stamps = new Uint32Array(0x10000);
  private stamp = 0;

  index(text: string): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    for (let i = 0; i + 2 < text.length; i++) this.stamps[trigramHash(text, i)] = this.stamp;
  }

  /**
   * Indexes `text` and returns, per rule of `keys`, 1 when the key trigram of one of its literals occurs
   * (its literals are then tested as before), 0 when none does (no literal can pass `mayContain`).
   */
  candidateRules(text: string, keys: KeyTrigramTable): Uint8Array {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const stamps = this.stamps;
    const candidates = keys.always.slice();
    const { offsets, rules } = keys;
    for (let i = 0; i + 2 < text.length; i++) {
      const hash = trigramHash(text, i);
      if (stamps[hash] === stamp) continue;
      stamps[hash] = stamp;
      for (let j = offsets[hash] ?? 0, end = offsets[hash + 1] ?? 0; j < end; j++) candidates[rules[j] ?? 0] = 1;
    }
    return candidates;
  }

  /** Whether every trigram of one of the literals occurs in the indexed text. */
  mayContainOne(literals: Int32Array[]): boolean {
    for (const hashes of literals) if (this.mayContain(hashes)) return true;
    return false;
  }

  /** Whether every trigram of this literal occurs in the indexed text. */
  mayContain(hashes: Int32Array): boolean {
    for (let i = 0; i < hashes.length; i++) if (this.stamps[hashes[i] ?? 0] !== this.stamp) return false;
    return true;
  }
}

/**
 * Each rule with literals filed under one key trigram per literal (its rarest among the language's
 * literals): a rule none of whose key trigrams occurs cannot pass the literal test, so it is skipped without
 * walking its literals (measured: walking every literal of every rule was half of findRuleHits). Also puts
 * each literal's rarest trigrams first, so `mayContain` (an AND, order-free) fails sooner.
 * Laid out as CSR: rules with key trigram h are rules[offsets[h] .. offsets[h + 1]).
 */
export interface KeyTrigramTable {
  offsets: Uint32Array;
  rules: Uint16Array;
  /** per rule: 1 = always a candidate (no literals, or a literal without a trigram), else 0 */
  always: Uint8Array;
}

export function keyTrigramTable(ruleTrigrams: (Int32Array[] | null)[]): KeyTrigramTable {
  const always = new Uint8Array(ruleTrigrams.length);
  const frequency = new Uint32Array(0x10000);
  for (const literals of ruleTrigrams) for (const hashes of literals ?? []) for (const hash of hashes) frequency[hash] = (frequency[hash] ?? 0) + 1;
  const pairs: [number, number][] = [];
  ruleTrigrams.forEach((literals, rule) => {
    if (!literals || literals.some((hashes) => hashes.length === 0)) {
      always[rule] = 1;
      return;
    }
    const keys = new Set<number>();
    for (const hashes of literals) {
      hashes.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0));
      keys.add(hashes[0] ?? 0);
    }
    for (const key of keys) pairs.push([key, rule]);
  });
  const offsets = new Uint32Array(0x10001);
  for (const [key] of pairs) offsets[key + 1] = (offsets[key + 1] ?? 0) + 1;
  for (let h = 0; h < 0x10000; h++) offsets[h + 1] = (offsets[h + 1] ?? 0) + (offsets[h] ?? 0);
  const fill = offsets.slice(0, 0x10000);
  const rules = new Uint16Array(pairs.length);
  for (const [key, rule] of pairs) {
    const at = fill[key] ?? 0;
    rules[at] = rule;
    fill[key] = at + 1;
  }
  return { offsets, rules, always };
}
