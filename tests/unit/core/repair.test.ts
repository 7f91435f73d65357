import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { repairArray, repairObject } from '@/lib/repair';

const Schema = z.object({ name: z.string(), count: z.number().int(), on: z.boolean() });
const DEFAULTS = { name: '', count: 0, on: false };

describe('repairObject', () => {
  it('returns a valid value untouched', () => {
    expect(repairObject(Schema, { name: 'a', count: 2, on: true }, DEFAULTS)).toEqual({ value: { name: 'a', count: 2, on: true }, repairedFields: [] });
  });
  it('keeps every valid field and resets only the broken ones', () => {
    expect(repairObject(Schema, { name: 'kept', count: 'x', on: true }, DEFAULTS)).toEqual({ value: { name: 'kept', count: 0, on: true }, repairedFields: ['count'] });
  });
  it('falls back to the defaults for a non-object', () => {
    expect(repairObject(Schema, 'garbage', DEFAULTS).repairedFields).toEqual(['name', 'count', 'on']);
    expect(repairObject(Schema, null, DEFAULTS).value).toEqual(DEFAULTS);
  });
});

describe('repairArray', () => {
  it('keeps the elements that parse and counts the others', () => {
    expect(repairArray(z.number(), [1, 'x', 2, null])).toEqual({ value: [1, 2], dropped: 2 });
  });
  it('treats a missing array as empty and a wrong type as one dropped value', () => {
    expect(repairArray(z.number(), undefined)).toEqual({ value: [], dropped: 0 });
    expect(repairArray(z.number(), { a: 1 })).toEqual({ value: [], dropped: 1 });
  });
});
