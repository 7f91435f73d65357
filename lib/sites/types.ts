/** What every site adapter offers the content scripts, the extract CLI and the tests. */
import type { ReviewSnapshot } from '../review';
import type { Platform } from '../platforms';
import type { SelectorSpec } from './selector';

export type PageKind =
  | 'tripadvisor-public'
  | 'tripadvisor-owner-response'
  | 'tripadvisor-management-center'
  | 'google-maps-place'
  | 'google-owner-reply'
  | 'google-business-profile';

export interface Extraction {
  review: ReviewSnapshot;
  /** spec name → index of the alternative that matched (-1: none) */
  via: Record<string, number>;
}

export interface ReplyTarget {
  field: HTMLElement;
  /** the page's own submit button for this reply, when found (never clicked by Tact) */
  submit: HTMLElement | null;
  /** which alternatives matched, e.g. { replyField: 0, submit: 2 } */
  via: Record<string, number>;
}

export interface SiteAdapter {
  platform: Exclude<Platform, 'other'>;
  kind: PageKind;
  /** every review card under `root`, outermost only, in document order */
  findCards(root: ParentNode): Element[];
  /** page-level selectors that missed (e.g. the reviews container is there but no card matched) */
  pageLayoutChanged(root: ParentNode, cardCount: number): string[];
  extract(card: Element, pageUrl: string): Extraction;
  /** the page's own control that shows the rest of a truncated text, if any */
  findExpandControl(card: Element): HTMLElement | null;
  /** the owner's reply field for this review and its submit button, if the page shows them */
  findReplyField(card: Element, cards: readonly Element[]): ReplyTarget | null;
  /** the reply field in an open dialog (owner pages that answer in a modal) */
  findDialogReplyField(doc: Document): ReplyTarget | null;
  /** the page's own "Reply"/"Respond" button that opens the field, when it is not shown yet */
  findReplyOpener(card: Element): HTMLElement | null;
  /** every selector spec of the adapter, for the selector test */
  selectors: readonly SelectorSpec[];
}
