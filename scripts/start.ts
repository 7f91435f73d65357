/**
 * `npm start`: builds Tact, then launches Chrome/Chromium with it loaded and the demo pages served at
 * their real URLs (routed locally: nothing goes to the internet).
 * - With a display: a normal window, one tab per demo page, for you to try. Close the window to stop.
 * - Without one (a server, CI): headless; walks one review through the panel, saves screenshots under
 *   demo-output/ and prints where they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChrome, INSTALL_HINT, launchWithTact } from './lib/chromium';
import { demoPages, fixturePages } from '../tests/fixtures/pages';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');

function hasDisplay(): boolean {
  if (process.env.TACT_HEADLESS === '1' || process.env.CI) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!findChrome()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log('Building Tact…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    console.error('The build failed (see above).');
    process.exit(build.status ?? 1);
  }

  const headed = hasDisplay();
  const tact = await launchWithTact({
    userDataDir: resolve(root, '.tact-profile'), // your drafts survive between runs; delete the folder to start over
    pages: fixturePages(),
    headless: !headed,
  });
  const demos = demoPages();

  if (headed) {
    for (const demo of demos) {
      const page = await tact.context.newPage();
      await page.goto(demo.url);
    }
    await tact.context.pages()[0]?.close().catch(() => undefined); // the empty start tab
    console.log('Tact is loaded. Demo pages (served locally at their real addresses):');
    for (const demo of demos) console.log(`  ${demo.title}\n    ${demo.url}`);
    console.log('Click a "Tact" button beside a review, or the toolbar icon (Alt+Shift+Y). Close the window to stop.');
    await new Promise<void>((done) => tact.context.on('close', () => done()));
    return;
  }

  // Headless walk-through: the first demo page, its first review, through the panel.
  mkdirSync(outDir, { recursive: true });
  const demo = demos[0]!;
  const page = await tact.context.newPage();
  await page.goto(demo.url);
  const button = page.getByRole('button', { name: /tact/i }).first();
  await button.waitFor({ timeout: 15_000 });
  await page.screenshot({ path: resolve(outDir, '1-review-page.png') });
  await button.click();

  // the demo tab is the active one; its id is all the panel needs (Tact has no "tabs" permission to read URLs)
  const tabId = await tact.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const panel = await tact.context.newPage();
  await panel.setViewportSize({ width: 480, height: 1100 });
  await panel.goto(`chrome-extension://${tact.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('review-text').waitFor({ timeout: 15_000 });
  await panel.waitForTimeout(500);
  await panel.screenshot({ path: resolve(outDir, '2-side-panel.png'), fullPage: true });
  await tact.context.close();

  console.log('Headless walk-through done (no display found). Screenshots:');
  console.log(`  ${resolve(outDir, '1-review-page.png')}`);
  console.log(`  ${resolve(outDir, '2-side-panel.png')}`);
  console.log('Run it on a machine with a display (or set DISPLAY) to get a browser window you can use.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
