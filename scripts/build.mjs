#!/usr/bin/env node
// Builds everything the app, the CLI and the tests run: dist/renderer (Vite),
// dist/main (ESM), dist/preload (one CommonJS file requiring only electron), dist/cli.
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';
import { warmCliCodeCache } from './cliCodeCache.mjs';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['src/main/main.ts'],
    outfile: 'dist/main/main.mjs',
    format: 'esm',
    external: ['electron'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle a real one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  esbuild({
    ...common,
    entryPoints: ['src/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    external: ['electron'],
    sourcemap: false,
  }),
  esbuild({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli/rapporteur.cjs',
    format: 'cjs',
    define: { RAPPORTEUR_VERSION: JSON.stringify(version) },
  }),
  esbuild({ ...common, entryPoints: ['src/cli/launcher.ts'], outfile: 'dist/cli/launcher.cjs', format: 'cjs', sourcemap: false }),
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
]);
warmCliCodeCache('dist/cli/launcher.cjs');
console.log('Built dist/main, dist/preload, dist/cli and dist/renderer.');
