/** Google card (Maps, merchant iframe, business.google.com) → ReviewSnapshot. textContent only, capped, zod-validated. */
import type { ReviewSnapshot } from '../../review';
import { LIMITS, ReviewSnapshotSchema, capText } from '../../review';
import { anywhere, queryAll, queryFirst, stableHash, textOf, tidyText, type SelectorSpec } from '../selector';
import type { Extraction } from '../types';
import * as S from './selectors';
import { OWNER_REPLY, TRANSLATED } from './labels';

function capBody(text: string, max: number): string {
  const tidy = tidyText(text);
  return tidy.length <= max ? tidy : capText(tidy, max);
}

/** first element of `spec` under `card` that is not inside `exclude` (the owner's reply block) */
function firstOutside(card: Element, spec: SelectorSpec, exclude: Element | null, accept: (el: Element) => boolean = () => true): { el: Element | null; via: number } {
  for (let i = 0; i < spec.alternatives.length; i++) {
    for (const el of Array.from(card.querySelectorAll(spec.alternatives[i]!))) {
      if (exclude?.contains(el) || !accept(el)) continue;
      return { el, via: i };
    }
  }
  return { el: null, via: -1 };
}

const OWNER_REPLY_ANYWHERE = anywhere(OWNER_REPLY);
const TRANSLATED_ANYWHERE = anywhere(TRANSLATED);

/** leaf whose text starts with the owner-reply heading, then its block = the heading's parent */
function ownerReplyBlock(card: Element): { block: Element | null; heading: Element | null; via: number } {
  const known = queryFirst(card, S.ownerReply);
  const leaves = (root: Element): Element | null => {
    const all = root.querySelectorAll('span,div,h3,h4,p');
    for (const el of Array.from(all)) if (el.children.length === 0 && OWNER_REPLY.test(el.textContent ?? '')) return el;
    return null;
  };
  if (known.value) return { block: known.value, heading: leaves(known.value), via: known.via };
  const heading = OWNER_REPLY_ANYWHERE.test(card.textContent ?? '') ? leaves(card) : null;
  if (!heading) return { block: null, heading: null, via: -1 };
  // the block is the nearest ancestor that holds more than the heading line
  let block: Element | null = heading.parentElement;
  while (block && block !== card && (block.textContent ?? '').trim() === (heading.textContent ?? '').trim()) block = block.parentElement;
  return { block: block === card ? heading.parentElement : block, heading, via: S.ownerReply.alternatives.length };
}

const STAR_DIGIT = /^\s*([1-5])(?:[.,]0)?(?!\d)/;
const SCORE = /([1-5])(?:[.,]0)?\s{0,2}\/\s{0,2}5/;

function ratingOf(card: Element, exclude: Element | null): { rating: number | null; via: number } {
  const labelled = firstOutside(card, S.starsLabel, exclude, (el) => STAR_DIGIT.test(el.getAttribute('aria-label') ?? '') || SCORE.test(el.getAttribute('aria-label') ?? ''));
  if (labelled.el) {
    const label = labelled.el.getAttribute('aria-label') ?? '';
    const m = STAR_DIGIT.exec(label) ?? SCORE.exec(label);
    return { rating: m ? Number(m[1]) : null, via: labelled.via };
  }
  const score = queryFirst(card, S.lodgingScore);
  const m = SCORE.exec(score.value?.textContent ?? '');
  if (m) return { rating: Number(m[1]), via: S.starsLabel.alternatives.length };
  const stars = queryAll(card, S.filledStar).value.length;
  if (stars >= 1 && stars <= 5) return { rating: stars, via: S.starsLabel.alternatives.length + 1 };
  return { rating: null, via: -1 };
}

// Google review ids are URL-safe base64 ("ChdDSUhN…", DOM-NOTES §4)
const REVIEW_ID = /^[A-Za-z0-9_-]{8,200}$/;

