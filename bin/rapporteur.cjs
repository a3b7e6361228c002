#!/usr/bin/env node
'use strict';
// The command line: plain Node, built by `npm run setup` (or `npm run build`) into dist/cli.
const path = require('node:path');
const fs = require('node:fs');
const launcher = path.join(__dirname, '..', 'dist', 'cli', 'launcher.cjs');
if (!fs.existsSync(launcher)) {
  console.error('rapporteur: the CLI is not built yet; run `npm run setup` (or `npm run build`) first.');
  process.exit(1);
}
require(launcher);
