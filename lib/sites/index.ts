/** Choosing the adapter for a page, and extracting every review it shows. */
import type { ReviewSnapshot } from '../review';
import type { SiteAdapter } from './types';
import { detectPage } from './url';
import { tripadvisorAdapter } from './tripadvisor';
import { googleAdapter } from './google';

export function adapterForUrl(url: string): SiteAdapter | null {
  const kind = detectPage(url);
  if (!kind) return null;
  return kind.startsWith('tripadvisor-') ? tripadvisorAdapter(kind as Parameters<typeof tripadvisorAdapter>[0]) : googleAdapter(kind as Parameters<typeof googleAdapter>[0]);
}

export interface PageExtraction {
  cards: Element[];
  reviews: ReviewSnapshot[];
  /** page-level misses plus every card's, deduplicated */
  layoutChanged: string[];
}

/** Every review on the page, with `hasReplyField` set from the owner-side reply field lookup. */
export function extractPage(adapter: SiteAdapter, root: ParentNode & Node, url: string): PageExtraction {
  const cards = adapter.findCards(root);
  const reviews: ReviewSnapshot[] = [];
  const layout = new Set(adapter.pageLayoutChanged(root, cards.length));
  for (const card of cards) {
    const { review } = adapter.extract(card, url);
    review.hasReplyField = adapter.findReplyField(card, cards) !== null;
    for (const name of review.layoutChanged) layout.add(name);
    reviews.push(review);
  }
  return { cards, reviews, layoutChanged: [...layout].slice(0, 50) };
}

export type { SiteAdapter, PageKind, Extraction, ReplyTarget } from './types';
