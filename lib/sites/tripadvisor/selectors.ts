/**
 * TripAdvisor: every selector Tact uses, and only here. Alternatives in order of stability, each with its
 * evidence (DOM-NOTES.md §1–2: V-html = seen in a saved page, V-code = used by dated public code, G = guess).
 * `expect`: matches in the whole document per fixture (tests/unit/sites/selectors.test.ts checks them).
 */
import type { SelectorSpec } from '../selector';
import { OPEN_REPLY, READ_MORE, SUBMIT } from './labels';

const HOTEL = 'tripadvisor/hotel-review_2026-11.html';
const HOTEL_FR = 'tripadvisor/hotel-review-fr_2026-11.html';
const HOTEL_DE = 'tripadvisor/hotel-review-de_2026-11.html';
const LEGACY = 'tripadvisor/hotel-review-legacy_2022-06.html';
const RESTAURANT = 'tripadvisor/restaurant-review_2026-11.html';
const ATTRACTION = 'tripadvisor/attraction-review_2026-11.html';
const OWNER = 'tripadvisor/owner-response_2026-11.html';
const MC = 'tripadvisor/management-center_2026-11.html';
const REAL = 'real:tripadvisor_attraction_reviews-tab_2026_excerpt.html';

export const reviewsContainer: SelectorSpec = {
  name: 'reviewsContainer',
  optional: true,
  alternatives: [
    '[data-test-target="reviews-tab"]', // V-html 2026 (attraction capture), stable data-test-target
    '#REVIEWS', // V-code: the in-page anchor older hotel pages link to (…Reviews.html#REVIEWS)
  ],
  expect: { [HOTEL]: 1, [HOTEL_FR]: 1, [HOTEL_DE]: 1, [LEGACY]: 1, [RESTAURANT]: 1, [ATTRACTION]: 1, [OWNER]: 0, [MC]: 0, [REAL]: 1 },
};

export const card: SelectorSpec = {
  name: 'card',
  alternatives: [
    'div[data-automation="reviewCard"]', // V-html 2026: current card (class `_c`)
    'div[data-test-target="HR_CC_CARD"]', // V-code 2020–2024 hotel layout. TODO(2027-06): drop if no page shows it
    'div.review-container', // V-code ≤2019 layout. TODO(2027-06): drop
    'div[data-reviewid]', // V-code: the inner review div of the older layout; owner pages (G) carry it alone
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 3, [REAL]: 2 },
};

/** the review's own id, when the card says it (older layout, owner pages) */
export const reviewIdAttribute: SelectorSpec = {
  name: 'reviewIdAttribute',
  optional: true,
  alternatives: [
    '[data-reviewid]', // V-code: older hotel layout and (G) owner pages
  ],
  expect: { [HOTEL]: 0, [LEGACY]: 4, [OWNER]: 0, [MC]: 3, [REAL]: 0 },
};

/** the title link; its href carries the review id `-r<digits>-` (V-html: no data-reviewid in the new layout) */
export const titleLink: SelectorSpec = {
  name: 'titleLink',
  optional: true,
  alternatives: [
    '[data-test-target="review-title"] a[href*="ShowUserReviews"]', // V-html 2026
    'a[href*="ShowUserReviews"]', // V-code: any permalink to the review
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 0, [REAL]: 2 },
};

export const title: SelectorSpec = {
  name: 'title',
  alternatives: [
    '[data-test-target="review-title"]', // V-html 2026; V-code older layout (div) too
    '.noQuotes', // V-code ≤2019. TODO(2027-06): drop
    'h3', // G: generic heading inside a card (owner pages)
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 3, [REAL]: 2 },
};

export const author: SelectorSpec = {
  name: 'author',
  alternatives: [
    'a[href^="/Profile/"]:not([aria-hidden="true"])', // V-html 2026: display name link (the avatar link is aria-hidden)
    'a.ui_header_link', // V-code 2021–23 older layout. TODO(2027-06): drop
    '.info_text', // V-code ≤2019. TODO(2027-06): drop
    '[data-test-target="reviewer-name"]', // G: owner pages
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 3, [REAL]: 2 },
};

/** the bubble rating: an <svg> of five circles; filled ones have no inner ring */
export const ratingImage: SelectorSpec = {
  name: 'rating',
  alternatives: [
    'svg[data-automation="bubbleRatingImage"]', // V-html 2026
    'span.ui_bubble_rating', // V-code 2021–23 older layout ("bubble_50"). TODO(2027-06): drop
    '[aria-label*="of 5 bubbles"]', // G: any labelled rating, en only
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 3, [REAL]: 2 },
};

