/** Google owner side: the reply field (textarea in the merchant iframe, contenteditable in the queue) and its button. */
import type { ReplyTarget } from '../types';
import { labelOf, replyTargetFor, replyTargetInDialog } from '../reply-field';
import * as S from './selectors';
import { OPEN_REPLY, SUBMIT } from './labels';

const isSubmit = (el: Element): boolean =>
  el.tagName === 'BUTTON' && (el.getAttribute('jsname') === 'hrGhad' || SUBMIT.test(labelOf(el)));

export function findGoogleReplyField(card: Element, cards: readonly Element[]): ReplyTarget | null {
  return replyTargetFor(card, cards, S.replyField, S.submitButton, isSubmit);
}

export function findGoogleReplyOpener(card: Element): HTMLElement | null {
  for (let i = 0; i < S.replyOpener.alternatives.length; i++) {
    for (const el of Array.from(card.querySelectorAll(S.replyOpener.alternatives[i]!))) {
      // the submit button also says "Reply": an opener is never the Material send button
      if (el.getAttribute('jsname') === 'hrGhad') continue;
      if (i < 2 || OPEN_REPLY.test(labelOf(el))) return el as HTMLElement;
    }
  }
  return null;
}

export function findGoogleDialogReplyField(doc: Document): ReplyTarget | null {
  return replyTargetInDialog(doc, S.replyField, S.submitButton, isSubmit);
}
