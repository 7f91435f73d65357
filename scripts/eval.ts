/**
 * `npm run eval`: every evaluation section, in one run. Each area owns scripts/eval/<area>.ts exporting
 * `run(): Promise<void>` that prints its figures.
 */
const SECTIONS = ['analysis', 'replies', 'drafts'] as const;

let missing = 0;
for (const section of SECTIONS) {
  let mod: { run: () => Promise<void> };
  try {
    mod = (await import(`./eval/${section}.ts`)) as typeof mod;
  } catch (error) {
    console.error(`[eval] section ${section} could not load: ${String(error)}`);
    missing++;
    continue;
  }
  await mod.run();
}
process.exitCode = missing ? 1 : 0;

export {};
