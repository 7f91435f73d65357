import { describe, expect, it } from 'vitest';
import { classifySender, parseIncoming, PanelToBackground } from '@/lib/messages';
import { EXT_ID, review } from './helpers';

describe('classifySender', () => {
  it('accepts our extension pages and content scripts on allowed hosts only', () => {
    expect(classifySender({ id: EXT_ID, url: `chrome-extension://${EXT_ID}/sidepanel.html` }, EXT_ID)).toBe('extension-page');
    expect(classifySender({ id: EXT_ID, url: 'https://www.tripadvisor.fr/Hotel_Review-x', tab: { id: 3 } }, EXT_ID)).toBe('content');
    expect(classifySender({ id: EXT_ID, url: 'https://www.google.com/maps/place/x', tab: { id: 3 } }, EXT_ID)).toBe('content');
  });
  it('rejects other extensions, other hosts, http, tab-less content and garbage urls', () => {
    expect(classifySender({ id: 'other', url: `chrome-extension://${EXT_ID}/sidepanel.html` }, EXT_ID)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'chrome-extension://someoneelse/x.html' }, EXT_ID)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'https://evil.example/Hotel_Review-x', tab: { id: 3 } }, EXT_ID)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'http://www.tripadvisor.com/x', tab: { id: 3 } }, EXT_ID)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'https://www.tripadvisor.com/x' }, EXT_ID)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'not a url', tab: { id: 3 } }, EXT_ID)).toBeNull();
  });
});

describe('parseIncoming', () => {
  it('only lets each sender say its own messages', () => {
    expect(parseIncoming({ type: 'review:open', review: review() }, 'content').ok).toBe(true);
    expect(parseIncoming({ type: 'review:open', review: review() }, 'extension-page').ok).toBe(false);
    expect(parseIncoming({ type: 'data:delete-all' }, 'content').ok).toBe(false);
    expect(parseIncoming({ type: 'data:delete-all' }, 'extension-page').ok).toBe(true);
  });
  it('names the bad field of a malformed message', () => {
    const result = parseIncoming({ type: 'review:open', review: { ...review(), rating: 9 } }, 'content');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/review\.rating/);
  });
  it('validates the new panel messages (settings, incidents, import)', () => {
    expect(PanelToBackground.safeParse({ type: 'settings:set', settings: { nope: 1 } }).success).toBe(false);
    expect(PanelToBackground.safeParse({ type: 'incident:delete', id: '' }).success).toBe(false);
    expect(PanelToBackground.safeParse({ type: 'draft:import', drafts: [{ key: 'x' }] }).success).toBe(false);
    expect(PanelToBackground.safeParse({ type: 'draft:import', drafts: [] }).success).toBe(true);
  });
});

describe('sendToTab', () => {
  it('turns "no content script in that tab" into a sentence the manager can act on', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { vi } = await import('vitest');
    const { sendToTab } = await import('@/lib/messages');
    fakeBrowser.reset();
    const spy = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, data: { inserted: true } });
    const message = { type: 'reply:insert', reviewId: 'r1', text: 'Merci' } as const;
    expect(await sendToTab(7, message)).toEqual({ ok: false, error: expect.stringMatching(/^The page did not answer.*Reload the page/) });
    expect(await sendToTab(7, message)).toEqual({ ok: false, error: expect.stringMatching(/^The page did not answer/) });
    expect(await sendToTab(7, message)).toEqual({ ok: true, data: { inserted: true } });
    spy.mockRestore();
  });
});
