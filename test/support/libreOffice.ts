import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why LibreOffice cannot be used here, or undefined when it can. */
export function libreOfficeMissingReason(): string | undefined {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (soffice.error || soffice.status !== 0) return 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui';
  const pdfinfo = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' });
  if (pdfinfo.error) return 'poppler-utils (pdfinfo) is not installed: apt-get install poppler-utils';
  return undefined;
}

/** Converts a document with LibreOffice in its own profile (so parallel runs never share one) and returns the output path. */
export function convertWithLibreOffice(input: string, format: 'pdf' | 'docx', outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'rapporteur-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, input], { stdio: 'pipe', timeout: 180_000 });
  return join(outDir, input.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, `.${format}`));
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
