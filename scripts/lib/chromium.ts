/**
 * Finding a Chrome or Chromium on this machine and launching it with Tact loaded, with the demo/fixture
 * pages served at their real URLs and every other request aborted (nothing reaches the internet).
 * Shared by `npm start`, the browser tests and the content-script bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.TACT_OUT_DIR ?? '.output', 'chrome-mv3');

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = [
  'Tact needs Chrome or Chromium to run, and none was found.',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          install Google Chrome from google.com/chrome',
  'or point CHROME_PATH at a Chrome/Chromium executable: CHROME_PATH=/path/to/chrome npm start',
].join('\n');

export function findChrome(): string | null {
  for (const candidate of CANDIDATES) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

export interface LaunchOptions {
  userDataDir: string;
  /** real URL (without #hash) → absolute path of the HTML file served there */
  pages: Record<string, string>;
  headless: boolean;
  /** extra window-size etc. */
  args?: string[];
}

export interface LaunchedTact {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** every request seen that was neither a served page nor an extension resource */
  strayRequests: { url: string; from: string }[];
  /** every request made by an extension context (service worker or extension page) to a non-extension URL */
  extensionRequests: { url: string; from: string }[];
}

function stripHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function describeOrigin(request: Request): string {
  if (request.serviceWorker()) return `service-worker ${request.serviceWorker()!.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

export async function launchWithTact(options: LaunchOptions): Promise<LaunchedTact> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  // Service-worker requests are reported on the context only with this flag (Playwright, Chromium).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    // Playwright adds --disable-extensions by default; without --disable-extensions-except the
    // extension silently does not load (DESIGN.md, browser tests).
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.args ?? []),
    ],
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  });

  const strayRequests: LaunchedTact['strayRequests'] = [];
  const extensionRequests: LaunchedTact['extensionRequests'] = [];
  const served = new Map(Object.entries(options.pages).map(([url, file]) => [stripHash(url), file]));

  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    const from = describeOrigin(request);
    if (request.serviceWorker() || from.startsWith('chrome-extension://')) extensionRequests.push({ url, from });
  });

  await context.route('**/*', async (route) => {
    const url = stripHash(route.request().url());
    if (url.startsWith('chrome-extension://')) {
      await route.continue(); // Tact's own files (the panel opened as a tab loads them through the route too)
      return;
    }
    const file = served.get(url);
    if (file) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      return;
    }
    strayRequests.push({ url, from: describeOrigin(route.request()) });
    await route.abort('blockedbyclient');
  });

  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, strayRequests, extensionRequests };
}
