/** The Google adapter: Maps place reviews, the merchant reply iframe, business.google.com. */
import { outermost, queryAll } from '../selector';
import type { PageKind, SiteAdapter } from '../types';
import * as S from './selectors';
import { extractGoogleReview, findGoogleExpandControl } from './extract';
import { findGoogleDialogReplyField, findGoogleReplyField, findGoogleReplyOpener } from './reply-field';

export function googleAdapter(kind: Extract<PageKind, `google-${string}`>): SiteAdapter {
  const ownerSide = kind !== 'google-maps-place';
  return {
    platform: 'google',
    kind,
    findCards: (root) => outermost(queryAll(root, S.card).value),
    pageLayoutChanged: () => [],
    extract: extractGoogleReview,
    findExpandControl: findGoogleExpandControl,
    findReplyField: (card, cards) => (ownerSide ? findGoogleReplyField(card, cards) : null),
    findDialogReplyField: (doc) => (ownerSide ? findGoogleDialogReplyField(doc) : null),
    findReplyOpener: (card) => (ownerSide ? findGoogleReplyOpener(card) : null),
    selectors: S.GOOGLE_SELECTORS,
  };
}
