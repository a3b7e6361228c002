import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/**
 * A command-line export is a short-lived process: compiling the 1 MB bundle and
 * its functions each time costs more than the export of a long meeting. V8 can
 * save that work as a code cache. Node 20 has no module.enableCompileCache
 * (Node 22 adds it), and v8-compile-cache saves the cache before the code runs,
 * which leaves out the lazily compiled functions where most of the time goes;
 * so the cache is taken here after a whole run (`npm run build` makes one).
 *
 * V8 accepts a cache for any source of the same length, so the file starts with
 * the CRC-32 and byte length of the source it was made from and is ignored for
 * any other. Not SHA-256: loading node:crypto took about 5 ms of a 200 ms export,
 * while zlib (whose crc32 this is) is loaded by every export to deflate the .docx.
 * The check guards against a stale cache after a rebuild, not against an attacker
 * who can already write next to the CLI's code.
 */

const HASH_BYTES = 8;

export type CacheWrite = 'if-unusable' | 'always';

export interface CodeCacheRun {
  /** Whether V8 took the cache: false when there was none, or it was for other code or another Node. */
  cacheUsed: boolean;
}

/** Of the file's bytes, as read: hashing the decoded string would first encode it back to UTF-8. */
function sourceHash(bytes: Uint8Array): Buffer {
  const header = Buffer.alloc(HASH_BYTES);
  header.writeUInt32LE(crc32(bytes), 0);
  header.writeUInt32LE(bytes.length >>> 0, 4);
  return header;
}

function readCache(cachePath: string, hash: Buffer): Buffer | undefined {
  try {
    const file = readFileSync(cachePath);
    return file.subarray(0, HASH_BYTES).equals(hash) ? file.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written (read-only install) only costs speed. */
function writeCache(cachePath: string, hash: Buffer, data: Buffer): void {
  const temp = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([hash, data]));
    renameSync(temp, cachePath);
  } catch {
    rmSync(temp, { force: true });
  }
}

export interface CodeCacheOptions {
  write?: CacheWrite;
  /**
   * V8 flags for the run, set before the bundle is compiled: V8 takes a cache
   * only under the flags it was made with, so flags set any later would make it
   * refuse (and rewrite) the cache on every run.
   */
  v8Flags?: readonly string[];
  /** When to take the cache; the process's exit, so that the functions the run compiled are in it. */
  onExit?: (save: () => void) => void;
}

/**
 * Runs a CommonJS bundle as `require` would, compiled from the code cache when
 * one fits, and leaves a fresh cache when the process exits if it had none
 * (or always, to refresh it).
 */
export function runWithCodeCache(bundlePath: string, cachePath: string, options: CodeCacheOptions = {}): CodeCacheRun {
  const { write = 'if-unusable', onExit = (save) => process.once('exit', save), v8Flags = [] } = options;
  for (const flag of v8Flags) setFlagsFromString(flag);
  const bytes = readFileSync(bundlePath);
  const hash = sourceHash(bytes);
  const source = bytes.toString('utf8');
  const cachedData = readCache(cachePath, hash);
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  if (write === 'always' || !cacheUsed) onExit(() => writeCache(cachePath, hash, script.createCachedData()));
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { cacheUsed };
}
