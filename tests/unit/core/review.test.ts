/**
 * The review snapshot contract (lib/review.ts): what a content script may send and what the background
 * may ask of it. One zod/mini schema serves the content scripts, the router and storage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackgroundToContent, LIMITS, ReviewSnapshotSchema, capText } from '@/lib/review';
import { ContentToBackground } from '@/lib/messages';

const valid = {
  platform: 'google', id: 'abc', url: 'https://www.google.com/maps/place/x', author: 'A', rating: 4, title: '', text: 'ok',
  date: 'a year ago', machineTranslated: false, ownerResponse: null, hasReplyField: false, truncated: false, layoutChanged: [],
};

describe('capText', () => {
  it('collapses whitespace, trims and caps, never splitting a surrogate pair', () => {
    expect(capText('  a \n\t b  ', 10)).toBe('a b');
    expect(capText('abcdef', 3)).toBe('abc');
    expect(capText('ab😀c', 3)).toBe('ab'); // the emoji would be cut in half: dropped whole
    expect(capText(42, 10)).toBe('');
    expect(capText(null, 10)).toBe('');
  });

  it('never exceeds the cap and never ends on a lone high surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 0, max: 40 }), (value, max) => {
        const out = capText(value, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const last = out.charCodeAt(out.length - 1);
        if (out.length < value.trim().length) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ReviewSnapshotSchema', () => {
  const cases: [string, unknown, boolean][] = [
    ['valid', valid, true],
    ['rating null', { ...valid, rating: null }, true],
    ['rating 0', { ...valid, rating: 0 }, false],
    ['rating 6', { ...valid, rating: 6 }, false],
    ['rating 2.5', { ...valid, rating: 2.5 }, false],
    ['string rating', { ...valid, rating: '5' }, false],
    ['empty id', { ...valid, id: '' }, false],
    ['id too long', { ...valid, id: 'x'.repeat(LIMITS.id + 1) }, false],
    ['text at cap', { ...valid, text: 'x'.repeat(LIMITS.text) }, true],
    ['text over cap', { ...valid, text: 'x'.repeat(LIMITS.text + 1) }, false],
    ['unknown platform', { ...valid, platform: 'yelp' }, false],
    ['owner response over cap', { ...valid, ownerResponse: 'x'.repeat(LIMITS.ownerResponse + 1) }, false],
    ['51 layout names', { ...valid, layoutChanged: Array(51).fill('card') }, false],
    ['long layout name', { ...valid, layoutChanged: ['x'.repeat(LIMITS.selectorName + 1)] }, false],
    ['missing field', { ...valid, truncated: undefined }, false],
  ];
  for (const [name, value, accepted] of cases) {
    it(`${accepted ? 'accepts' : 'rejects'} ${name}`, () => {
      expect(ReviewSnapshotSchema.safeParse(value).success).toBe(accepted);
      // embedded in the classic-zod message union, it judges the same way
      expect(ContentToBackground.safeParse({ type: 'review:open', review: value }).success).toBe(accepted);
    });
  }
});

describe('BackgroundToContent', () => {
  const cases: [string, unknown, boolean][] = [
    ['insert', { type: 'reply:insert', reviewId: 'r1', text: 'hello' }, true],
    ['undo', { type: 'reply:undo', reviewId: 'r1' }, true],
    ['rescan', { type: 'page:rescan' }, true],
    ['a submit, which does not exist', { type: 'reply:submit', reviewId: 'r1' }, false],
    ['text too long', { type: 'reply:insert', reviewId: 'r1', text: 'x'.repeat(LIMITS.replyText + 1) }, false],
    ['id too long', { type: 'reply:undo', reviewId: 'x'.repeat(LIMITS.id + 1) }, false],
    ['missing text', { type: 'reply:insert', reviewId: 'r1' }, false],
    ['not an object', 'reply:insert', false],
  ];
  for (const [name, value, accepted] of cases) {
    it(`${accepted ? 'accepts' : 'rejects'} ${name}`, () => {
      expect(BackgroundToContent.safeParse(value).success).toBe(accepted);
    });
  }
});
