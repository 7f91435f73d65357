// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeReviews } from '../../../lib/dom/observe';
import { HOST_TAG } from '../../../lib/dom/mount-button';

const findCards = (root: ParentNode): Element[] => Array.from(root.querySelectorAll('.card'));
const card = (id: string): string => `<div class="card" id="${id}"><p>text ${id}</p></div>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `<div id="list">${card('a')}${card('b')}</div>`;
});
afterEach(() => vi.useRealTimers());

describe('observeReviews', () => {
  it('reports the first scan, then cards added by paging/scrolling and removed ones, debounced', async () => {
    const changes: { added: string[]; removed: string[]; changed: string[] }[] = [];
    const observer = observeReviews({
      root: document,
      findCards,
      debounceMs: 100,
      onChange: (c) => changes.push({ added: c.added.map((e) => e.id), removed: c.removed.map((e) => e.id), changed: c.changed.map((e) => e.id) }),
    });
    observer.rescan();
    expect(changes).toEqual([{ added: ['a', 'b'], removed: [], changed: [] }]);

    const list = document.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', card('c'));
    list.insertAdjacentHTML('beforeend', card('d'));
    await vi.advanceTimersByTimeAsync(50);
    expect(changes).toHaveLength(1); // debounced: nothing yet
    await vi.advanceTimersByTimeAsync(100);
    expect(changes[1]).toEqual({ added: ['c', 'd'], removed: [], changed: [] });

    document.getElementById('a')!.remove();
    document.querySelector('#b p')!.textContent = 'expanded text';
    await vi.advanceTimersByTimeAsync(150);
    expect(changes[2]).toEqual({ added: [], removed: ['a'], changed: ['b'] });

    // single-page navigation: the whole list replaced
    list.innerHTML = card('x');
    await vi.advanceTimersByTimeAsync(150);
    expect(changes[3]).toEqual({ added: ['x'], removed: ['b', 'c', 'd'], changed: [] });
    expect(observer.current().map((e) => e.id)).toEqual(['x']);
    observer.stop();
  });

  it("ignores Tact's own button hosts (no feedback loop)", async () => {
    const onChange = vi.fn();
    const observer = observeReviews({ root: document, findCards, onChange, debounceMs: 10 });
    observer.rescan();
    onChange.mockClear();
    document.getElementById('a')!.after(document.createElement(HOST_TAG));
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).not.toHaveBeenCalled();
    observer.stop();
  });

  it('stops when the content-script context is invalidated', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    const observer = observeReviews({ root: document, findCards, onChange, debounceMs: 10, signal: controller.signal });
    observer.rescan();
    onChange.mockClear();
    controller.abort();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', card('late'));
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).not.toHaveBeenCalled();
  });
});
