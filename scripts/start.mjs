#!/usr/bin/env node
// Starts the desktop app: sets up first when the dependencies are missing,
// rebuilds, then launches Electron, or says plainly why it cannot here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinaryStatus } from './electronBinary.mjs';

if (!existsSync('node_modules/.package-lock.json')) {
  const setup = spawnSync(process.execPath, ['scripts/setup.mjs'], { stdio: 'inherit' });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
} else {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronBinaryStatus();
if (!electron.available) {
  console.log(`Rapporteur cannot start on this machine: ${electron.reason} (it needs access to Electron's release server; run \`npm run setup\` where there is internet). The CLI works: npx rapporteur export <meeting.minutes> --out report.docx`);
  process.exit(0);
}
// Chromium refuses to run as root with its OS sandbox; the renderer's JS sandbox (sandbox: true) still applies.
const extraArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const child = spawn(electron.executable, ['.', ...extraArgs, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
