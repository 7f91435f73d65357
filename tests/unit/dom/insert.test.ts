// @vitest-environment jsdom
/**
 * Insertion under jsdom (no execCommand there: this exercises the native-setter fallback; the execCommand
 * path runs in Chromium, tests/e2e/sites.e2e.test.ts). React's value tracker is reproduced to prove the
 * fallback reaches a controlled component's state.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { InsertionHistory, fieldText, insertIntoFocusedField, insertReply } from '../../../lib/dom/insert';

/** A textarea whose "state" follows input events like a React-controlled one, with a submit enabled by state. */
function controlledTextarea(initial = ''): { field: HTMLTextAreaElement; submit: HTMLButtonElement; state: () => string; changes: () => number } {
  document.body.innerHTML = '<form><textarea></textarea><button type="button" disabled>Submit</button></form>';
  const field = document.querySelector('textarea')!;
  const submit = document.querySelector('button')!;
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  proto.set!.call(field, initial);
  let state = initial;
  let tracker = initial;
  let changes = 0;
  Object.defineProperty(field, 'value', {
    configurable: true,
    get() { return proto.get!.call(this); },
    set(v: string) { tracker = String(v); proto.set!.call(this, v); },
  });
  field.addEventListener('input', () => {
    const now = proto.get!.call(field) as string;
    if (now === tracker) return; // React drops it
    tracker = now;
    state = now;
    changes++;
    submit.disabled = state.trim() === '';
  });
  submit.disabled = state.trim() === '';
  return { field, submit, state: () => state, changes: () => changes };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('insertReply', () => {
  it('a plain `.value =` would be lost on a React-controlled field (the reason for the native setter)', () => {
    const { field, state } = controlledTextarea();
    field.value = 'lost';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state()).toBe('');
  });

  it('fills a controlled textarea so the page state sees it and the submit button enables; never submits', async () => {
    const { field, submit, state } = controlledTextarea();
    let submits = 0;
    submit.addEventListener('click', () => submits++);
    const text = 'Dear Megan,\nthank you. We are looking into it.\nSophie';
    const result = await insertReply(field, text, { platform: 'tripadvisor', submit, settleMs: 0 });
    expect(result).toEqual({ ok: true, method: 'native-setter', submitEnabled: true, previous: '' });
    expect(field.value).toBe(text);
    expect(state()).toBe(text);
    expect(submits).toBe(0);
    expect(document.activeElement).toBe(field);
  });

  it('fills a contenteditable with text nodes and line breaks (no HTML parsing) and fires input', async () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox"></div><button disabled>Reply</button>';
    const field = document.querySelector<HTMLElement>('[contenteditable]')!;
    const submit = document.querySelector('button')!;
    field.addEventListener('input', () => (submit.disabled = (field.textContent ?? '').trim() === ''));
    const text = 'Hello <img src=x onerror="window.__tactPwned=1">\nsecond line';
    const result = await insertReply(field, text, { platform: 'google', submit, settleMs: 0 });
    expect(result).toMatchObject({ ok: true, method: 'dom-text', submitEnabled: true });
    expect(fieldText(field)).toBe(text);
    expect(field.querySelector('img')).toBeNull();
    expect(field.querySelectorAll('br')).toHaveLength(1);
  });

  it('refuses read-only, disabled and aria-readonly fields, and detached ones', async () => {
    document.body.innerHTML = '<textarea readonly>keep</textarea><textarea disabled></textarea><div contenteditable="true" aria-readonly="true"></div><p>not a field</p>';
    const [ro, dis] = Array.from(document.querySelectorAll('textarea'));
    const ce = document.querySelector('[contenteditable]')!;
    expect(await insertReply(ro!, 'x', { platform: 'google' })).toEqual({ ok: false, reason: 'The reply field is read-only.' });
    expect(ro!.value).toBe('keep');
    expect(await insertReply(dis!, 'x', { platform: 'google' })).toEqual({ ok: false, reason: 'The reply field is disabled.' });
    expect(await insertReply(ce, 'x', { platform: 'google' })).toEqual({ ok: false, reason: 'The reply field is read-only.' });
    expect((await insertReply(document.querySelector('p'), 'x', { platform: 'google' })).ok).toBe(false);
    const detached = document.createElement('textarea');
    expect((await insertReply(detached, 'x', { platform: 'google' })).ok).toBe(false);
  });

  it('refuses, with the reason, a text over the platform limit (Google counts UTF-8 bytes)', async () => {
    const { field } = controlledTextarea('mine');
    const accents = 'é'.repeat(2049); // 2049 chars, 4098 bytes
    const google = await insertReply(field, accents, { platform: 'google', settleMs: 0 });
    expect(google).toEqual({ ok: false, reason: expect.stringMatching(/4098 bytes.*at most 4096/) });
    expect(field.value).toBe('mine');
    expect((await insertReply(field, 'é'.repeat(2048), { platform: 'google', settleMs: 0 })).ok).toBe(true);
    expect((await insertReply(field, 'x'.repeat(5001), { platform: 'tripadvisor', settleMs: 0 })).ok).toBe(false);
    expect((await insertReply(field, 'x'.repeat(5000), { platform: 'tripadvisor', settleMs: 0 })).ok).toBe(true);
  });
});

