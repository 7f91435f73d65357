/**
 * Google (Maps place reviews, the merchant reply iframe, business.google.com): every selector Tact uses, and
 * only here. Alternatives in order of stability, each with its evidence (DOM-NOTES.md §3–5: V-html = seen
 * in a saved page, V-code = used by dated public code, G = guess). Hashed class names come last.
 * `expect`: matches in the whole document per fixture (tests/unit/sites/selectors.test.ts checks them).
 */
import type { SelectorSpec } from '../selector';
import { OPEN_REPLY, SUBMIT } from './labels';

const MAPS = 'google/maps-reviews_2026-11.html';
const LODGING = 'google/maps-reviews-lodging_2026-11.html';
const IFRAME = 'google/owner-reply-iframe_2026-11.html';
const QUEUE = 'google/business-queue_2026-11.html';
const REPLY_PAGE = 'google/owner-review-reply-page_2026-11.html';
const REAL_MAPS = 'real:google_maps_reviews_sanitized_snapshot_excerpt.html';
const REAL_QUEUE = 'real:google_gbp_reply_queue_buttons_partial.html';

export const card: SelectorSpec = {
  name: 'card',
  alternatives: [
    'div[data-review-id]', // V-html + V-code 2026 (Maps; inner buttons carry it too: outermost only); §4 iframe list items
    'div.jftiEf', // V-html: the Maps card class (fragile)
    'div.GYpYWe', // V-code: business.google.com list and queue item (fragile, undated)
  ],
  expect: { [MAPS]: 6, [LODGING]: 4, [IFRAME]: 4, [QUEUE]: 1, [REAL_MAPS]: 3, [REPLY_PAGE]: 0 },
};

export const authorName: SelectorSpec = {
  name: 'author',
  alternatives: [
    '.d4r55', // V-code (Maps name; the card's aria-label is read first)
    'a[jsname="xs1xe"]', // V-code §4: name in the merchant iframe
    '.XnNQm .k4kupc span a', // V-code §5: business.google.com
    'button[data-href*="/maps/contrib/"][aria-label]', // V-html: "Photo of <name>"
  ],
  expect: { [MAPS]: 6, [LODGING]: 4, [IFRAME]: 4, [QUEUE]: 1, [REAL_MAPS]: 3, [REPLY_PAGE]: 1 },
};

/** stars as an accessible image: "5 stars", "1 étoile", "4 つ星": the leading digit is language-free */
export const starsLabel: SelectorSpec = {
  name: 'rating',
  alternatives: [
    'span[role="img"][aria-label]', // V-html (class kvMYJc) Maps; §4 iframe span.DYizzd too
    'span.DYizzd[aria-label]', // V-code §4: single-review reply page ("4 out of 5 stars", no role noted)
    '[aria-label*="/5"]', // G
  ],
  expect: { [MAPS]: 6, [IFRAME]: 4, [REAL_MAPS]: 3, [REPLY_PAGE]: 1 },
};

/** lodging (hotel) layout: "4/5" (V-code, 3 sources) */
export const lodgingScore: SelectorSpec = {
  name: 'lodgingScore',
  optional: true,
  alternatives: [
    'span.fzvQIb', // V-code (fragile)
  ],
  expect: { [LODGING]: 4, [MAPS]: 0 },
};

/** business.google.com: one filled-star element per point (V-code §5, undated) */
export const filledStar: SelectorSpec = {
  name: 'filledStar',
  optional: true,
  alternatives: [
    '.DPvwYc.z3FsAc', // V-code §5 (fragile)
  ],
  expect: { [QUEUE]: 2 },
};

export const date: SelectorSpec = {
  name: 'date',
  alternatives: [
    'span.rsqaWe', // V-html ("a year ago", "Edited 3 months ago")
    'span.xRkPPb', // V-code: lodging layout ("2 years ago (Google)")
    '.bHyEBc', // G: merchant iframe / business.google.com date line
  ],
  expect: { [MAPS]: 6, [LODGING]: 4, [IFRAME]: 4, [QUEUE]: 1, [REAL_MAPS]: 3, [REPLY_PAGE]: 1 },
};

