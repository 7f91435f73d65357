/** The JSON-lines input shared by the CLIs (analyze, suggest): one object per line, an optional id. */

export type LineId = string | number;

export function idOf(value: unknown): LineId | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** Parses one input line as a JSON object, or says in a few words why it is not one. */
export function parseObjectLine(raw: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'invalid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, error: 'expected a JSON object' };
  return { ok: true, value: parsed as Record<string, unknown> };
}