/** The single-review reply page names its review in `?reviewId=` (DOM-NOTES §4); only for its page card. */
function replyPageReviewId(card: Element, pageUrl: string): string | null {
  if (S.card.alternatives.some((css) => card.matches(css))) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (!/\/customers\/reviews\/reply$/.test(url.pathname)) return null;
  const id = url.searchParams.get('reviewId') ?? '';
  return REVIEW_ID.test(id) ? id : null;
}

export function extractGoogleReview(card: Element, pageUrl: string): Extraction {
  const via: Record<string, number> = {};
  const missed: string[] = [];
  const need = (spec: SelectorSpec, found: boolean, index: number): void => {
    via[spec.name] = index;
    if (!found && !spec.optional) missed.push(spec.name);
  };

  const owner = ownerReplyBlock(card);
  via[S.ownerReply.name] = owner.via;
  let ownerResponse: string | null = null;
  if (owner.block) {
    const replyText = firstOutside(owner.block, S.ownerReplyText, null);
    let text = replyText.el ? textOf(replyText.el) : '';
    if (!text) {
      for (let child = owner.block.firstChild; child; child = child.nextSibling) {
        if (owner.heading && child.nodeType === 1 && (child as Element).contains(owner.heading)) continue;
        text += textOf(child) + '\n';
      }
    }
    ownerResponse = capBody(text, LIMITS.ownerResponse) || null;
  }

  // Maps puts the author's name in the card's aria-label (V-html); else the name element
  const nameEl = firstOutside(card, S.authorName, owner.block);
  let author = capText(card.getAttribute('aria-label'), LIMITS.author);
  if (!author && nameEl.el) {
    author = capText(nameEl.el.getAttribute('data-href') ? (nameEl.el.getAttribute('aria-label') ?? '').replace(/^(?:photo of|photo de|foto von|foto de|foto di)\s+/i, '') : nameEl.el.textContent, LIMITS.author);
  }
  need(S.authorName, author !== '', author && card.hasAttribute('aria-label') ? S.authorName.alternatives.length : nameEl.via);

  const bodyEl = firstOutside(card, S.body, owner.block);
  need(S.body, !!bodyEl.el, bodyEl.via);
  const text = capBody(textOf(bodyEl.el), LIMITS.text);

  const rating = ratingOf(card, owner.block);
  need(S.starsLabel, rating.rating !== null, rating.via);

  const dateEl = firstOutside(card, S.date, owner.block);
  need(S.date, !!dateEl.el, dateEl.via);
  const date = capText(dateEl.el?.textContent, LIMITS.date);

  const expand = firstOutside(card, S.expand, owner.block);
  via[S.expand.name] = expand.via;

  const translatedButton = queryFirst(card, S.translated);
  via[S.translated.name] = translatedButton.via;
  let machineTranslated = translatedButton.value !== null;
  if (!machineTranslated && TRANSLATED_ANYWHERE.test(card.textContent ?? '')) {
    for (const el of Array.from(card.querySelectorAll('span,div'))) {
      if (el.children.length === 0 && TRANSLATED.test(el.textContent ?? '')) {
        machineTranslated = true;
        break;
      }
    }
  }

  const platformId = card.getAttribute('data-review-id') ?? replyPageReviewId(card, pageUrl);
  const id = platformId && platformId.length <= LIMITS.id ? platformId : `h:${stableHash(`${author}\n${date}\n${text.replace(/…$/, '').slice(0, 120)}`)}`;

  const review: ReviewSnapshot = {
    platform: 'google',
    id,
    url: capText(pageUrl, LIMITS.url),
    author,
    rating: rating.rating,
    title: '',
    text,
    date,
    machineTranslated,
    ownerResponse,
    hasReplyField: false,
    truncated: expand.el !== null,
    layoutChanged: missed,
  };
  return { review: ReviewSnapshotSchema.parse(review), via };
}

export function findGoogleExpandControl(card: Element): HTMLElement | null {
  const owner = ownerReplyBlock(card).block;
  return firstOutside(card, S.expand, owner).el as HTMLElement | null;
}
