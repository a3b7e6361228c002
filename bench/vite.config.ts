import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The floor pages, built like the app's renderer (production React and Lexical, same target)
// so the only difference the benchmark sees is what the app adds on top.
export default defineConfig({
  root: resolve(__dirname, 'pages'),
  base: './',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(__dirname, '../dist/bench'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    modulePreload: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        bareLexical: resolve(__dirname, 'pages/bareLexical.html'),
        textarea: resolve(__dirname, 'pages/textarea.html'),
      },
    },
  },
});
