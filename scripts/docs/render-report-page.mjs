#!/usr/bin/env node
// Regenerates docs/report-page-1.png: the reference meeting exported by the CLI, opened in LibreOffice, page 1.
// Run after `npm run build`: node scripts/docs/render-report-page.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-docs-'));
const docx = join(work, 'wg-strategy-60.docx');
execFileSync(process.execPath, ['bin/rapporteur.cjs', 'export', 'test/fixtures/wg-strategy-60.minutes', '--out', docx], { stdio: 'inherit' });
execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'pipe' });
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, 'wg-strategy-60.pdf'), join(work, 'page')]);
mkdirSync('docs', { recursive: true });
renameSync(join(work, 'page.png'), resolve('docs/report-page-1.png'));
console.log('Wrote docs/report-page-1.png');