describe('InsertionHistory (undo)', () => {
  it('undo restores what the field held before the first insert, through the page state', async () => {
    const { field, submit, state } = controlledTextarea('draft typed by the manager');
    const history = new InsertionHistory();
    await history.insert('r1', field, 'first', { platform: 'tripadvisor', submit, settleMs: 0 });
    await history.insert('r1', field, 'second', { platform: 'tripadvisor', submit, settleMs: 0 });
    expect(state()).toBe('second');
    const undo = await history.undo('r1', { platform: 'tripadvisor', submit, settleMs: 0 });
    expect(undo.ok).toBe(true);
    expect(field.value).toBe('draft typed by the manager');
    expect(state()).toBe('draft typed by the manager');
    expect(history.has('r1')).toBe(false);
    expect(await history.undo('r1', { platform: 'tripadvisor' })).toEqual({ ok: false, reason: 'Nothing to undo for this review.' });
  });

  it('undo back to an empty field leaves the submit button disabled again', async () => {
    const { field, submit } = controlledTextarea('');
    const history = new InsertionHistory();
    await history.insert('r2', field, 'text', { platform: 'google', submit, settleMs: 0 });
    expect(submit.disabled).toBe(false);
    expect((await history.undo('r2', { platform: 'google', submit, settleMs: 0 })).ok).toBe(true);
    expect(field.value).toBe('');
    expect(submit.disabled).toBe(true);
  });

  it('undo on a contenteditable restores its previous text', async () => {
    document.body.innerHTML = '<div contenteditable="true">old <b>reply</b></div>';
    const field = document.querySelector<HTMLElement>('[contenteditable]')!;
    const history = new InsertionHistory();
    await history.insert('r3', field, 'new reply', { platform: 'google', settleMs: 0 });
    expect(fieldText(field)).toBe('new reply');
    await history.undo('r3', { platform: 'google', settleMs: 0 });
    expect(fieldText(field)).toBe('old reply');
  });
});

describe('insertIntoFocusedField (anywhere else)', () => {
  it('is self-contained (serialisable for chrome.scripting.executeScript)', () => {
    const source = insertIntoFocusedField.toString();
    expect(source).not.toMatch(/\b(?:import|require)\b|__vite|_insert|refusalFor|fieldText/);
  });

  it('fills the focused textarea, refuses when nothing editable has focus or it is read-only', () => {
    document.body.innerHTML = '<input type="text" id="a"><textarea id="b" readonly></textarea><button id="c">x</button>';
    expect(insertIntoFocusedField('hi').ok).toBe(false);
    document.getElementById('a')!.focus();
    expect(insertIntoFocusedField('hello there')).toEqual({ ok: true, reason: '' });
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('hello there');
    document.getElementById('b')!.focus();
    expect(insertIntoFocusedField('x').ok).toBe(false);
    document.getElementById('c')!.focus();
    expect(insertIntoFocusedField('x').ok).toBe(false);
  });
});
