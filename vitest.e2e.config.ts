import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (.output/chrome-mv3) in a real Chromium. One file at a time:
// each launches its own browser, and two at once would starve a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
    // expect.poll waits for the browser (a new tab, a worker waking up): 1 s, vitest's default, flaked on a busy CI
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
