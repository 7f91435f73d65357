/** TripAdvisor owner side: the response field and submit button of a review (no public capture: DOM-NOTES §2). */
import type { ReplyTarget } from '../types';
import { replyTargetFor, replyTargetInDialog } from '../reply-field';
import { queryFirst } from '../selector';
import * as S from './selectors';

// the spec's label (labels.ts SUBMIT) confirms it is the submit and not "Cancel"
const isSubmit = (el: Element): boolean => el.tagName === 'BUTTON';

export function findTripadvisorReplyField(card: Element, cards: readonly Element[]): ReplyTarget | null {
  return replyTargetFor(card, cards, S.replyField, S.submitButton, isSubmit);
}

export function findTripadvisorReplyOpener(card: Element): HTMLElement | null {
  return queryFirst(card, S.replyOpener).value as HTMLElement | null;
}

export function findTripadvisorDialogReplyField(doc: Document): ReplyTarget | null {
  return replyTargetInDialog(doc, S.replyField, S.submitButton, isSubmit);
}
