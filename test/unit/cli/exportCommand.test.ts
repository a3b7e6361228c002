import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError, runExport } from '../../../src/cli/exportCommand';
import { nodeFileSystem } from '../../../src/main/services/fileSystem';

const FIXTURE = resolve(__dirname, '../../fixtures/wg-strategy-60.minutes');
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-cli-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('runExport', () => {
  it('writes a Word report whose format comes from the --out extension', async () => {
    const out = join(folder, 'report.docx');
    const result = await runExport(nodeFileSystem, { input: FIXTURE, out });
    expect(result).toMatchObject({ path: out, format: 'docx' });
    const zip = await JSZip.loadAsync(await readFile(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Summary Report');
    expect(xml).toContain('Jim Prendergast observed that');
  });

  it.each([
    ['md', 'report.md', '# MAG Working Group on IGF Strengthening and Strategy'],
    ['txt', 'report.txt', 'Jim Prendergast observed that'],
    ['html', 'report.html', '<h1'],
    ['explicit format over the extension', 'report.out', 'Summary Report'],
  ])('writes %s', async (label, name, expected) => {
    const out = join(folder, name);
    await runExport(nodeFileSystem, { input: FIXTURE, out, format: label.startsWith('explicit') ? 'txt' : undefined });
    expect(await readFile(out, 'utf8')).toContain(expected);
  });

  it.each([
    ['an unknown format', { format: 'pdf' }, /Unknown format "pdf"/],
    ['an extension that names no format', { out: 'report.xyz' }, /Cannot tell the format/],
    ['a meeting file that is not one', { input: '/etc/hostname' }, /not valid JSON|not a Rapporteur meeting|binary/],
    ['a meeting file that does not exist', { input: 'nowhere.minutes' }, /nowhere\.minutes/],
    ['an output folder that does not exist', { out: 'missing/report.docx' }, /no report file was written/],
  ])('fails with one clear sentence and leaves no file for %s', async (_label, override, message) => {
    const args = { input: FIXTURE, out: join(folder, 'report.docx'), ...override };
    if ('out' in override) args.out = join(folder, override.out!);
    if ('input' in override && !override.input!.startsWith('/')) args.input = join(folder, override.input!);
    const error = await runExport(nodeFileSystem, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no partial file in a read-only folder', async () => {
    const locked = join(folder, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o555);
    const asRoot = process.getuid?.() === 0;
    const outcome = await runExport(nodeFileSystem, { input: FIXTURE, out: join(locked, 'report.docx') }).then(() => 'written', (e: Error) => e);
    // Root ignores folder permissions, so there the write succeeds; elsewhere it must fail cleanly.
    if (asRoot) expect(outcome).toBe('written');
    else {
      expect(outcome).toBeInstanceOf(CliError);
      expect(await readdir(locked)).toEqual([]);
    }
  });

  it('refuses to turn a hostile meeting file into a report', async () => {
    const hostile = join(folder, 'hostile.minutes');
    await writeFile(hostile, '{"app":"Rapporteur","formatVersion":1,"minReaderVersion":1,"meeting":{"__proto__":{"x":1}}}');
    await expect(runExport(nodeFileSystem, { input: hostile, out: join(folder, 'r.docx') })).rejects.toThrow(/not a valid meeting/);
    expect(await readdir(folder)).toEqual(['hostile.minutes']);
  });
});
