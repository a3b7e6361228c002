import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { errorCode, type FileSystem, type WritableFileHandle } from './fileSystem';
import { createKeyedQueue } from './keyedQueue';
import {
  decodeRecords, diffTexts, encodeRecord, replayRecords, sha256Text,
  type RecoveredText, type RecoveryRecord, type RecoveryTarget,
} from './recoveryRecords';
import { writeFileVerified } from './safeWrite';

export type { RecoveredText, RecoveryTarget } from './recoveryRecords';

/**
 * The recovery store: one append-only log per open meeting in the app's data
 * folder. Every change is appended and fsynced before the file itself is
 * written, so whatever happens to the file (full disk, removed stick, a kill
 * mid-save) the notes can be rebuilt from here. Logs are compacted into one
 * whole record (written verified) so hours of typing stay small.
 */
export interface RecoveryStore {
  /** Appends the text (as a change from the last record) and fsyncs it; identical text is not appended again. */
  append(key: string, target: RecoveryTarget, text: string): Promise<void>;
  /** The latest text of an active log. */
  latest(key: string): Promise<RecoveredText | undefined>;
  discard(key: string): Promise<void>;
  activeKeys(): Promise<string[]>;
  /** Moves an active log aside as an offer, so new typing starts a fresh log; returns the offer id. */
  setAside(key: string): Promise<string>;
  offerIds(): Promise<string[]>;
  readOffer(offerId: string): Promise<RecoveredText | undefined>;
  /** Makes an offer the active log of `key` again (the user restored it). */
  adoptOffer(offerId: string, key: string): Promise<void>;
  discardOffer(offerId: string): Promise<void>;
  /** Closes open logs; appends after this reopen them. */
  close(): Promise<void>;
}

export interface RecoveryStoreDeps {
  fs: FileSystem;
  folder: string;
  clock: () => Date;
  /** Rewrite a log as one whole record once it is this big (default 256 KiB, or 3× the text). */
  compactAtBytes?: number;
  /** …or once it holds this many change records since the last whole one (bounds replay time). */
  compactAtDeltas?: number;
}

export const RECOVERY_KEY_PATTERN = /^(file-[0-9a-f]{32}|draft-[A-Za-z0-9]{12,40})$/;
const OFFER_PATTERN = /^offer-[A-Za-z0-9]{12,40}$/;
const LOG_SUFFIX = '.log';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

interface OpenLog {
  handle: WritableFileHandle | null;
  bytes: number;
  deltas: number;
  seq: number;
  last: RecoveredText | undefined;
  /** A failed append may have left a partial record: the next append rewrites the log whole. */
  needsRewrite: boolean;
}

function checkKey(key: string, pattern: RegExp): void {
  if (!pattern.test(key)) throw new Error(`Not a recovery log name: "${key.slice(0, 60)}".`);
}

