import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWithCodeCache } from '../../../src/cli/codeCache';

// The CLI's bundle is run through V8's code cache; these runs use a small bundle of their own.

let folder: string;
let bundle: string;
let cache: string;
const saves: Array<() => void> = [];
const atExit = { onExit: (save: () => void) => { saves.push(save); } };
const exitNow = () => saves.splice(0).forEach((save) => save());

const BUNDLE = `
const path = require('node:path');
function work(n) { let total = 0; for (let i = 0; i < n; i += 1) total += i; return total; }
module.exports.answer = work(10);
globalThis.__codeCacheRun = { answer: module.exports.answer, file: path.basename(__filename), folder: __dirname };
`;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-code-cache-'));
  bundle = join(folder, 'bundle.cjs');
  cache = join(folder, 'bundle.cache');
  await writeFile(bundle, BUNDLE);
});
afterEach(async () => {
  saves.length = 0;
  delete (globalThis as { __codeCacheRun?: unknown }).__codeCacheRun;
  await rm(folder, { recursive: true, force: true });
});

const lastRun = () => (globalThis as unknown as { __codeCacheRun: { answer: number; file: string; folder: string } }).__codeCacheRun;

describe('runWithCodeCache', () => {
  it('runs the bundle as require would, then uses the cache it left at exit', async () => {
    expect(runWithCodeCache(bundle, cache, atExit)).toEqual({ cacheUsed: false });
    expect(lastRun()).toEqual({ answer: 45, file: 'bundle.cjs', folder });
    exitNow();
    expect((await readFile(cache)).length).toBeGreaterThan(32);
    expect(runWithCodeCache(bundle, cache, atExit)).toEqual({ cacheUsed: true });
    expect(lastRun().answer).toBe(45);
    expect(saves).toHaveLength(0);
  });

  it('ignores a cache made from other code of the same length, and replaces it', async () => {
    runWithCodeCache(bundle, cache, atExit);
    exitNow();
    const before = await readFile(cache);
    await writeFile(bundle, BUNDLE.replace('work(10)', 'work(11)'));
    expect(runWithCodeCache(bundle, cache, atExit)).toEqual({ cacheUsed: false });
    expect(lastRun().answer).toBe(55);
    exitNow();
    expect((await readFile(cache)).equals(before)).toBe(false);
    expect(runWithCodeCache(bundle, cache, atExit)).toEqual({ cacheUsed: true });
  });

  it('runs without a cache when the cache file is damaged or cannot be written', async () => {
    await writeFile(cache, 'not a cache');
    expect(runWithCodeCache(bundle, cache, atExit)).toEqual({ cacheUsed: false });
    const unwritable = join(folder, 'missing-folder', 'bundle.cache');
    expect(runWithCodeCache(bundle, unwritable, atExit)).toEqual({ cacheUsed: false });
    expect(() => exitNow()).not.toThrow();
    expect(lastRun().answer).toBe(45);
  });

  it('refreshes a usable cache when asked to', () => {
    runWithCodeCache(bundle, cache, atExit);
    exitNow();
    expect(runWithCodeCache(bundle, cache, { ...atExit, write: 'always' })).toEqual({ cacheUsed: true });
    expect(saves).toHaveLength(1);
  });
});

describe('runWithCodeCache with V8 flags', () => {
  // Flags are the whole process's: each run is a Node process of its own, as the CLI is.
  async function launcher(flags: readonly string[]): Promise<string> {
    const codeCache = join(folder, 'codeCache.cjs');
    await build({ entryPoints: [resolve(__dirname, '../../../src/cli/codeCache.ts')], outfile: codeCache, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    const script = join(folder, `launcher-${flags.length}.cjs`);
    await writeFile(script, `const { runWithCodeCache } = require(${JSON.stringify(codeCache)});
const run = runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cache)}, { v8Flags: ${JSON.stringify(flags)} });
process.stdout.write(JSON.stringify({ ...run, answer: globalThis.__codeCacheRun.answer }));`);
    return script;
  }
  const run = (script: string) => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { cacheUsed: boolean; answer: number };

  it('uses, run after run, the cache it made under the same flags', async () => {
    const withFlags = await launcher(['--no-turbofan']);
    expect(run(withFlags)).toEqual({ cacheUsed: false, answer: 45 });
    expect(run(withFlags)).toEqual({ cacheUsed: true, answer: 45 });
    expect(run(withFlags)).toEqual({ cacheUsed: true, answer: 45 });
    // The reason the flags are set before compiling: V8 refuses a cache made under other flags.
    expect(run(await launcher([]))).toEqual({ cacheUsed: false, answer: 45 });
  });
});