/** language-free rating: filled bubbles are the circle path without the inner ring (`2a9.983`) */
export const filledBubble: SelectorSpec = {
  name: 'filledBubble',
  optional: true,
  alternatives: [
    'path[d*="12 0C5.388"]:not([d*="2a9.983"])', // V-html 2026
  ],
  expect: { [HOTEL]: 17, [HOTEL_FR]: 12, [REAL]: 8 }, // 1+1+1+2+5+3+4 on HOTEL; 2+5+1+1+3 on HOTEL_FR
};

export const body: SelectorSpec = {
  name: 'text',
  alternatives: [
    '.JguWG', // V-html 2026 (fragile hashed class: the first to check when texts come back empty)
    '[data-test-target="review-body"]', // G: a data hook TripAdvisor uses for titles; owner pages
    'q.QewHA', // V-code 2021–23 older layout. TODO(2027-06): drop
    '.partial_entry', // V-code ≤2019. TODO(2027-06): drop
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [OWNER]: 4, [MC]: 3, [REAL]: 2 },
};

/** the "Read more" control (confirmed by its label: labels.ts READ_MORE) */
export const readMore: SelectorSpec = {
  name: 'readMore',
  optional: true,
  label: READ_MORE,
  alternatives: [
    '.lszDU button', // V-html 2026
    'button', // generic, confirmed by its label
    '[role="button"]', // V-code older layout used spans with role=button
  ],
  expect: { [HOTEL]: 7, [REAL]: 2 },
};

/** the line under the body: "Written …", "Translated from …" */
export const writtenLine: SelectorSpec = {
  name: 'date',
  optional: true,
  alternatives: [
    '.BNelO', // V-html 2026 (fragile class; text pattern labels.ts WRITTEN confirms)
    '.cRVSd', // V-code 2021–23. TODO(2027-06): drop
    '.ratingDate', // V-code ≤2019. TODO(2027-06): drop
  ],
  expect: { [HOTEL]: 7, [HOTEL_FR]: 5, [HOTEL_DE]: 4, [LEGACY]: 4, [RESTAURANT]: 4, [ATTRACTION]: 3, [REAL]: 2 },
};

export const ownerResponse: SelectorSpec = {
  name: 'ownerResponse',
  optional: true,
  alternatives: [
    '[data-automation="ownerResponse"]', // G (seen in public code, no capture)
    '.mgrRspnInline', // V-code ≤2019. TODO(2027-06): drop
  ],
  expect: { [HOTEL]: 2, [HOTEL_FR]: 1, [LEGACY]: 1, [REAL]: 0 },
};

// ---- owner side (DOM-NOTES §2: no public capture; guesses in order, then generic) --------------------

export const replyField: SelectorSpec = {
  name: 'replyField',
  optional: true,
  alternatives: [
    'textarea[data-test-target="reply-textarea"]', // G: berschlend/review-responder 2026
    '.management-response textarea', // G: same source
    'textarea.responseText', // G: same source
    'textarea', // generic: the nearest textarea between this review and the next (React-controlled)
    '[contenteditable="true"]', // generic
  ],
  expect: { [OWNER]: 4, [MC]: 0, [HOTEL]: 0 }, // MC: the dialog's textarea appears on "Répondre"
};

export const submitButton: SelectorSpec = {
  name: 'submit',
  optional: true,
  label: SUBMIT,
  alternatives: [
    'button[data-test-target="submit-response"]', // G
    'button[type="submit"]', // generic form submit
    'button', // generic, confirmed by its label
  ],
  expect: { [OWNER]: 4, [MC]: 0 },
};

export const replyOpener: SelectorSpec = {
  name: 'replyOpener',
  optional: true,
  label: OPEN_REPLY,
  alternatives: [
    'button[data-test-target="respond-button"]', // G
    'button', // generic, confirmed by its label
  ],
  expect: { [MC]: 3 },
};

export const TRIPADVISOR_SELECTORS: readonly SelectorSpec[] = [
  reviewsContainer, card, reviewIdAttribute, titleLink, title, author, ratingImage, filledBubble, body, readMore,
  writtenLine, ownerResponse, replyField, submitButton, replyOpener,
];
