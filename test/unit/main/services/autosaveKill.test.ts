import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { decodeRecords } from '../../../../src/main/services/recoveryRecords';
import { AUTOSAVE_MAX_WAIT_MS } from '../../../../src/shared/autosave/timing';
import { AppProcess } from './helpers/appProcess';
import { meetingSaying, textOf } from './helpers/safetyRig';
import { makeTempFolder } from './helpers/tempFolder';
import { typedText } from './killHarness/typedText';

// The kill harness: a child process runs the app's own autosave scheduler and
// main-process writer, types at 20 ms a key, and is killed with SIGKILL at a
// random moment; then the app's own start-up recovery runs and must give back
// everything typed up to 1 s (plus the timer lag measured in the child) before
// the kill. Each lane keeps one data folder across its kills, so every start
// also recovers after the previous kill.

const LANES = 6;
const KILLS_PER_LANE = 9;
const LOSS_BOUND_MS = 1000;

interface RunLog {
  recoveredAtStart: number;
  keys: Array<{ length: number; at: number }>;
  maxLagMs: number;
  maxSaveMs: number;
  errors: string[];
}

interface KillResult {
  killedAt: number;
  required: number;
  recovered: number;
  lossMs: number;
  lagMs: number;
  saveMs: number;
  tornTails: number;
  beforeReady: boolean;
}

let root: string;
let bundle: string;

beforeAll(async () => {
  root = await makeTempFolder('rapporteur-kill-');
  bundle = join(root, 'typist.cjs');
  await build({
    entryPoints: [resolve(__dirname, 'killHarness/typist.ts')], outfile: bundle,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent',
  });
});
afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));

function parseLine(line: string, log: RunLog): void {
  const [kind, a, b] = line.split(' ');
  if (kind === 'r') log.recoveredAtStart = Number(a);
  else if (kind === 'k') log.keys.push({ length: Number(a), at: Number(b) });
  else if (kind === 'l') log.maxLagMs = Math.max(log.maxLagMs, Number(a));
  else if (kind === 's') log.maxSaveMs = Math.max(log.maxSaveMs, Number(a));
  else if (kind === 'e') log.errors.push(line);
}

/** Starts the typist and SIGKILLs it `afterReadyMs` after it recovered (or `beforeReadyMs` after spawn). */
function runAndKill(dataDir: string, documentsDir: string, kill: { afterReadyMs?: number; beforeReadyMs?: number }): Promise<{ log: RunLog; killedAt: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, dataDir, documentsDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const log: RunLog = { recoveredAtStart: -1, keys: [], maxLagMs: 0, maxSaveMs: 0, errors: [] };
    let killedAt = 0;
    let buffered = '';
    const killNow = () => {
      if (killedAt) return;
      killedAt = Date.now();
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const wasReady = log.recoveredAtStart >= 0;
        parseLine(line, log);
        if (!wasReady && log.recoveredAtStart >= 0 && kill.afterReadyMs !== undefined) setTimeout(killNow, kill.afterReadyMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => log.errors.push(chunk.toString('utf8')));
    if (kill.beforeReadyMs !== undefined) setTimeout(killNow, kill.beforeReadyMs);
    const watchdog = setTimeout(killNow, 15_000);
    child.on('error', fail);
    child.on('exit', () => {
      clearTimeout(watchdog);
      if (buffered) parseLine(buffered, log);
      done({ log, killedAt });
    });
  });
}

/** Every file the app wrote parses: the meeting file, the session, every recovery record (a torn tail allowed). */
async function checkEveryFileParses(dataDir: string, documentsDir: string): Promise<number> {
  const meetingFile = await readFile(join(documentsDir, 'live.minutes'), 'utf8');
  expect(parseMeetingFile(meetingFile).ok).toBe(true);
  const session = await readFile(join(dataDir, 'session.json'), 'utf8').catch(() => undefined);
  if (session !== undefined) expect(() => JSON.parse(session)).not.toThrow();
  let torn = 0;
  const recoveryDir = join(dataDir, 'recovery');
  for (const name of (await readdir(recoveryDir).catch(() => [] as string[])).filter((n) => n.endsWith('.log'))) {
    const bytes = await readFile(join(recoveryDir, name));
    const { records, goodBytes } = decodeRecords(bytes);
    if (goodBytes < bytes.length) torn += 1;
    for (const record of records.filter((r) => r.full !== undefined)) expect(parseMeetingFile(record.full!).ok).toBe(true);
  }
  for (const folder of ['versions', 'drafts']) {
    for (const name of await readdir(join(dataDir, folder), { recursive: true }).catch(() => [] as string[])) {
      const path = join(dataDir, folder, name);
      if (name.endsWith('.minutes') && (await stat(path)).isFile()) expect(parseMeetingFile(await readFile(path, 'utf8')).ok).toBe(true);
    }
  }
  return torn;
}

