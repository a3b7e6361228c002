import type { CDPSession, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, type AppHarness } from '../harness/appFixture';
import { RENDERER_DIST } from '../harness/serveRenderer';

/** The words the spelling highlight marks now, in page order. */
export function markedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('rapporteur-spelling');
    const ranges = (highlight ? [...highlight] : []) as Range[];
    return ranges.filter((range) => !range.collapsed)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString());
  });
}

export async function addParticipants(page: Page, lines: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Paste list' }).click();
  await page.getByLabel(/One person a line/).fill(lines.join('\n'));
  await page.getByRole('button', { name: `Add ${lines.length} participants` }).click();
}

/** The centre of a word in the notes, for a right-click on it. */
async function pointOf(app: AppHarness, word: string): Promise<{ x: number; y: number }> {
  return app.notes().evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the notes`);
  }, word);
}

export async function rightClick(app: AppHarness, word: string): Promise<void> {
  const { x, y } = await pointOf(app, word);
  await app.page.mouse.click(x, y, { button: 'right' });
  await expect(app.page.getByRole('menu')).toBeVisible();
}

/** The User Timing measures the spelling code leaves: dictionary loads and check passes. */
export interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: { busyMs?: number; affMs?: number; longestSliceMs?: number; blocks?: number; locateMs?: number } | null;
}

export function measures(page: Page, prefix: string): Promise<Measure[]> {
  return page.evaluate((name) => performance.getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith(name))
    .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration, detail: (entry as PerformanceMeasure).detail as Measure['detail'] })), prefix);
}

export const total = (list: readonly Measure[]) => list.reduce((sum, entry) => sum + entry.duration, 0);

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface Profile { nodes: Array<{ id: number; callFrame: CallFrame }>; samples: number[]; timeDeltas: number[] }
interface Consumer { originalPositionFor(position: { line: number; column: number }): { source: string | null; line: number | null; name: string | null } }

/**
 * JavaScript self time while `run` runs, split into the spelling code (its
 * sources and nspell), all the app's JavaScript, and the rest, read back
 * through the build's source maps. Self time, unlike a key's latency, is not
 * blurred by other work sharing the machine.
 */
export async function spellingShareOfJs(cdp: CDPSession, run: () => Promise<void>): Promise<{ spellingMs: number; javascriptMs: number; top: string[] }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
  const { SourceMapConsumer } = await import('source-map-js') as unknown as { SourceMapConsumer: new (map: unknown) => Consumer };
  const consumers = new Map<string, Consumer>();
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000));
  let spellingMs = 0;
  let javascriptMs = 0;
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { url, lineNumber, columnNumber } = node.callFrame;
    if (ms === 0 || !url.endsWith('.js')) continue;
    const file = basename(new URL(url).pathname);
    if (!consumers.has(file)) consumers.set(file, new SourceMapConsumer(JSON.parse(await readFile(join(RENDERER_DIST, 'assets', `${file}.map`), 'utf8'))));
    const original = consumers.get(file)!.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    const source = original.source ?? '';
    javascriptMs += ms;
    if (!source.includes('editor/spelling/') && !source.includes('node_modules/nspell/')) continue;
    spellingMs += ms;
    const where = `${basename(source)}:${original.line} ${original.name ?? node.callFrame.functionName}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
  }
  const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([where, ms]) => `${where} ${ms.toFixed(1)}`);
  return { spellingMs, javascriptMs, top };
}
