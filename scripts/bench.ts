/**
 * `npm run bench`: speed and size figures, printed, never asserted as tests. Each area owns
 * scripts/bench/<area>.ts exporting `run(): Promise<void>`. Pass section names to run only some:
 * `npm run bench -- analysis replies`.
 *
 * Each section runs in its own Node process, so one section's heap and JIT state (the analysis bench keeps
 * thousands of results alive) do not skew the next one's timings.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ALL = ['analysis', 'replies', 'content', 'panel'] as const;
const wanted = process.argv.slice(2).filter((arg) => (ALL as readonly string[]).includes(arg));
const sections = wanted.length ? wanted : ALL;

let failed = 0;
for (const section of sections) {
  const module = resolve(import.meta.dirname, 'bench', `${section}.ts`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await (await import(${JSON.stringify(module)})).run();`], {
    stdio: 'inherit',
  });
  if (child.status !== 0) {
    console.error(`[bench] section ${section} failed (exit ${child.status ?? child.signal})`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
