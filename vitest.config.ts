import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Inlined so that a test's vi.mock('electron') also reaches electron-store's own import of electron.
    server: { deps: { inline: ['electron-store'] } },
  },
});
