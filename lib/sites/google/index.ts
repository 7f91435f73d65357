/** The Google adapter: Maps place reviews, the merchant reply iframe, business.google.com. */
import { outermost, queryAll, queryFirst } from '../selector';
import type { PageKind, SiteAdapter } from '../types';
import * as S from './selectors';
import { extractGoogleReview, findGoogleExpandControl } from './extract';
import { findGoogleDialogReplyField, findGoogleReplyField, findGoogleReplyOpener } from './reply-field';

// levels walked up from the reply field to reach the block that also holds the review (fixture: 2)
const REPLY_PAGE_MAX_DEPTH = 8;

/**
 * The single-review reply page (`…/customers/reviews/reply?reviewId=…`, DOM-NOTES §4) has no review card: the
 * review is the page. Its card is the nearest ancestor of the reply field that also holds the review text,
 * else the field's own row, so the Tact button sits beside the reply field.
 */
export function replyPageCard(root: ParentNode): Element | null {
  const field = queryFirst(root, S.replyField).value;
  if (!field || field.closest('tact-review-button')) return null;
  let scope = field.parentElement;
  for (let depth = 0; scope && depth < REPLY_PAGE_MAX_DEPTH && scope.tagName !== 'BODY'; depth++, scope = scope.parentElement) {
    if (queryFirst(scope, S.body).value) return scope;
  }
  return field.parentElement && field.parentElement.tagName !== 'BODY' ? field.parentElement : null;
}

export function googleAdapter(kind: Extract<PageKind, `google-${string}`>): SiteAdapter {
  const ownerSide = kind !== 'google-maps-place';
  return {
    platform: 'google',
    kind,
    findCards: (root) => {
      const cards = outermost(queryAll(root, S.card).value);
      if (cards.length || kind !== 'google-owner-reply') return cards;
      const page = replyPageCard(root);
      return page ? [page] : [];
    },
    pageLayoutChanged: () => [],
    extract: extractGoogleReview,
    findExpandControl: findGoogleExpandControl,
    findReplyField: (card, cards) => (ownerSide ? findGoogleReplyField(card, cards) : null),
    findDialogReplyField: (doc) => (ownerSide ? findGoogleDialogReplyField(doc) : null),
    findReplyOpener: (card) => (ownerSide ? findGoogleReplyOpener(card) : null),
    selectors: S.GOOGLE_SELECTORS,
  };
}
