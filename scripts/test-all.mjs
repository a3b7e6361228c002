#!/usr/bin/env node
// `npm test`: runs every suite and gate, even after one fails, then prints one
// line `N passed, N failed, N skipped` summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const reportDir = resolve('.tmp/test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: result.status ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(label, counts, seconds) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${label.padEnd(28)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped  (${seconds} s)`);
}

/** A gate is one check: it passes or fails as a whole. */
function gate(label, command, args) {
  const { status, seconds } = run(label, command, args);
  record(label, { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 }, seconds);
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestSuite(label) {
  const output = join(reportDir, 'vitest.json');
  const { status, seconds } = run(label, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson(output);
  const counts = report
    ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
    : { passed: 0, failed: 0, skipped: 0 };
  // A crash that left no report (or failed files with no failed test) still counts as a failure.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  record(label, counts, seconds);
}

function playwrightSuite(label, config) {
  const output = join(reportDir, `${label.replace(/\W+/g, '-')}.json`);
  const { status, seconds } = run(label, process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--config', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const stats = readJson(output)?.stats;
  const counts = stats
    ? { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
    : { passed: 0, failed: 0, skipped: 0 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  record(label, counts, seconds);
}

const built = gate('build', process.execPath, ['scripts/build.mjs']);
for (const project of ['src/shared', 'src/main', 'src/preload', 'src/renderer', 'src/cli', 'test']) {
  gate(`typecheck ${project}`, process.execPath, ['node_modules/typescript/bin/tsc', '-p', project]);
}
vitestSuite('unit (vitest)');
gate('security scan (Electronegativity)', process.execPath, ['scripts/security/electronegativity-gate.mjs']);
if (built && existsSync('dist/renderer/index.html')) {
  playwrightSuite('e2e (Chromium)', 'test/e2e/playwright.config.ts');
} else {
  console.log('\ne2e (Chromium) not run: the build failed, so there is no renderer to test.');
  record('e2e (Chromium)', { passed: 0, failed: 1, skipped: 0 }, '0.0');
}
playwrightSuite('electron app', 'test/electron/playwright.config.ts');

console.log('\n━━ summary ━━');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
