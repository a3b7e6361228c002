import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { shipLicenses } from './scripts/vite/shipLicenses';

// The renderer is plain React + Lexical; esbuild's automatic JSX runtime is all it needs.
export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  esbuild: { jsx: 'automatic' },
  // The spelling dictionaries' licences go out with the words (dist/renderer/licenses/).
  plugins: [shipLicenses(__dirname)],
  build: {
    // RAPPORTEUR_RENDERER_OUT lets parallel work build the renderer somewhere of its own.
    outDir: resolve(__dirname, process.env.RAPPORTEUR_RENDERER_OUT ?? 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // Inline <script> and data: module preloads would break the strict CSP.
    modulePreload: false,
    assetsInlineLimit: 0,
    // One chunk is right for a desktop app loaded from disk.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; they are harmless.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
