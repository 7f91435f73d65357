/** `npm run check-reply`: JSON lines in, findings out, bad lines reported with exit code 2. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-reply.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines };
}

describe('check-reply CLI', () => {
  it('answers one line per input line, in order, with the checker’s findings', { timeout: 60_000 }, () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Dear {name}, please do not come back.', lang: 'en' }),
      JSON.stringify({ id: 'b', text: 'Dear guest, thank you for your kind words about the terrace; we hope to welcome you again.', lang: 'en', platform: 'tripadvisor' }),
    ].join('\n');
    const { status, lines } = run(`${input}\n`);
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    const rules = (lines[0]!.findings as { rule: string }[]).map((f) => f.rule);
    expect(rules).toContain('unfilled_placeholder');
    expect(rules).toContain('hostile_tone');
    expect((lines[1]!.findings as { severity: string }[]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reports bad lines with their id when it has one, goes on, and exits 2', { timeout: 60_000 }, () => {
    const { status, lines } = run(['not json', JSON.stringify({ id: 'x' }), JSON.stringify({ id: 'y', text: 'Hello', platform: 'myspace' }), JSON.stringify({ id: 'z', text: 'Dear guest, thank you.' })].join('\n'));
    expect(status).toBe(2);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.error).toBeTruthy();
    expect(lines[1]).toMatchObject({ id: 'x' });
    expect(lines[1]!.error).toMatch(/text/);
    expect(lines[2]).toMatchObject({ id: 'y' });
    expect(lines[2]!.error).toMatch(/platform/);
    expect(lines[3]).toMatchObject({ id: 'z', findings: expect.any(Array) });
  });
});
