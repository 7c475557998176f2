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
