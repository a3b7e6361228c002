#!/usr/bin/env node
// Renders assets/icon.svg to assets/icon.png (1024 px) with Debian's Chromium; electron-builder derives
// the platform icons (.ico, .icns, Linux sizes) from that PNG. Run after changing the SVG.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
console.log('Wrote assets/icon.png');
