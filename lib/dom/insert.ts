/**
 * Putting a reply into the page's own field the way a person would: focus, select all, insertText (trusted
 * input events the page's framework listens to), verify; fall back to the native value setter plus bubbling
 * events (React ignores `.value=` alone: facebook/react#10135). Never clicks submit.
 */
import { REPLY_LIMITS, replyLength, type Platform } from '../platforms';

export type InsertMethod = 'execCommand' | 'native-setter' | 'dom-text';

export type InsertResult =
  | { ok: true; method: InsertMethod; /** null when the page shows no submit button we know */ submitEnabled: boolean | null; previous: string }
  | { ok: false; reason: string };

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: Element): el is TextField {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && /^(?:text|search|)$/i.test((el as HTMLInputElement).type));
}

function isEditable(el: Element): boolean {
  return (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

/** What the field shows, as text (contenteditable: block breaks and <br> become \n). */
export function fieldText(el: Element): string {
  if (isTextField(el)) return el.value;
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          // a trailing <br> only keeps an empty line open in editors
          if (child.nextSibling || child.parentNode !== node || node !== el) out += '\n';
        } else if (tag === 'DIV' || tag === 'P') {
          if (out && !out.endsWith('\n')) out += '\n';
          walk(child);
        } else walk(child);
      }
    }
  };
  walk(el);
  return out.replace(/\u00a0/g, ' ');
}

const normalise = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

function holds(el: Element, text: string): boolean {
  return isTextField(el) ? el.value === text : normalise(fieldText(el)) === normalise(text);
}

/** Why Tact must not write into this element, or null. */
export function refusalFor(el: Element | null): string | null {
  if (!el || !el.isConnected) return 'The reply field is no longer on the page.';
  if (isTextField(el)) {
    if (el.readOnly) return 'The reply field is read-only.';
    if (el.disabled) return 'The reply field is disabled.';
    return null;
  }
  if (!isEditable(el)) return 'This element is not a text field.';
  if (el.getAttribute('aria-readonly') === 'true') return 'The reply field is read-only.';
  if (el.getAttribute('aria-disabled') === 'true') return 'The reply field is disabled.';
  return null;
}

export function overLimitReason(text: string, platform: Platform): string | null {
  const limit = REPLY_LIMITS[platform];
  const length = replyLength(text, platform);
  if (length <= limit.max) return null;
  const unit = limit.unit === 'utf8-bytes' ? 'bytes (UTF-8: accents count double)' : 'characters';
  return `The reply is ${length} ${unit}; ${platform === 'google' ? 'Google' : platform === 'tripadvisor' ? 'TripAdvisor' : 'this site'} accepts at most ${limit.max}. Shorten it before inserting.`;
}

