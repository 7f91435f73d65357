/** TripAdvisor owner side: the response field and submit button of a review (no public capture: DOM-NOTES §2). */
import type { ReplyTarget } from '../types';
import { labelOf, replyTargetFor, replyTargetInDialog } from '../reply-field';
import * as S from './selectors';
import { OPEN_REPLY, SUBMIT } from './labels';

const isSubmit = (el: Element): boolean =>
  el.tagName === 'BUTTON' && (SUBMIT.test(labelOf(el)) || el.getAttribute('type') === 'submit');

export function findTripadvisorReplyField(card: Element, cards: readonly Element[]): ReplyTarget | null {
  return replyTargetFor(card, cards, S.replyField, S.submitButton, isSubmit);
}

export function findTripadvisorReplyOpener(card: Element): HTMLElement | null {
  for (const css of S.replyOpener.alternatives) {
    for (const el of Array.from(card.querySelectorAll(css))) {
      if (OPEN_REPLY.test(labelOf(el))) return el as HTMLElement;
    }
  }
  return null;
}

export function findTripadvisorDialogReplyField(doc: Document): ReplyTarget | null {
  return replyTargetInDialog(doc, S.replyField, S.submitButton, isSubmit);
}
