#!/usr/bin/env node
// The security scanner gate of `npm test`: runs Doyensec's Electronegativity over src/ (offline) and fails
// on any finding of medium severity or higher that the reviewed allowlist does not name with a reason.
// Electronegativity always exits 0, so this reads its CSV. It also scans a deliberately insecure fixture
// and fails if that yields nothing, so a scanner that silently stopped working cannot pass the gate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

const GATED = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;

function scan(input) {
  const out = join(mkdtempSync(join(tmpdir(), 'rapporteur-electronegativity-')), 'findings.csv');
  const run = spawnSync(process.execPath, ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', input, '-r', '-o', out, '-e', electronVersion, '-v', 'false'],
    { encoding: 'utf8', timeout: 300_000 });
  let csv;
  try {
    csv = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`Electronegativity produced no results for ${input} (exit ${run.status}): ${(run.stderr || run.stdout).trim().slice(0, 500)}`);
  }
  const { data } = Papa.parse(csv, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  return data.map((row) => ({ id: row.issue?.trim(), severity: row.severity?.trim().toUpperCase(), file: row.filename?.trim(), location: row.location?.trim(), description: row.description?.trim() }));
}

const allowlist = JSON.parse(readFileSync('test/security/electronegativity-allowlist.json', 'utf8'));
const problems = [];
for (const entry of allowlist) {
  if (!entry.id || !entry.file || !entry.reason || entry.reason.length < 20) problems.push(`allowlist entry without id, file and a real reason: ${JSON.stringify(entry)}`);
}

const selfCheck = scan('test/security/fixtures/insecure-app').filter((f) => GATED.has(f.severity));
if (selfCheck.length === 0) problems.push('the scanner found nothing in the deliberately insecure fixture: it is not working, so its silence on src/ proves nothing');

const findings = scan('src');
const gated = findings.filter((f) => GATED.has(f.severity));
const allowed = (f) => allowlist.some((entry) => entry.id === f.id && entry.file === f.file);
for (const finding of gated.filter((f) => !allowed(f))) {
  problems.push(`${finding.severity} ${finding.id} at ${finding.file}:${finding.location}: ${finding.description}`);
}
for (const entry of allowlist.filter((e) => !gated.some((f) => f.id === e.id && f.file === e.file))) {
  problems.push(`stale allowlist entry (no such finding any more, remove it): ${entry.id} in ${entry.file}`);
}

console.log(`Electronegativity ${electronVersion ? `(assuming Electron ${electronVersion})` : ''}: ${findings.length} findings in src/, ${gated.length} of medium severity or higher, ${gated.filter(allowed).length} allowed with a reviewed reason; the insecure fixture yields ${selfCheck.length}.`);
for (const finding of findings.filter((f) => !GATED.has(f.severity))) console.log(`  (low) ${finding.id} at ${finding.file}:${finding.location}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log('✓ no unreviewed finding');
