#!/usr/bin/env node
// npm run bench [-- --quick] [--json <path>] [--sizes 1000,5000] [--rounds 3] [--keys 2000] [--profile] [--skip-app-build]
// Builds what it measures, then bundles the TypeScript harness with esbuild (as scripts/run-ts.mjs does) and runs it.
import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { warmCliCodeCache } from '../scripts/cliCodeCache.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);

// The app has no setting that turns autosave off, so the bench's own build of the renderer gets one: while
// `window.__benchAutosaveOff` is true, changes are not handed to the autosave scheduler (nothing is serialised
// or sent). Nothing else differs from the app's build, and while the flag is unset it behaves the same.
// If the call below is renamed, the build still succeeds and the autosave comparison reports why it is missing.
const AUTOSAVE_CONTROLLER = /[\\/]src[\\/]renderer[\\/]autosave[\\/]autosaveController\.ts$/;
const NOTE_CHANGE = 'scheduler.noteChange();';
const autosaveSwitch = {
  name: 'bench-autosave-switch',
  enforce: 'pre',
  applied: false,
  transform(code, id) {
    if (!AUTOSAVE_CONTROLLER.test(id) || code.split(NOTE_CHANGE).length !== 2) return null;
    autosaveSwitch.applied = true;
    return { code: code.replace(NOTE_CHANGE, `if (!window.__benchAutosaveOff) ${NOTE_CHANGE}`), map: null };
  },
};

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
    await viteBuild({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: snapshotDist, emptyOutDir: true }, plugins: [autosaveSwitch] });
    process.env.RAPPORTEUR_BENCH_AUTOSAVE_SWITCH = autosaveSwitch.applied ? '1' : '';
  }
} catch (error) {
  console.error(`The app's renderer could not be built (${error.message}).\nFix the tree, or measure the last build with --skip-app-build.`);
  process.exit(1);
}
await viteBuild({ configFile: 'bench/vite.config.ts', logLevel: 'warn' });

// The CLI whose whole process is timed against pandoc: its launcher (what bin/rapporteur.cjs runs) with the bundle and
// code cache beside it, built as scripts/build.mjs builds dist/cli, and for the same reason as the renderer from
// the sources of this run (with --skip-app-build, the dist/cli built with it).
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const cliDir = args.includes('--skip-app-build') ? resolve('dist/cli') : join(snapshot, 'cli');
process.env.RAPPORTEUR_BENCH_CLI = join(cliDir, 'launcher.cjs');
if (!args.includes('--skip-app-build')) {
  const cliBuild = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', legalComments: 'none', logLevel: 'error' };
  await esbuild({ ...cliBuild, entryPoints: ['src/cli/main.ts'], outfile: join(cliDir, 'rapporteur.cjs'), define: { RAPPORTEUR_VERSION: JSON.stringify(version) } });
  await esbuild({ ...cliBuild, entryPoints: ['src/cli/launcher.ts'], outfile: process.env.RAPPORTEUR_BENCH_CLI });
  warmCliCodeCache(process.env.RAPPORTEUR_BENCH_CLI);
}

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
