#!/usr/bin/env node
// npm run bench [-- --quick] [--json <path>] [--sizes 1000,5000] [--rounds 3] [--keys 2000] [--profile] [--skip-app-build]
// Builds what it measures, then bundles the TypeScript harness with esbuild (as scripts/run-ts.mjs does) and runs it.
import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);

// The app's renderer goes to a private copy, built now from the same sources as the main process bundled
// below: other people build dist/renderer in this tree while a run lasts, and a renderer swapped mid-run
// would no longer speak the bundled main process's protocol (nor would this run wipe dist/renderer under them).
const snapshot = resolve(`.tmp/bench/app-${process.pid}`);
const snapshotDist = join(snapshot, 'dist/renderer');
rmSync(snapshot, { recursive: true, force: true });
try {
  if (args.includes('--skip-app-build')) {
    // Measures the last `npm run build` as it stands (when the tree is mid-change and does not build).
    console.error('Measuring dist/renderer as built; if it is older than src/, it may not match the main process.');
    cpSync('dist/renderer', snapshotDist, { recursive: true });
  } else {
    await viteBuild({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: snapshotDist, emptyOutDir: true } });
  }
} catch (error) {
  console.error(`The app's renderer could not be built (${error.message}).\nFix the tree, or measure the last build with --skip-app-build.`);
  process.exit(1);
}
await viteBuild({ configFile: 'bench/vite.config.ts', logLevel: 'warn' });

// The e2e harness computes paths from __dirname (it runs as CommonJS under Playwright): give each bundled
// file its own, as Node would, except that the harness folder is placed inside the snapshot, so that
// serveRenderer's RENDERER_DIST (`../../../dist/renderer` from there) is the copy built above.
const harness = resolve('test/e2e/harness');
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (file) => {
      const source = readFileSync(file.path, 'utf8');
      const dir = dirname(file.path);
      const seenAs = dir === harness ? join(snapshot, relative(root, dir)) : dir;
      const prefix = /\b__dirname\b/.test(source) ? `const __dirname = ${JSON.stringify(seenAs)};\n` : '';
      return { contents: prefix + source, loader: file.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

// Functions given to page.evaluate travel as source text: they may use only browser globals, and the
// harness never imports a name like `performance` itself, so esbuild has no reason to rename one.
const outfile = join(snapshot, 'bench.mjs');
mkdirSync(snapshot, { recursive: true });
try {
  await esbuild({
    entryPoints: ['bench/lib/main.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'error', plugins: [ownDirname],
  });
  const { main } = await import(pathToFileURL(outfile).href);
  await main(args);
} finally {
  rmSync(snapshot, { recursive: true, force: true });
}
