import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests: the built renderer, served by the web bridge (src/web/server.ts) with a fresh
 * data folder per test, driven in Debian's Chromium. Never downloads a browser.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  // Waits are for states, never fixed times; 15 s lets a state arrive on a machine busy with other
  // work (a quota check or a final count can take more than the default 5 s at load 8).
  expect: { timeout: 15_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
