/**
 * What a content script does on a review page, whatever the site: follow the reviews (observe), put a Tact
 * button beside each, report the page's reviews to the background, and answer insert/undo/rescan for the
 * reviews of this frame. Site knowledge comes from the adapter; no analysis code here.
 */
import type { ContentToBackground, Reply } from '../messages';
import type { ReviewSnapshot } from '../review';
import type { ReplyTarget, SiteAdapter } from '../sites/types';
import { observeReviews, type ReviewObserver } from './observe';
import { buttonLabel, mountReviewButton, pageLanguage, type MountedButton } from './mount-button';
import { InsertionHistory, type InsertResult } from './insert';

export interface ReviewPageDeps {
  adapter: SiteAdapter;
  doc: Document;
  /** the background; `review:open` must be sent synchronously inside the click */
  send(message: ContentToBackground): void;
  signal?: AbortSignal;
  /** delay before reporting the page's reviews after a change */
  reportDelayMs?: number;
  debounceMs?: number;
  /** unit tests click with untrusted events */
  allowUntrustedClicks?: boolean;
}

export interface ReviewPage {
  rescan(): void;
  /** answers an insert for a review of this frame, or null when the review is not here */
  insert(reviewId: string, text: string): Promise<Reply<InsertAnswer>> | null;
  undo(reviewId: string): Promise<Reply<InsertAnswer>> | null;
  reviews(): ReviewSnapshot[];
  stop(): void;
}

export interface InsertAnswer {
  method: string;
  submitEnabled: boolean | null;
  /** which selector alternatives found the field and the submit button */
  via: Record<string, number>;
}

const BENCH_ATTR = 'data-tact-bench';

function wait(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, ms));
}

