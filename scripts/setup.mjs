#!/usr/bin/env node
// One-step set-up: installs the locked dependencies, fetches the Electron binary
// where the machine can reach its download server, and builds the app and CLI.
// Where Electron cannot be downloaded (an offline machine, CI) it says so in one
// line and still succeeds, because the CLI and every test except the real-app
// suite run without it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';
import { electronBinaryStatus } from './electronBinary.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`Set-up failed: \`${command} ${args.join(' ')}\` exited with ${result.status ?? result.signal}.`);
    process.exit(result.status || 1);
  }
}

// The binary is fetched in a step of its own (below) so a failed download cannot fail the install.
run(npm, [existsSync('package-lock.json') ? 'ci' : 'install', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });

if (!electronBinaryStatus().available) {
  const download = spawnSync(process.execPath, ['node_modules/electron/install.js'], {
    encoding: 'utf8', timeout: 10 * 60 * 1000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  const status = electronBinaryStatus();
  if (!status.available) {
    const output = `${download.stderr ?? ''}${download.stdout ?? ''}`;
    const reason = download.error?.message.includes('ETIMEDOUT') ? 'the download timed out'
      : output.match(/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|getaddrinfo|HTTPError[^\n]*/)?.[0] ?? 'the download did not complete';
    console.log(`Rapporteur: the desktop app cannot start on this machine: the Electron binary could not be downloaded from Electron's release server (${reason}); the CLI and the tests work without it.`);
  }
}

run(process.execPath, ['scripts/build.mjs']);

// `npx rapporteur …` inside this checkout finds the CLI through node_modules/.bin.
mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/rapporteur', { force: true });
symlinkSync('../../bin/rapporteur.cjs', 'node_modules/.bin/rapporteur');
console.log('Set-up complete. Start the app with `npm start`; run every test with `npm test`.');
