/** The TripAdvisor adapter: public review pages (both layouts) and the owner side. */
import { outermost, queryAll, queryFirst } from '../selector';
import type { PageKind, SiteAdapter } from '../types';
import * as S from './selectors';
import { extractTripadvisorReview, findTripadvisorExpandControl } from './extract';
import { findTripadvisorDialogReplyField, findTripadvisorReplyField, findTripadvisorReplyOpener } from './reply-field';

export function tripadvisorAdapter(kind: Extract<PageKind, `tripadvisor-${string}`>): SiteAdapter {
  const ownerSide = kind !== 'tripadvisor-public';
  return {
    platform: 'tripadvisor',
    kind,
    findCards: (root) => outermost(queryAll(root, S.card).value),
    pageLayoutChanged(root, cardCount) {
      // reviews tab present but no card in it: the card markup changed
      if (cardCount === 0 && queryFirst(root, S.reviewsContainer).value) return [S.card.name];
      return [];
    },
    extract: extractTripadvisorReview,
    findExpandControl: findTripadvisorExpandControl,
    findReplyField: (card, cards) => (ownerSide ? findTripadvisorReplyField(card, cards) : null),
    findDialogReplyField: (doc) => (ownerSide ? findTripadvisorDialogReplyField(doc) : null),
    findReplyOpener: (card) => (ownerSide ? findTripadvisorReplyOpener(card) : null),
    selectors: S.TRIPADVISOR_SELECTORS,
  };
}
