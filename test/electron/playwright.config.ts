import { defineConfig } from '@playwright/test';

/** The real app through Playwright's Electron driver; the suite skips itself where no Electron binary exists. */
export default defineConfig({
  testDir: './specs',
  outputDir: '../../.tmp/electron-results',
  timeout: 90_000,
  workers: 1,
  retries: 0,
});
