import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/cli';

const FIXTURE = resolve(__dirname, '../../fixtures/wg-strategy-60.minutes');
let folder: string;
let stderr: string[];
let stdout: string[];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-cli-'));
  stderr = [];
  stdout = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr.push(String(chunk)); return true; });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout.push(String(chunk)); return true; });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

describe('rapporteur command line', () => {
  it('exports and says what it wrote', async () => {
    expect(await runCli(['export', FIXTURE, '--out', join(folder, 'r.docx')])).toBe(0);
    expect(stdout.join('')).toMatch(/Wrote .*r\.docx \(docx, \d+ bytes\)/);
  });

  it.each([
    [[], /No command given/],
    [['convert', FIXTURE], /Unknown command "convert"/],
    [['export'], /No meeting file given/],
    [['export', FIXTURE], /No output file given/],
    [['export', FIXTURE, 'other.minutes', '--out', 'x.docx'], /Unexpected argument/],
    [['export', FIXTURE, '--out', 'x.docx', '--colour'], /Unknown option/],
    [['export', FIXTURE, '--out', 'x.docx', '--format', 'odt'], /Unknown format "odt"/],
  ])('%j fails with one line on stderr, no stack trace, exit 1, no file', async (args, message) => {
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      expect(await runCli(args as string[])).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    const text = stderr.join('');
    expect(text).toMatch(message);
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).not.toMatch(/\bat .*:\d+:\d+/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('prints its usage with --help', async () => {
    expect(await runCli(['--help'])).toBe(0);
    expect(stdout.join('')).toContain('rapporteur export <meeting.minutes> --out <file>');
  });
});