/** What the app's own start-up recovery gives back now (without typing anything). */
async function recoveredLength(dataDir: string): Promise<number> {
  const app = new AppProcess(dataDir);
  const { reopened, offers } = await app.request('restoreSession', {});
  const offer = offers.find((o) => o.kind === 'file');
  if (offer) {
    const restored = await app.request('restoreRecoveryOffer', { offerId: offer.offerId });
    if (restored.status === 'restored') return checkedText(textOf(restored.reopened.meeting));
  }
  return reopened ? checkedText(textOf(reopened.meeting)) : 0;
}

function checkedText(text: string): number {
  expect(text).toBe(typedText(text.length));
  return text.length;
}

async function lane(index: number, results: KillResult[]): Promise<void> {
  const dataDir = join(root, `lane-${index}`, 'userData');
  const documentsDir = join(root, `lane-${index}`, 'documents');
  await mkdir(documentsDir, { recursive: true });
  await writeFile(join(documentsDir, 'live.minutes'), serializeMeetingFile(meetingSaying('')));
  let known = 0;
  for (let kill = 0; kill < KILLS_PER_LANE; kill += 1) {
    const beforeReady = Math.random() < 0.15;
    const { log, killedAt } = await runAndKill(dataDir, documentsDir, beforeReady
      ? { beforeReadyMs: Math.random() * 250 }
      : { afterReadyMs: 100 + Math.random() * 2400 });
    expect(log.errors).toEqual([]);
    if (log.recoveredAtStart >= 0) expect(log.recoveredAtStart).toBeGreaterThanOrEqual(known);
    const deadline = killedAt - LOSS_BOUND_MS - log.maxLagMs;
    const required = Math.max(known, ...log.keys.filter((key) => key.at <= deadline).map((key) => key.length));
    const tornTails = log.recoveredAtStart >= 0 || log.keys.length > 0 ? await checkEveryFileParses(dataDir, documentsDir) : 0;
    const recovered = await recoveredLength(dataDir);
    const firstLost = log.keys.find((key) => key.length > recovered);
    results.push({
      killedAt, required, recovered, tornTails, beforeReady, lagMs: log.maxLagMs, saveMs: log.maxSaveMs,
      lossMs: firstLost ? killedAt - firstLost.at : 0,
    });
    expect(recovered, `lane ${index}, kill ${kill}: recovered ${recovered} of ${required} required (timer lag ${log.maxLagMs} ms, slowest save ${log.maxSaveMs} ms)`).toBeGreaterThanOrEqual(required);
    known = recovered;
  }
}

describe('the kill harness', () => {
  it(`recovers everything typed up to ${LOSS_BOUND_MS} ms (plus timer lag) before each of ${LANES * KILLS_PER_LANE} SIGKILLs`, async () => {
    const results: KillResult[] = [];
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, results)));
    const worst = results.reduce((a, b) => (b.lossMs > a.lossMs ? b : a));
    const maxLag = Math.max(...results.map((r) => r.lagMs));
    console.log([
      `kill harness: ${results.length} SIGKILLs (${results.filter((r) => r.beforeReady).length} during start-up recovery), typing at 20 ms a key, autosave max wait ${AUTOSAVE_MAX_WAIT_MS} ms`,
      `  worst loss: ${worst.lossMs} ms of typing before the kill (${worst.required <= worst.recovered ? 'within' : 'OUTSIDE'} the bound of ${LOSS_BOUND_MS} ms + ${worst.lagMs} ms timer lag)`,
      `  mean loss: ${Math.round(results.reduce((sum, r) => sum + r.lossMs, 0) / results.length)} ms; largest timer lag seen: ${maxLag} ms; slowest autosave answer: ${Math.max(...results.map((r) => r.saveMs))} ms`,
      `  torn recovery tails found and tolerated: ${results.reduce((sum, r) => sum + r.tornTails, 0)}; final text: ${Math.max(...results.map((r) => r.recovered))} characters`,
    ].join('\n'));
    expect(results.length).toBeGreaterThanOrEqual(50);
  }, 300_000);
});
