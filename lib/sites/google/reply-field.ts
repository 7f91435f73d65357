/** Google owner side: the reply field (textarea in the merchant iframe, contenteditable in the queue) and its button. */
import type { ReplyTarget } from '../types';
import { labelOf, replyTargetFor, replyTargetInDialog } from '../reply-field';
import * as S from './selectors';
import { OPEN_REPLY } from './labels';

// the spec's label (labels.ts SUBMIT) confirms it; "Skip"/"Annulla" never match
const isSubmit = (el: Element): boolean => el.tagName === 'BUTTON';

export function findGoogleReplyField(card: Element, cards: readonly Element[]): ReplyTarget | null {
  return replyTargetFor(card, cards, S.replyField, S.submitButton, isSubmit);
}

export function findGoogleReplyOpener(card: Element): HTMLElement | null {
  for (let i = 0; i < S.replyOpener.alternatives.length; i++) {
    for (const el of Array.from(card.querySelectorAll(S.replyOpener.alternatives[i]!))) {
      // the submit button also says "Reply": an opener is never the Material send button
      if (el.getAttribute('jsname') === 'hrGhad') continue;
      if (OPEN_REPLY.test(labelOf(el))) return el as HTMLElement;
    }
  }
  return null;
}

export function findGoogleDialogReplyField(doc: Document): ReplyTarget | null {
  return replyTargetInDialog(doc, S.replyField, S.submitButton, isSubmit);
}