/** Resolves with `probe()` once it returns something (checked on each DOM change), or null after `timeoutMs`. */
function waitForDom<T>(doc: Document, probe: () => T | null, timeoutMs: number, root: Node = doc): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  const win = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    const observer = new win.MutationObserver(() => {
      const found = probe();
      if (found) finish(found);
    });
    const timer = win.setTimeout(() => finish(probe()), timeoutMs);
    function finish(value: T | null): void {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

export function startReviewPage(deps: ReviewPageDeps): ReviewPage {
  const { adapter, doc } = deps;
  const url = (): string => doc.location?.href ?? '';
  const label = buttonLabel(pageLanguage(doc));
  const bench = doc.documentElement.hasAttribute(BENCH_ATTR);
  const snapshots = new Map<Element, ReviewSnapshot>();
  const byId = new Map<string, Element>();
  const buttons = new Map<Element, MountedButton>();
  const history = new InsertionHistory();
  let pageLayout: string[] = [];
  let reportTimer: ReturnType<typeof setTimeout> | null = null;
  const win = doc.defaultView ?? globalThis;

  function snapshotOf(card: Element, fresh = false): ReviewSnapshot {
    let review = fresh ? undefined : snapshots.get(card);
    if (!review) {
      review = adapter.extract(card, url()).review;
      snapshots.set(card, review);
      byId.set(review.id, card);
    }
    return review;
  }

  async function expandAndUpdate(card: Element): Promise<void> {
    const control = adapter.findExpandControl(card);
    if (!control) return;
    const before = adapter.extract(card, url()).review.text;
    control.click(); // the page's own "Read more": its text, its way
    await waitForDom(doc, () => (adapter.findExpandControl(card) === null || adapter.extract(card, url()).review.text !== before ? true : null), 1500, card);
    const review = snapshotOf(card, true);
    deps.send({ type: 'review:update', review });
  }

  function onActivate(card: Element): void {
    // a button beside a reply box can outlive its card for a debounce (the queue swaps reviews): never send a stale one
    if (!card.isConnected) return observer.rescan();
    const review = snapshotOf(card, true);
    // first, synchronously: the background opens the side panel with this click's user activation
    deps.send({ type: 'review:open', review, clickedAt: Date.now() });
    if (review.truncated) void expandAndUpdate(card);
  }

  const ownerSide = adapter.kind !== 'tripadvisor-public' && adapter.kind !== 'google-maps-place';

  /**
   * Where a review's one button goes: beside its reply box when the page shows that box outside the card
   * (the outermost block around the field that does not hold the card), else beside the card. A dialog's
   * field is not tied to one card until opened, so it never takes the button.
   */
  function anchorOf(card: Element): { anchor: Element; side?: 'left' | 'below' } {
    if (!ownerSide) return { anchor: card };
    const target = adapter.findReplyField(card, observer.current());
    const field = target?.field;
    if (!field || card.contains(field) || field.closest('[role="dialog"],dialog')) return { anchor: card };
    let box: Element = field;
    while (box.parentElement && box.parentElement !== doc.body && !box.parentElement.contains(card)) box = box.parentElement;
    // a block that also wraps another review is no reply box of this one
    if (observer.current().some((other) => other !== card && box.contains(other))) return { anchor: card };
    // a box with its own footer keeps submit/cancel on the right: bottom-left; a bare field: just below it
    return { anchor: box, side: target.submit && box.contains(target.submit) ? 'left' : 'below' };
  }

  function mount(card: Element): void {
    const existing = buttons.get(card);
    if (existing?.host.isConnected) return;
    existing?.remove();
    // no extraction here: the scan only finds cards and places buttons; texts are read later, in slices
    const { anchor, side } = anchorOf(card);
    buttons.set(card, mountReviewButton(anchor, { label, side, onActivate: () => onActivate(card), allowUntrusted: deps.allowUntrustedClicks }));
  }

  function forget(card: Element): void {
    buttons.get(card)?.remove();
    buttons.delete(card);
    const review = snapshots.get(card);
    if (review && byId.get(review.id) === card) byId.delete(review.id);
    snapshots.delete(card);
  }

  function reviews(): ReviewSnapshot[] {
    return observer.current().map((card) => {
      const review = snapshotOf(card);
      if (adapter.kind !== 'tripadvisor-public' && adapter.kind !== 'google-maps-place') {
        review.hasReplyField = adapter.findReplyField(card, observer.current()) !== null;
      }
      return review;
    });
  }

  /** Extracts every card not read yet, yielding to the page every few milliseconds (no long task). */
  async function extractPending(): Promise<void> {
    const started = bench ? performance.now() : 0;
    let slice = performance.now();
    let longestSlice = 0;
    let count = 0;
    for (const card of observer.current()) {
      if (snapshots.has(card) || !card.isConnected) continue;
      snapshotOf(card);
      count++;
      const elapsed = performance.now() - slice;
      if (elapsed > 8) {
        longestSlice = Math.max(longestSlice, elapsed);
        await wait(doc, 0);
        slice = performance.now();
      }
    }
    longestSlice = Math.max(longestSlice, performance.now() - slice);
    if (bench && count) recordBench('extract', performance.now() - started, count, longestSlice);
  }

  let reporting = false;
  let reportedReviews = false;
  async function report(): Promise<void> {
    reportTimer = null;
    if (reporting) return scheduleReport();
    reporting = true;
    try {
      await extractPending();
      const all = reviews().slice(0, 5000);
      const layout = new Set(pageLayout);
      for (const review of all) for (const name of review.layoutChanged) layout.add(name);
      // the background keeps one list per tab: a frame that never had a review must not blank the list
      // another frame (Google's reply iframe) reported
      if (!all.length && !layout.size && !reportedReviews) return;
      reportedReviews = all.length > 0;
      deps.send({ type: 'page:reviews', reviews: all, layoutChanged: [...layout].slice(0, 50) });
    } finally {
      reporting = false;
    }
  }

  function scheduleReport(): void {
    if (reportTimer !== null) return;
    reportTimer = win.setTimeout(() => void report(), deps.reportDelayMs ?? 400);
  }

  let scans = 0;
  const observer: ReviewObserver = observeReviews({
    root: doc,
    findCards: (root) => adapter.findCards(root),
    debounceMs: deps.debounceMs,
    signal: deps.signal,
    onChange({ added, removed, changed, startedAt }) {
      for (const card of removed) forget(card);
      for (const card of changed) {
        const old = snapshots.get(card);
        snapshots.delete(card);
        if (old && byId.get(old.id) === card) byId.delete(old.id);
        snapshotOf(card);
      }
      for (const card of added) mount(card);
      // the page may have re-rendered a card's parent and dropped our host: put it back
      for (const [card, mounted] of buttons) if (!mounted.host.isConnected && card.isConnected) mount(card);
      pageLayout = adapter.pageLayoutChanged(doc, observer.current().length);
      if (bench) recordBench(scans === 0 ? 'scan' : 'update', performance.now() - startedAt, added.length);
      scans++;
      scheduleReport();
    },
  });

  function recordBench(kind: string, ms: number, cards: number, longestSliceMs?: number): void {
    // the bench reads this from the page (content scripts share the DOM, not the JS world)
    const el = doc.documentElement;
    const list = JSON.parse(el.getAttribute('data-tact-bench-results') ?? '[]') as unknown[];
    list.push({ kind, ms, cards, longestSliceMs });
    try {
      performance.measure(`tact:${kind}`, { start: performance.now() - ms, duration: ms }); // visible in DevTools
    } catch {
      // older engines: the attribute above is enough
    }
    el.setAttribute('data-tact-bench-results', JSON.stringify(list));
  }

  /** the card of a review id in this frame, reading the cards not extracted yet if needed */
  function cardById(reviewId: string): Element | undefined {
    let card = byId.get(reviewId);
    if (card?.isConnected) return card;
    for (const c of observer.current()) if (!snapshots.has(c)) snapshotOf(c);
    card = byId.get(reviewId);
    return card?.isConnected ? card : undefined;
  }

  async function findTarget(card: Element): Promise<ReplyTarget | null> {
    const cards = observer.current();
    const direct = adapter.findReplyField(card, cards);
    if (direct) return direct;
    const opener = adapter.findReplyOpener(card);
    if (!opener) return null;
    opener.click(); // the page's own "Reply": opens its form (never a submit)
    return waitForDom(doc, () => adapter.findReplyField(card, observer.current()) ?? adapter.findDialogReplyField(doc), 2000);
  }

  function answer(result: InsertResult, target: ReplyTarget | null): Reply<InsertAnswer> {
    if (!result.ok) return { ok: false, error: result.reason };
    return { ok: true, data: { method: result.method, submitEnabled: result.submitEnabled, via: target?.via ?? {} } };
  }

  const page: ReviewPage = {
    rescan() {
      observer.rescan();
      if (reportTimer !== null) win.clearTimeout(reportTimer);
      void report();
    },
    insert(reviewId, text) {
      const card = cardById(reviewId);
      if (!card || !card.isConnected) return null;
      return (async () => {
        const target = await findTarget(card);
        if (!target) return { ok: false, error: 'This page shows no reply field for this review. Open its reply box, then insert again.' } as const;
        const result = await history.insert(reviewId, target.field, text, { platform: adapter.platform, submit: target.submit });
        return answer(result, target);
      })();
    },
    undo(reviewId) {
      if (!history.has(reviewId)) return null;
      const card = cardById(reviewId);
      return (async () => {
        const target = card ? adapter.findReplyField(card, observer.current()) ?? adapter.findDialogReplyField(doc) : null;
        return answer(await history.undo(reviewId, { platform: adapter.platform, submit: target?.submit ?? null }), target);
      })();
    },
    reviews,
    stop() {
      observer.stop();
      if (reportTimer !== null) win.clearTimeout(reportTimer);
      for (const card of [...buttons.keys()]) forget(card);
    },
  };
  deps.signal?.addEventListener('abort', () => page.stop(), { once: true });
  observer.rescan();
  return page;
}
