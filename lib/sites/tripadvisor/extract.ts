/** TripAdvisor card → ReviewSnapshot. Plain text via textContent only; every length capped; zod-validated. */
import type { ReviewSnapshot } from '../../review';
import { LIMITS, ReviewSnapshotSchema, capText } from '../../review';
import { anywhere, queryAll, queryFirst, stableHash, textOf, tidyText, type SelectorSpec } from '../selector';
import type { Extraction } from '../types';
import * as S from './selectors';
import { OWNER_RESPONSE, TRANSLATED, WRITTEN } from './labels';

const OWNER_RESPONSE_ANYWHERE = anywhere(OWNER_RESPONSE);

/** `-r1078815755-` in a ShowUserReviews permalink (V-html 2026) */
const REVIEW_ID_IN_URL = /-r(\d{1,20})-/;

function capBody(text: string, max: number): string {
  // keeps line breaks (capText collapses them): the analysis reads paragraphs
  const tidy = tidyText(text);
  return tidy.length <= max ? tidy : capText(tidy, max);
}

/** Rating 1–5 without reading any language: count filled bubbles, else the old `bubble_50` class, else the label. */
function ratingOf(card: Element): { rating: number | null; via: number } {
  const image = queryFirst(card, S.ratingImage);
  if (!image.value) return { rating: null, via: -1 };
  const el = image.value;
  if (image.via === 0) {
    const filled = queryAll(el, S.filledBubble).value.length;
    if (filled >= 1 && filled <= 5) return { rating: filled, via: 0 };
  }
  const legacy = /\bbubble_([1-5])0\b/.exec(el.getAttribute('class') ?? '');
  if (legacy) return { rating: Number(legacy[1]), via: image.via };
  // "5 of 5 bubbles", "5,0 sur 5 bulles", "5 von 5 Punkten": the first digit of the accessible name
  const labelled = el.getAttribute('aria-labelledby');
  const label = (labelled ? el.ownerDocument.getElementById(labelled)?.textContent : null) ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
  const digit = /([1-5])(?:[.,]0)?\D{1,20}5/.exec(label);
  return { rating: digit ? Number(digit[1]) : null, via: image.via };
}


/** The innermost element whose own text starts with a label ("Written …"), searched under `root`. */
function lineStartingWith(root: Element, label: RegExp): Element | null {
  const all = root.querySelectorAll('*');
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (el.children.length === 0 && label.test(el.textContent ?? '')) return el;
  }
  return label.test(root.textContent ?? '') && root.children.length === 0 ? root : null;
}

function ownerResponseOf(card: Element): { text: string | null; block: Element | null; via: number } {
  const block = queryFirst(card, S.ownerResponse);
  if (block.value) {
    // the heading ("Response from …") is not part of the answer
    const heading = lineStartingWith(block.value, OWNER_RESPONSE);
    let text = '';
    for (let child = block.value.firstChild; child; child = child.nextSibling) {
      if (heading && child.nodeType === 1 && (child as Element).contains(heading)) continue;
      text += textOf(child) + '\n';
    }
    return { text: capBody(text, LIMITS.ownerResponse), block: block.value, via: block.via };
  }
  // no known container: a line "Response from …" and what follows it in the same parent
  if (!OWNER_RESPONSE_ANYWHERE.test(card.textContent ?? '')) return { text: null, block: null, via: -1 };
  const heading = lineStartingWith(card, OWNER_RESPONSE);
  if (!heading?.parentElement) return { text: null, block: null, via: -1 };
  const parent = heading.parentElement;
  let text = '';
  let after = false;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child === heading || (child.nodeType === 1 && (child as Element).contains(heading))) after = true;
    else if (after) text += textOf(child) + '\n';
  }
  return { text: text.trim() ? capBody(text, LIMITS.ownerResponse) : null, block: parent, via: S.ownerResponse.alternatives.length };
}

export function extractTripadvisorReview(card: Element, pageUrl: string): Extraction {
  const via: Record<string, number> = {};
  const missed: string[] = [];
  const need = (spec: SelectorSpec, found: boolean, index: number): void => {
    via[spec.name] = index;
    if (!found && !spec.optional) missed.push(spec.name);
  };

  const owner = ownerResponseOf(card);
  via[S.ownerResponse.name] = owner.via;
  const outsideOwner = (el: Element | null): Element | null => (el && owner.block?.contains(el) ? null : el);

  const titleEl = queryFirst(card, S.title);
  need(S.title, !!titleEl.value, titleEl.via);
  const authorEl = queryFirst(card, S.author);
  need(S.author, !!authorEl.value, authorEl.via);
  const bodyEl = queryFirst(card, S.body);
  const body = outsideOwner(bodyEl.value);
  need(S.body, !!body, bodyEl.via);
  const rating = ratingOf(card);
  need(S.ratingImage, rating.rating !== null, rating.via);

  const dateBlock = queryFirst(card, S.writtenLine);
  via[S.writtenLine.name] = dateBlock.via;
  const writtenEl = dateBlock.value ? lineStartingWith(dateBlock.value, WRITTEN) : lineStartingWith(card, WRITTEN);
  const date = capText(writtenEl ? writtenEl.textContent : dateBlock.value?.textContent, LIMITS.date);

  const text = capBody(textOf(body), LIMITS.text);
  const author = capText(authorEl.value?.textContent, LIMITS.author);
  const title = capText(titleEl.value?.textContent, LIMITS.title);

  // id: the platform's (data-reviewid, or -r<digits>- in the permalink), else a hash of what identifies it
  const idAttr = card.getAttribute('data-reviewid') ?? queryFirst(card, S.reviewIdAttribute).value?.getAttribute('data-reviewid');
  const link = queryFirst(card, S.titleLink);
  via[S.titleLink.name] = link.via;
  const fromLink = REVIEW_ID_IN_URL.exec(link.value?.getAttribute('href') ?? '')?.[1];
  const platformId = (idAttr && /^\d{1,20}$/.test(idAttr) ? idAttr : null) ?? fromLink ?? null;
  const id = platformId ?? `h:${stableHash(`${author}\n${title}\n${text.slice(0, 200)}`)}`;

  const translatedLine = dateBlock.value ? lineStartingWith(dateBlock.value, TRANSLATED) : null;
  const machineTranslated = card.getAttribute('data-machine-translated') === 'true' || translatedLine !== null;

  const more = queryFirst(card, S.readMore);
  via[S.readMore.name] = more.via;

  const review: ReviewSnapshot = {
    platform: 'tripadvisor',
    id: capText(id, LIMITS.id),
    url: capText(pageUrl, LIMITS.url),
    author,
    rating: rating.rating,
    title,
    text,
    date,
    machineTranslated,
    ownerResponse: owner.text,
    hasReplyField: false,
    truncated: more.value !== null,
    layoutChanged: missed,
  };
  return { review: ReviewSnapshotSchema.parse(review), via };
}

export function findTripadvisorExpandControl(card: Element): HTMLElement | null {
  return queryFirst(card, S.readMore).value as HTMLElement | null;
}
