/**
 * Finding a review's reply field when the page does not tie them together: the field is inside the card,
 * or after it and before the next card in document order (owner pages list review, answer box, review…).
 */
import { labelOf, type SelectorSpec } from './selector';
import type { ReplyTarget } from './types';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (no DOM globals here: this runs under node too)
const PRECEDING = 2;

function isUsable(el: Element): boolean {
  if ((el as HTMLElement).hidden) return false;
  if (el.closest('[hidden],[aria-hidden="true"]')) return false;
  return true;
}

/** Elements of `spec` (first alternative that yields a usable, label-accepted element) that belong to `card`. */
export function findOwned(
  card: Element,
  nextCard: Element | null,
  spec: SelectorSpec,
  accept: (el: Element) => boolean = () => true,
): { element: Element | null; via: number } {
  const doc = card.ownerDocument;
  for (let i = 0; i < spec.alternatives.length; i++) {
    for (const el of Array.from(doc.querySelectorAll(spec.alternatives[i]!))) {
      if (!isUsable(el) || !accept(el) || (spec.label && !spec.label.test(labelOf(el)))) continue;
      if (card.contains(el)) return { element: el, via: i };
      // a dialog's field belongs to whichever review opened it: see replyTargetInDialog
      if (el.closest('[role="dialog"]') && !card.closest('[role="dialog"]')) continue;
      const afterCard = (card.compareDocumentPosition(el) & FOLLOWING) !== 0;
      const beforeNext = !nextCard || (nextCard.compareDocumentPosition(el) & PRECEDING) !== 0;
      if (afterCard && beforeNext && !(nextCard && nextCard.contains(el))) return { element: el, via: i };
    }
  }
  return { element: null, via: -1 };
}

/** The submit button nearest the field: searched in the field's ancestors, closest first (6 levels). */
export function findSubmitNear(field: Element, spec: SelectorSpec, accept: (el: Element) => boolean): { element: Element | null; via: number } {
  let scope: Element | null = field.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    for (let i = 0; i < spec.alternatives.length; i++) {
      for (const el of Array.from(scope.querySelectorAll(spec.alternatives[i]!))) {
        if (isUsable(el) && accept(el) && (!spec.label || spec.label.test(labelOf(el)))) return { element: el, via: i };
      }
    }
  }
  return { element: null, via: -1 };
}

export function replyTargetFor(
  card: Element,
  cards: readonly Element[],
  fieldSpec: SelectorSpec,
  submitSpec: SelectorSpec,
  isSubmit: (el: Element) => boolean,
): ReplyTarget | null {
  const index = cards.indexOf(card);
  const next = index >= 0 ? (cards[index + 1] ?? null) : null;
  const field = findOwned(card, next, fieldSpec, (el) => !el.closest('tact-review-button'));
  if (!field.element) return null;
  const submit = findSubmitNear(field.element, submitSpec, isSubmit);
  return {
    field: field.element as HTMLElement,
    submit: submit.element as HTMLElement | null,
    via: { [fieldSpec.name]: field.via, [submitSpec.name]: submit.via },
  };
}

export { labelOf } from './selector';

/** The reply field of the open dialog (the page's reply form for the review the user or Tact just opened). */
export function replyTargetInDialog(
  doc: Document,
  fieldSpec: SelectorSpec,
  submitSpec: SelectorSpec,
  isSubmit: (el: Element) => boolean,
): ReplyTarget | null {
  const dialogs = Array.from(doc.querySelectorAll('[role="dialog"],dialog[open]')).filter(isUsable);
  const dialog = dialogs[dialogs.length - 1]; // the topmost
  if (!dialog) return null;
  for (let i = 0; i < fieldSpec.alternatives.length; i++) {
    const field = Array.from(dialog.querySelectorAll(fieldSpec.alternatives[i]!)).find(isUsable);
    if (!field) continue;
    const submit = findSubmitNear(field, submitSpec, isSubmit);
    return { field: field as HTMLElement, submit: submit.element as HTMLElement | null, via: { [fieldSpec.name]: i, [submitSpec.name]: submit.via, dialog: 0 } };
  }
  return null;
}
