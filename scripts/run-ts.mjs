#!/usr/bin/env node
// Runs a TypeScript script of this repo in plain Node: bundles it with esbuild into .tmp/ and imports it.
// Used by the maintenance scripts (fixture and schema generators) so they share src/ code without a TS loader.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const outDir = resolve('.tmp/run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, `${basename(entry).replace(/\.tsx?$/, '')}-${process.pid}.mjs`);
await build({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', logLevel: 'error',
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
