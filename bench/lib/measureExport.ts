import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packReport } from '../../src/main/services/reportPacking';
import { generateMeeting, meetingFileText } from '../generateMeeting';
import { median, round } from './metrics';

const run = promisify(execFile);

export const EXPORT_WORDS = 20_000;

export interface ExportOptions { inProcessRuns: number; processRuns: number }

export interface ExportFigures {
  inProcessMs: number;
  cliS: number | null;
  pandocS: number | null;
  /** Not in the shape: the samples, the CLI ÷ pandoc ratio, and why a figure is missing. */
  cliVsPandoc: number | null;
  inProcessSamplesMs: number[];
  cliSamplesS: number[];
  pandocSamplesS: number[];
  pandocVersion: string | null;
  docxBytes: number;
  missing: string[];
}

async function isDocx(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  return bytes.length > 1_000 && bytes.subarray(0, 2).toString('latin1') === 'PK';
}

async function wallSeconds(file: string, args: string[], output: string): Promise<number> {
  await rm(output, { force: true });
  const started = performance.now();
  await run(file, args, { maxBuffer: 16 * 2 ** 20 });
  const seconds = (performance.now() - started) / 1000;
  if (!(await isDocx(output))) throw new Error(`export: ${file} ${args.join(' ')} wrote no .docx`);
  return seconds;
}

async function pandocVersion(): Promise<string | null> {
  try {
    return (await run('pandoc', ['--version'])).stdout.split('\n')[0]!.trim();
  } catch {
    return null;
  }
}

/**
 * The 20,000-word generated meeting's Word report three ways: built and packed
 * in this process (after a warm-up); the whole `rapporteur export` process; and
 * pandoc turning the app's own Markdown of the same report into .docx. The two
 * processes run in turn, first one then the other, so machine noise hits both.
 */
export async function measureExport(workDir: string, options: ExportOptions): Promise<ExportFigures> {
  const meeting = generateMeeting(EXPORT_WORDS);
  const missing: string[] = [];
  const pack = () => packReport(meeting, 'docx', { author: '' });
  const warm = await pack();
  const inProcessSamplesMs: number[] = [];
  for (let i = 0; i < options.inProcessRuns; i += 1) {
    const started = performance.now();
    await pack();
    inProcessSamplesMs.push(performance.now() - started);
  }

  const input = join(workDir, `export-${EXPORT_WORDS}.minutes`);
  const markdown = join(workDir, `export-${EXPORT_WORDS}.md`);
  await writeFile(input, meetingFileText(meeting));
  await writeFile(markdown, await packReport(meeting, 'md', { author: '' }));
  const cli = process.env['RAPPORTEUR_BENCH_CLI'];
  const hasCli = cli !== undefined && existsSync(cli);
  if (!hasCli) missing.push(`CLI: ${cli ?? 'no path'} is missing (run npm run build, or let bench/run.mjs build it)`);
  const version = await pandocVersion();
  if (!version) missing.push('pandoc: not installed (apt-get install pandoc), so there is nothing to compare the CLI with');

  const cliSamplesS: number[] = [];
  const pandocSamplesS: number[] = [];
  const cliOut = join(workDir, 'cli.docx');
  const pandocOut = join(workDir, 'pandoc.docx');
  for (let i = 0; i < options.processRuns; i += 1) {
    const turns = [
      async () => { if (hasCli) cliSamplesS.push(await wallSeconds(process.execPath, [cli!, 'export', input, '--out', cliOut], cliOut)); },
      async () => { if (version) pandocSamplesS.push(await wallSeconds('pandoc', ['--from', 'markdown', '--to', 'docx', '--output', pandocOut, markdown], pandocOut)); },
    ];
    for (const turn of i % 2 === 0 ? turns : turns.reverse()) await turn();
  }
  const cliS = cliSamplesS.length > 0 ? round(median(cliSamplesS), 3) : null;
  const pandocS = pandocSamplesS.length > 0 ? round(median(pandocSamplesS), 3) : null;
  return {
    inProcessMs: round(median(inProcessSamplesMs), 1),
    cliS, pandocS,
    cliVsPandoc: cliS !== null && pandocS !== null ? round(cliS / pandocS) : null,
    inProcessSamplesMs: inProcessSamplesMs.map((ms) => round(ms, 1)),
    cliSamplesS: cliSamplesS.map((s) => round(s, 3)),
    pandocSamplesS: pandocSamplesS.map((s) => round(s, 3)),
    pandocVersion: version,
    docxBytes: warm.byteLength,
    missing,
  };
}