function selectAll(el: Element): void {
  if (isTextField(el)) {
    el.select();
    return;
  }
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

function execInsert(el: Element, text: string): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  try {
    // an empty text deletes the selection (restoring an empty field)
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function nativeSet(el: Element, text: string): InsertMethod {
  const win = el.ownerDocument.defaultView;
  if (isTextField(el) && win) {
    const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
    // the prototype's setter: React's value tracker then sees a real change
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(el, text);
    else el.value = text;
    el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
    return 'native-setter';
  }
  // contenteditable: text nodes and <br>, never HTML from a string
  const doc = el.ownerDocument;
  el.replaceChildren();
  text.split('\n').forEach((line, i) => {
    if (i > 0) el.appendChild(doc.createElement('br'));
    if (line) el.appendChild(doc.createTextNode(line));
  });
  const Input = win?.InputEvent ?? InputEvent;
  el.dispatchEvent(new Input('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return 'dom-text';
}

function isEnabled(button: Element): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

/** Lets the page's framework react (React re-renders synchronously; Wiz and Lexical a little later). */
function settle(el: Element, ms: number): Promise<void> {
  const win = el.ownerDocument.defaultView;
  return new Promise((resolve) => (win ?? globalThis).setTimeout(resolve, ms));
}

/**
 * Writes `text` into `field`. Refuses (with a reason) a read-only/disabled field or a text over the platform
 * limit. `previous` in the answer is what the field held, for undo.
 */
export async function insertReply(
  field: Element | null,
  text: string,
  options: { platform: Platform; submit?: Element | null; enforceLimit?: boolean; settleMs?: number },
): Promise<InsertResult> {
  const refusal = refusalFor(field);
  if (refusal || !field) return { ok: false, reason: refusal ?? 'No reply field.' };
  if (options.enforceLimit !== false) {
    const over = overLimitReason(text, options.platform);
    if (over) return { ok: false, reason: over };
  }
  const previous = isTextField(field) ? field.value : fieldText(field);
  const settleMs = options.settleMs ?? 60;
  const submitState = (): boolean | null => (options.submit ? isEnabled(options.submit) : null);
  // a page may enable its button only when the text is non-empty (undo to '' legitimately disables it)
  const submitOk = (): boolean => !options.submit || text === '' || isEnabled(options.submit);

  (field as HTMLElement).focus();
  selectAll(field);
  let method: InsertMethod = 'execCommand';
  const usedExec = execInsert(field, text);
  if (usedExec) await settle(field, settleMs);
  if (!usedExec || !holds(field, text) || !submitOk()) {
    // execCommand unavailable or refused, or the page's state did not see it: set it the way React listens for
    method = nativeSet(field, text);
    await settle(field, settleMs);
  }
  if (!holds(field, text)) return { ok: false, reason: 'The page did not accept the text (the field holds something else). Copy the reply and paste it.' };
  return { ok: true, method, submitEnabled: submitState(), previous };
}

/** Remembers what each field held before Tact wrote into it, so undo restores exactly that. */
export class InsertionHistory {
  private readonly byKey = new Map<string, { field: Element; previous: string; inserted: string }>();

  async insert(key: string, field: Element | null, text: string, options: Parameters<typeof insertReply>[2]): Promise<InsertResult> {
    const result = await insertReply(field, text, options);
    if (result.ok && field) {
      const earlier = this.byKey.get(key);
      // a second insert keeps the value from before the first one: undo goes back to the page's own text
      const previous = earlier && earlier.field === field ? earlier.previous : result.previous;
      this.byKey.set(key, { field, previous, inserted: text });
    }
    return result;
  }

  async undo(key: string, options: Omit<Parameters<typeof insertReply>[2], 'enforceLimit'>): Promise<InsertResult> {
    const entry = this.byKey.get(key);
    if (!entry) return { ok: false, reason: 'Nothing to undo for this review.' };
    const result = await insertReply(entry.field, entry.previous, { ...options, enforceLimit: false });
    if (result.ok) this.byKey.delete(key);
    return result;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }
}

/**
 * "Anywhere else": inserts into whatever editable element has focus in the page. Self-contained (no imports,
 * no closures) so chrome.scripting.executeScript can serialise it. Never submits.
 */
export function insertIntoFocusedField(text: string): { ok: boolean; reason: string } {
  let el: Element | null = document.activeElement;
  // descend into open shadow roots and same-origin frames to the element that really has focus
  for (let depth = 0; el && depth < 10; depth++) {
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow && shadow.activeElement) {
      el = shadow.activeElement;
      continue;
    }
    if (el.tagName === 'IFRAME') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument;
        if (inner && inner.activeElement) {
          el = inner.activeElement;
          continue;
        }
      } catch {
        // cross-origin frame: the script runs in that frame separately
      }
    }
    break;
  }
  if (!el || el === document.body) return { ok: false, reason: 'Click into the field you want to fill, then try again.' };
  const tag = el.tagName;
  const isField = tag === 'TEXTAREA' || (tag === 'INPUT' && /^(?:text|search|email|url|)$/i.test((el as HTMLInputElement).type));
  const editable = (el as HTMLElement).isContentEditable;
  if (!isField && !editable) return { ok: false, reason: 'The focused element is not a text field.' };
  if (isField && ((el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled)) return { ok: false, reason: 'The focused field is read-only or disabled.' };
  if (!isField && el.getAttribute('aria-readonly') === 'true') return { ok: false, reason: 'The focused field is read-only.' };
  const doc = el.ownerDocument;
  (el as HTMLElement).focus();
  if (isField) (el as HTMLInputElement).select();
  else {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const current = (): string => (isField ? (el as HTMLInputElement).value : ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\n+$/, ''));
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (!done || current() !== text.replace(/\n+$/, '')) {
    if (isField) {
      const view = doc.defaultView ?? window;
      const proto = tag === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(el, text);
      else (el as HTMLInputElement).value = text;
    } else {
      el.textContent = text;
    }
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return current() === text.replace(/\n+$/, '') ? { ok: true, reason: '' } : { ok: false, reason: 'The page did not accept the text. Copy the reply and paste it.' };
}
