/**
 * The content scripts' zod/mini copy of the snapshot contract (lib/sites/snapshot.ts) must accept, reject and
 * trim exactly as lib/review.ts and lib/messages.ts do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS as CONTRACT_LIMITS, ReviewSnapshotSchema, capText as contractCapText } from '../../../lib/review';
import { BackgroundToContent } from '../../../lib/messages';
import { ContentIncoming, ContentReviewSnapshot, LIMITS, capText } from '../../../lib/sites/snapshot';

const valid = {
  platform: 'google', id: 'abc', url: 'https://www.google.com/maps/place/x', author: 'A', rating: 4, title: '', text: 'ok',
  date: 'a year ago', machineTranslated: false, ownerResponse: null, hasReplyField: false, truncated: false, layoutChanged: [],
};

describe('content-side snapshot schema', () => {
  it('has the contract limits', () => {
    expect(LIMITS).toEqual(CONTRACT_LIMITS);
  });

  it('caps text exactly like the contract (surrogates, whitespace, non-strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer(), fc.constant(null)), fc.integer({ min: 0, max: 40 }), (value, max) => {
        expect(capText(value, max)).toBe(contractCapText(value, max));
      }),
      { numRuns: 500 },
    );
  });

  const variants: [string, unknown][] = [
    ['valid', valid],
    ['rating null', { ...valid, rating: null }],
    ['rating 0', { ...valid, rating: 0 }],
    ['rating 6', { ...valid, rating: 6 }],
    ['rating 2.5', { ...valid, rating: 2.5 }],
    ['empty id', { ...valid, id: '' }],
    ['id too long', { ...valid, id: 'x'.repeat(301) }],
    ['text at cap', { ...valid, text: 'x'.repeat(20_000) }],
    ['text over cap', { ...valid, text: 'x'.repeat(20_001) }],
    ['unknown platform', { ...valid, platform: 'yelp' }],
    ['owner response over cap', { ...valid, ownerResponse: 'x'.repeat(10_001) }],
    ['51 layout names', { ...valid, layoutChanged: Array(51).fill('card') }],
    ['long layout name', { ...valid, layoutChanged: ['x'.repeat(81)] }],
    ['missing field', { ...valid, truncated: undefined }],
    ['string rating', { ...valid, rating: '5' }],
  ];
  for (const [name, value] of variants) {
    it(`agrees with ReviewSnapshotSchema: ${name}`, () => {
      expect(ContentReviewSnapshot.safeParse(value).success).toBe(ReviewSnapshotSchema.safeParse(value).success);
    });
  }

  const messages: [string, unknown][] = [
    ['insert', { type: 'reply:insert', reviewId: 'r1', text: 'hello' }],
    ['undo', { type: 'reply:undo', reviewId: 'r1' }],
    ['rescan', { type: 'page:rescan' }],
    ['unknown type', { type: 'reply:submit', reviewId: 'r1' }],
    ['text too long', { type: 'reply:insert', reviewId: 'r1', text: 'x'.repeat(50_001) }],
    ['id too long', { type: 'reply:undo', reviewId: 'x'.repeat(301) }],
    ['missing text', { type: 'reply:insert', reviewId: 'r1' }],
    ['not an object', 'reply:insert'],
  ];
  for (const [name, value] of messages) {
    it(`agrees with BackgroundToContent: ${name}`, () => {
      expect(ContentIncoming.safeParse(value).success).toBe(BackgroundToContent.safeParse(value).success);
    });
  }
});
