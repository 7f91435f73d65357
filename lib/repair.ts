/**
 * Repair a stored value field by field instead of wiping it: every field that still parses is kept,
 * every field that does not falls back to its default, and the caller learns which ones were repaired.
 */
import { z } from 'zod';

export interface Repaired<T> {
  value: T;
  repairedFields: string[];
}

export function repairObject<S extends z.ZodObject>(schema: S, raw: unknown, defaults: z.infer<S>): Repaired<z.infer<S>> {
  const whole = schema.safeParse(raw);
  if (whole.success) return { value: whole.data, repairedFields: [] };
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const value: Record<string, unknown> = {};
  const repairedFields: string[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const parsed = fieldSchema.safeParse(source[field]);
    if (parsed.success) value[field] = parsed.data;
    else {
      value[field] = (defaults as Record<string, unknown>)[field];
      repairedFields.push(field);
    }
  }
  return { value: value as z.infer<S>, repairedFields };
}

/** Keeps the elements of an array that parse; reports how many were dropped. */
export function repairArray<T>(element: z.ZodType<T>, raw: unknown): { value: T[]; dropped: number } {
  if (!Array.isArray(raw)) return { value: [], dropped: raw === undefined || raw === null ? 0 : 1 };
  const value: T[] = [];
  let dropped = 0;
  for (const item of raw) {
    const parsed = element.safeParse(item);
    if (parsed.success) value.push(parsed.data);
    else dropped++;
  }
  return { value, dropped };
}
