/**
 * Selector specs: named CSS alternatives in order of stability, with the number of matches each spec
 * expects on which fixture. The strings live in lib/sites/<site>/selectors.ts only; this file resolves them.
 */
export interface SelectorSpec {
  /** reported in `layoutChanged` when a required spec finds nothing */
  readonly name: string;
  /** CSS alternatives, most stable first; the first one that matches wins */
  readonly alternatives: readonly string[];
  /** a miss is normal (e.g. no owner response): never reported as a layout change */
  readonly optional?: boolean;
  /** visible text (or aria-label) an element must have to count: generic alternatives like `button` need it */
  readonly label?: RegExp;
  /**
   * fixture file (relative to tests/fixtures, or `real:<file>` for ../shared/platforms/fixtures) →
   * number of elements the spec resolves to in the whole document (cards: outermost only)
   */
  readonly expect: Readonly<Record<string, number>>;
}

export interface Resolved<T> {
  value: T;
  /** index of the alternative that matched, -1 when none did */
  via: number;
}

/** Visible label of a control: its text, else its aria-label. */
export function labelOf(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text || (el.getAttribute('aria-label') ?? '').trim();
}

/** First element matched by the first alternative that matches anything under `root` (label-confirmed). */
export function queryFirst(root: ParentNode, spec: SelectorSpec): Resolved<Element | null> {
  for (let i = 0; i < spec.alternatives.length; i++) {
    if (spec.label) {
      const label = spec.label;
      const found = Array.from(root.querySelectorAll(spec.alternatives[i]!)).find((el) => label.test(labelOf(el)));
      if (found) return { value: found, via: i };
      continue;
    }
    const found = root.querySelector(spec.alternatives[i]!);
    if (found) return { value: found, via: i };
  }
  return { value: null, via: -1 };
}

/** Every element matched by the first alternative that matches anything under `root` (label-confirmed). */
export function queryAll(root: ParentNode, spec: SelectorSpec): Resolved<Element[]> {
  for (let i = 0; i < spec.alternatives.length; i++) {
    let found = Array.from(root.querySelectorAll(spec.alternatives[i]!));
    if (spec.label) {
      const label = spec.label;
      found = found.filter((el) => label.test(labelOf(el)));
    }
    if (found.length) return { value: found, via: i };
  }
  return { value: [], via: -1 };
}

/** Drops elements nested inside another element of the list (Google puts data-review-id on inner buttons). */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/** Plain text of a node: textContent only, never HTML. `<br>` inside becomes a line break. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  let out = '';
  const walk = (n: Node): void => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        else walk(child);
      }
    }
  };
  walk(node);
  return out;
}

/** Collapses runs of spaces but keeps paragraph breaks (the analysis reads sentences). */
export function tidyText(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** FNV-1a over UTF-16 code units, two seeds → 16 hex chars: a stable id when the platform gives none. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x0100019d) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * A label pattern anchored at the start (`^\s*(?:…)`) made to match anywhere: a cheap test on a card's
 * whole text before walking its elements one by one.
 */
export function anywhere(anchored: RegExp): RegExp {
  // no trailing \b either: in a card's textContent the label runs straight into the next block's text
  return new RegExp(anchored.source.replace(/^\^\\s\*/, '').replace(/\\b$/, ''), anchored.flags);
}
