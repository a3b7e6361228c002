import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateMeeting, meetingFileText, plainNotes } from '../generateMeeting';
import { measureAppExtras, type ExtrasSample } from './measureAppExtras';
import { measureExport } from './measureExport';
import { measureSize, type BenchDocument, type SizeSample } from './measureSize';
import { profile } from './profile';
import { summarizeSize, type BenchResult } from './report';
import { renderTable } from './table';
import { RENDERER_DIST } from '../../test/e2e/harness/serveRenderer';
import { launchBrowser } from './targets';

const FULL_SIZES = [1_000, 5_000, 20_000, 50_000];
const QUICK_SIZES = [20_000];
// Per size and round, in the app only (issue 8: ~30 attribution clicks, ~24 agenda jumps, ~200 keys after the paste).
const EXTRAS = { attributionClicks: 30, agendaClicks: 24, autosaveBlock: 150, keysAfterPaste: 200 };
const EXPORT_RUNS = { inProcessRuns: 7, processRuns: 11 };

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'string' },
      sizes: { type: 'string' },
      rounds: { type: 'string' },
      keys: { type: 'string', default: '2000' },
      // Fewer than --keys: the on/off comparison pauses after every block to let saves finish, which costs time.
      'autosave-keys': { type: 'string', default: '1200' },
      profile: { type: 'boolean', default: false },
      // Read by bench/run.mjs (build step); accepted here so the argument list passes through whole.
      'skip-app-build': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? QUICK_SIZES : FULL_SIZES;
  const rounds = Number(values.rounds ?? (values.quick ? 1 : 3));
  const autosaveKeys = Number(values['autosave-keys']);
  if (sizes.some((s) => !Number.isInteger(s) || s < 100) || !(rounds >= 1)) throw new Error('--sizes takes word counts ≥ 100, --rounds a count ≥ 1');
  if (!(autosaveKeys >= EXTRAS.autosaveBlock)) throw new Error(`--autosave-keys takes a count ≥ ${EXTRAS.autosaveBlock}`);
  return { quick: values.quick, json: values.json, sizes: values.profile && !values.sizes ? QUICK_SIZES : sizes, rounds, keys: Number(values.keys), autosaveKeys, profile: values.profile };
}

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${type()} ${release()}, Node ${process.version}`;
}

export async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  const workDir = await mkdtemp(join(tmpdir(), 'rapporteur-bench-'));
  const browser = await launchBrowser();
  try {
    const texts = new Map<number, string>();
    const docs: BenchDocument[] = [];
    for (const words of opts.sizes) {
      const meeting = generateMeeting(words);
      texts.set(words, meetingFileText(meeting));
      docs.push({ words, paths: [], plain: plainNotes(meeting) });
    }
    // Fresh copies for each measurement: the app autosaves what was typed into the file it has open,
    // so a copy used once no longer ends with the document's last paragraph nor holds the same words.
    let batch = 0;
    const freshCopies = async (doc: BenchDocument): Promise<BenchDocument> => {
      batch += 1;
      // Three opens per round: the first in a fresh window, then two more of the same bytes.
      const paths = [1, 2, 3].map((copy) => join(workDir, `wg-strategy-60-${doc.words}-${batch}-${copy}.minutes`));
      for (const path of paths) await writeFile(path, texts.get(doc.words)!);
      return { ...doc, paths };
    };
    if (opts.profile) {
      for (const doc of docs) await profile(browser, await freshCopies(doc));
      return;
    }
    const samples = new Map<number, SizeSample[]>(opts.sizes.map((w) => [w, []]));
    const extras = new Map<number, ExtrasSample[]>(opts.sizes.map((w) => [w, []]));
    const rendererBuiltAt = (await stat(join(RENDERER_DIST, 'index.html'))).mtime.toISOString();
    for (let round = 0; round < opts.rounds; round += 1) {
      for (const doc of docs) {
        process.stderr.write(`round ${round + 1}/${opts.rounds}, ${doc.words.toLocaleString('en')} words… `);
        const started = Date.now();
        const sample = await measureSize(browser, await freshCopies(doc), { round, keys: opts.keys, block: 10 });
        samples.get(doc.words)!.push(sample);
        const p95 = (name: 'app' | 'bareLexical' | 'textarea') => summarizeSize([sample]).typing[name].p95;
        process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s (p95 app ${p95('app')} / bare ${p95('bareLexical')} / textarea ${p95('textarea')} ms); clicks, autosave, paste… `);
        const extrasStarted = Date.now();
        const extra = await measureAppExtras(browser, await freshCopies(doc), { round, autosaveKeys: opts.autosaveKeys, ...EXTRAS });
        extras.get(doc.words)!.push(extra);
        const figures = summarizeSize([sample], [extra]);
        process.stderr.write(`${((Date.now() - extrasStarted) / 1000).toFixed(0)} s (attribution p95 ${figures.attribution?.p95} ms, agenda jump p95 ${figures.agendaJump?.p95} ms, paste ${figures.paste1mbMs} ms, autosave ratio ${figures.autosaveTypingRatio ?? figures.autosaveMissing})\n`);
      }
    }
    process.stderr.write('export: in process, CLI and pandoc… ');
    const exportStarted = Date.now();
    const exported = await measureExport(workDir, EXPORT_RUNS);
    process.stderr.write(`${((Date.now() - exportStarted) / 1000).toFixed(0)} s\n`);
    for (const reason of exported.missing) process.stderr.write(`export: ${reason}\n`);
    const result: BenchResult = {
      date: new Date().toISOString(),
      machine: machine(),
      chromium: browser.version(),
      // The tree moves while others work: say when the renderer measured was built (bench/run.mjs builds it).
      rendererBuiltAt,
      mode: opts.quick ? 'quick' : opts.sizes.join(',') === FULL_SIZES.join(',') ? 'full' : 'custom',
      rounds: opts.rounds,
      keysPerPosition: opts.keys,
      sizes: opts.sizes.map((w) => summarizeSize(samples.get(w)!, extras.get(w)!)),
      export: exported,
    };
    console.log(renderTable(result));
    if (opts.json) {
      const out = resolve(opts.json);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`\nJSON written to ${out}`);
    }
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
