/**
 * Follows the reviews on a live page: a debounced MutationObserver rescans when the page adds or removes
 * nodes (scrolling, paging, dialogs, single-page navigation), reports cards that appeared and cards that
 * left, and marks cards whose content changed (e.g. "Read more" expanded). Tact's own button hosts are ignored.
 */
import { HOST_TAG } from './mount-button';

export interface ReviewObserverOptions {
  root: Node & ParentNode;
  findCards(root: ParentNode): Element[];
  /** new cards, in document order; `changed`: known cards whose content mutated */
  onChange(change: { added: Element[]; removed: Element[]; changed: Element[]; /** performance.now() when the scan began */ startedAt: number }): void;
  debounceMs?: number;
  /** stops observing (the WXT content-script context's signal) */
  signal?: AbortSignal;
}

export interface ReviewObserver {
  /** scans now (first scan, `page:rescan`) */
  rescan(): void;
  current(): readonly Element[];
  stop(): void;
}

const isOwnNode = (node: Node): boolean => node.nodeType === 1 && (node as Element).tagName === HOST_TAG.toUpperCase();

export function observeReviews(options: ReviewObserverOptions): ReviewObserver {
  const { root, findCards, onChange } = options;
  const debounceMs = options.debounceMs ?? 120;
  const win = (root.ownerDocument ?? (root as Document)).defaultView ?? globalThis;
  let known: Element[] = [];
  let knownSet = new Set<Element>();
  const dirty = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function rescan(): void {
    if (stopped) return;
    if (timer !== null) {
      win.clearTimeout(timer);
      timer = null;
    }
    const startedAt = typeof performance === 'undefined' ? 0 : performance.now();
    const cards = findCards(root);
    const nextSet = new Set(cards);
    const added = cards.filter((card) => !knownSet.has(card));
    const removed = known.filter((card) => !nextSet.has(card));
    const changed = [...dirty].filter((card) => nextSet.has(card) && knownSet.has(card));
    dirty.clear();
    known = cards;
    knownSet = nextSet;
    if (added.length || removed.length || changed.length) onChange({ added, removed, changed, startedAt });
  }

  function schedule(): void {
    if (stopped || timer !== null) return;
    timer = win.setTimeout(() => {
      timer = null;
      rescan();
    }, debounceMs);
  }

  const observer = new (win as typeof globalThis).MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (record.type === 'childList') {
        let own = true;
        record.addedNodes.forEach((n) => (own &&= isOwnNode(n)));
        record.removedNodes.forEach((n) => (own &&= isOwnNode(n)));
        if (own) continue;
      }
      relevant = true;
      // a mutation inside a known card: re-extract that card (text expanded, reply posted)
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (target) {
        for (let up: Element | null = target; up; up = up.parentElement) {
          if (knownSet.has(up)) {
            dirty.add(up);
            break;
          }
        }
      }
    }
    if (relevant) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  function stop(): void {
    stopped = true;
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
  }
  options.signal?.addEventListener('abort', stop, { once: true });

  return { rescan, current: () => known, stop };
}