function newOfferId(): string {
  const bytes = randomBytes(20);
  let id = 'offer-';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function createRecoveryStore(deps: RecoveryStoreDeps): RecoveryStore {
  const { fs, folder } = deps;
  const compactAtBytes = deps.compactAtBytes ?? 256 * 1024;
  const compactAtDeltas = deps.compactAtDeltas ?? 200;
  const logs = new Map<string, OpenLog>();
  const pathOf = (name: string) => join(folder, `${name}${LOG_SUFFIX}`);

  async function readLog(name: string): Promise<{ last?: RecoveredText; records: RecoveryRecord[]; torn: boolean; bytes: number }> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(pathOf(name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { records: [], torn: false, bytes: 0 };
      throw error;
    }
    const { records, goodBytes } = decodeRecords(bytes);
    const last = replayRecords(records);
    return { ...(last ? { last } : {}), records, torn: goodBytes < bytes.length, bytes: bytes.length };
  }

  async function openLog(key: string): Promise<OpenLog> {
    const known = logs.get(key);
    if (known) return known;
    const read = await readLog(key);
    const deltas = read.records.length - 1 - read.records.map((r) => r.full !== undefined).lastIndexOf(true);
    const log: OpenLog = {
      handle: null, bytes: read.bytes, deltas: Math.max(0, deltas), seq: read.records.at(-1)?.seq ?? 0,
      last: read.last, needsRewrite: read.torn,
    };
    logs.set(key, log);
    return log;
  }

  async function closeHandle(log: OpenLog): Promise<void> {
    const handle = log.handle;
    log.handle = null;
    await handle?.close().catch(() => undefined);
  }

  /** Replaces the log with one whole record, atomically: a crash leaves either the old log or the new one. */
  async function rewrite(key: string, log: OpenLog, record: RecoveryRecord): Promise<void> {
    await closeHandle(log);
    const bytes = encodeRecord(record);
    await writeFileVerified(fs, pathOf(key), bytes, { reassurance: 'the notes are still in memory' });
    log.bytes = bytes.length;
    log.deltas = 0;
  }

  async function appendBytes(key: string, log: OpenLog, bytes: Buffer): Promise<void> {
    log.handle ??= await fs.open(pathOf(key), 'a', 0o600);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await log.handle.write(bytes, offset, bytes.length - offset, null);
      if (!Number.isInteger(bytesWritten) || bytesWritten <= 0) throw Object.assign(new Error('the disk stopped accepting data'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await log.handle.sync();
    log.bytes += bytes.length;
    log.deltas += 1;
  }

  function shouldCompact(log: OpenLog, textBytes: number): boolean {
    return log.needsRewrite || log.last === undefined || log.deltas >= compactAtDeltas
      || log.bytes > Math.max(compactAtBytes, 3 * textBytes);
  }

  async function appendNow(key: string, target: RecoveryTarget, text: string): Promise<void> {
    const log = await openLog(key);
    const sha = sha256Text(text);
    if (!log.needsRewrite && log.last?.sha === sha) return;
    const base = { seq: log.seq + 1, at: deps.clock().toISOString(), target, sha, length: text.length };
    try {
      if (shouldCompact(log, Buffer.byteLength(text))) {
        await fs.mkdir(folder, { recursive: true });
        await rewrite(key, log, { ...base, full: text });
      } else {
        await appendBytes(key, log, encodeRecord({ ...base, delta: diffTexts(log.last!.text, text) }));
      }
    } catch (error) {
      log.needsRewrite = true;
      await closeHandle(log);
      throw error;
    }
    log.needsRewrite = false;
    log.seq = base.seq;
    log.last = { target, text, sha, at: base.at };
  }

  // Appends to one log run one after another; different logs do not wait for each other.
  const queue = createKeyedQueue();
  const queued = <T>(key: string, job: () => Promise<T>) => queue.run(key, job);

  async function forget(key: string): Promise<void> {
    const log = logs.get(key);
    logs.delete(key);
    if (log) await closeHandle(log);
  }

  async function removeFile(name: string): Promise<void> {
    try {
      await fs.unlink(pathOf(name));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }

  async function listNames(pattern: RegExp): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names.filter((name) => name.endsWith(LOG_SUFFIX)).map((name) => name.slice(0, -LOG_SUFFIX.length)).filter((name) => pattern.test(name));
  }

  return {
    async append(key, target, text) {
      checkKey(key, RECOVERY_KEY_PATTERN);
      return queued(key, () => appendNow(key, target, text));
    },
    latest: (key) => queued(key, async () => (await openLog(key)).last),
    discard: (key) => queued(key, async () => {
      await forget(key);
      await removeFile(key);
    }),
    activeKeys: () => listNames(RECOVERY_KEY_PATTERN),
    setAside: (key) => queued(key, async () => {
      await forget(key);
      const offerId = newOfferId();
      await fs.rename(pathOf(key), pathOf(offerId));
      return offerId;
    }),
    offerIds: () => listNames(OFFER_PATTERN),
    async readOffer(offerId) {
      checkKey(offerId, OFFER_PATTERN);
      const read = await readLog(offerId);
      return read.last;
    },
    adoptOffer: (offerId, key) => queued(key, async () => {
      checkKey(offerId, OFFER_PATTERN);
      await forget(key);
      await fs.rename(pathOf(offerId), pathOf(key));
    }),
    async discardOffer(offerId) {
      checkKey(offerId, OFFER_PATTERN);
      await removeFile(offerId);
    },
    async close() {
      await Promise.all([...logs.keys()].map((key) => queued(key, () => forget(key))));
    },
  };
}
