/**
 * `npm run bench`: speed and size figures, printed, never asserted as tests. Each area owns
 * scripts/bench/<area>.ts exporting `run(): Promise<void>`. Pass section names to run only some:
 * `npm run bench -- analysis replies`.
 */
const ALL = ['analysis', 'replies', 'content', 'panel'] as const;
const wanted = process.argv.slice(2).filter((arg) => (ALL as readonly string[]).includes(arg));
const sections = wanted.length ? wanted : ALL;

let missing = 0;
for (const section of sections) {
  let mod: { run: () => Promise<void> };
  try {
    mod = (await import(`./bench/${section}.ts`)) as typeof mod;
  } catch (error) {
    console.error(`[bench] section ${section} could not load: ${String(error)}`);
    missing++;
    continue;
  }
  await mod.run();
}
process.exitCode = missing ? 1 : 0;

export {};