export const body: SelectorSpec = {
  name: 'text',
  alternatives: [
    'span.wiI7pd', // V-html (Maps review text; the owner reply uses div.wiI7pd)
    'span[jsname="bN97Pc"]', // V-code
    'span[jsname="fbQN7e"]', // V-code
    '.gyKkFe', // V-code §4: merchant iframe review text
    '.XnNQm .k4kupc blockquote span', // V-code §5: business.google.com
  ],
  expect: { [MAPS]: 6, [LODGING]: 4, [IFRAME]: 4, [QUEUE]: 1, [REAL_MAPS]: 3, [REPLY_PAGE]: 1 },
};

/** the page's own "More" on a truncated review (never `:has-text("More")`: it matches reviewer names) */
export const expand: SelectorSpec = {
  name: 'expand',
  optional: true,
  alternatives: [
    'button[jsaction*="review.expandReview"]', // V-code (many, 2026): stable jsaction
    // class fallbacks also sit on other review buttons ("See original"): exclude those by their jsaction
    'button.w8nwRe:not([jsaction*="Original"]):not([jsaction*="OwnerResponse"])', // V-code (fragile)
    'button.kyuRq:not([jsaction*="Original"]):not([jsaction*="OwnerResponse"])', // V-code (fragile)
  ],
  expect: { [MAPS]: 3, [LODGING]: 2, [REAL_MAPS]: 0 },
};

export const translated: SelectorSpec = {
  name: 'translated',
  optional: true,
  alternatives: [
    'button[jsaction*="review.showReviewInOriginal"]', // V-code: "See original" on a Google-translated review
  ],
  expect: { [MAPS]: 1 },
};

export const ownerReply: SelectorSpec = {
  name: 'ownerResponse',
  optional: true,
  alternatives: [
    'div.CDe7pd', // V-code revcli/georgekhananaev 2026 (fragile); labels.ts OWNER_REPLY finds it otherwise
  ],
  expect: { [MAPS]: 2, [LODGING]: 1, [REAL_MAPS]: 0 },
};

export const ownerReplyText: SelectorSpec = {
  name: 'ownerResponseText',
  optional: true,
  alternatives: [
    'div.wiI7pd', // V-code: reply text inside div.CDe7pd
    '.wiI7pd', // V-code
  ],
  expect: { [MAPS]: 2, [LODGING]: 1 },
};

export const replyField: SelectorSpec = {
  name: 'replyField',
  optional: true,
  alternatives: [
    'textarea[jsname="YPqjbf"]', // V-code §4 (Bolt Reply 2025-12 → 2026-02): merchant iframe textarea
    'textarea[aria-label]', // V-code §4: aria-label "Your public reply"
    '[contenteditable="true"][role="textbox"]', // V-code §5: the queue's contenteditable
    '.WTNfzf [contenteditable="true"]', // V-code §5 (fragile)
    '.WTNfzf textarea', // V-code §5 (fragile)
    'textarea', // generic
    '[contenteditable="true"]', // generic
  ],
  expect: { [IFRAME]: 0, [QUEUE]: 1, [MAPS]: 0, [REAL_QUEUE]: 1, [REPLY_PAGE]: 1 },
};

export const submitButton: SelectorSpec = {
  name: 'submit',
  optional: true,
  label: SUBMIT,
  alternatives: [
    'button[jsname="hrGhad"]', // V-code §4–5 + partial real markup (disabled until text is typed)
    '.SiZwV button.VfPpkd-LgbsSe', // V-code §5 (fragile)
    'button', // generic, confirmed by its label
  ],
  expect: { [QUEUE]: 1, [REAL_QUEUE]: 1, [REPLY_PAGE]: 1 },
};

export const replyOpener: SelectorSpec = {
  name: 'replyOpener',
  optional: true,
  label: OPEN_REPLY,
  alternatives: [
    'button[jsname="rhPddf"]', // V-code §5
    'button[aria-label="Reply"]', // V-code §5 (en only)
    'button', // generic, confirmed by its label
  ],
  // reply page: the generic alternative sees the send button "Reply"; reply-field.ts skips jsname hrGhad
  expect: { [IFRAME]: 3, [REPLY_PAGE]: 1 },
};

export const GOOGLE_SELECTORS: readonly SelectorSpec[] = [
  card, authorName, starsLabel, lodgingScore, filledStar, date, body, expand, translated, ownerReply, ownerReplyText,
  replyField, submitButton, replyOpener,
];
