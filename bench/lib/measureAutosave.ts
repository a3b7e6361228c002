import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_RETRY_MS } from '../../src/shared/autosave/timing';
import { typingText } from '../generateMeeting';
import { caretAtParagraph } from './appCaret';
import { typeText } from './keystrokes';
import type { BenchDocument } from './measureSize';
import { assertAppHealthy, type AppTarget } from './targets';

/** Typing latencies with autosave on and off in the same window, and what each save cost. */
export interface AutosaveSample {
  /** Each key's latency, ms, in the blocks it was typed in. */
  blocks: { on: number[][]; off: number[][] };
  /** Autosave requests during the "on" blocks (and the pauses after them). */
  saves: number;
  /** The main process's handler time per autosave request: the save itself, ms. */
  saveMainMs: number[];
  /** The renderer's share per save (the notes to JSON text), from the app's own performance measure, ms. */
  captureMs: number[];
}

export interface AutosaveOptions { round: number; keys: number; block: number }

const REQUEST = 'autosaveMeeting';
const CAPTURE_MEASURE = 'rapporteur:autosave-capture';
// A change is saved at most AUTOSAVE_MAX_WAIT_MS after it, and a save that did not finish is asked about again
// after AUTOSAVE_RETRY_MS: a window this long with no request started, and none running, means none is due.
const QUIET_MS = Math.max(AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_RETRY_MS) + 200;

/** Why the comparison cannot run, or null when the bench's renderer build carries the switch (see bench/run.mjs). */
export function autosaveSwitchMissing(): string | null {
  return process.env['RAPPORTEUR_BENCH_AUTOSAVE_SWITCH'] === '1'
    ? null
    : 'the renderer measured has no autosave switch (built with --skip-app-build, or autosaveController.ts no longer calls scheduler.noteChange())';
}

const saveCount = (app: AppTarget) => app.started.get(REQUEST) ?? 0;

async function waitUntilQuiet(app: AppTarget): Promise<void> {
  for (;;) {
    const before = saveCount(app);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    if (saveCount(app) === before && (app.inFlight.get(REQUEST) ?? 0) === 0) return;
  }
}

/**
 * The same keys at the end of the middle paragraph, in blocks that switch
 * autosave on and off in turn (the first block's mode alternates by round), so
 * machine noise hits both. Each block is followed by a pause until no save is
 * due or running, so a save due from an "on" block never lands on "off" keys;
 * the save left pending at the end of an "on" block runs in that pause, which
 * slightly flatters "on" (less so the longer the blocks).
 */
export async function measureAutosave(app: AppTarget, doc: BenchDocument, options: AutosaveOptions): Promise<AutosaveSample> {
  const { page, cdp } = app;
  const middle = doc.plain.paragraphs[doc.plain.bodyIndexes[Math.floor(doc.plain.bodyIndexes.length / 2)]!]!;
  const paragraph = await caretAtParagraph(page, middle);
  const warmUp = ' Warm-up keys.';
  await typeText(cdp, warmUp);
  const text = ` ${typingText(2_000 + options.round, options.keys * 2 - 1)}`;
  const sample: AutosaveSample = { blocks: { on: [], off: [] }, saves: 0, saveMainMs: [], captureMs: [] };
  await waitUntilQuiet(app);
  const capturesBefore = await page.evaluate((name) => performance.getEntriesByName(name).length, CAPTURE_MEASURE);
  for (let start = 0, block = 0; start < text.length; start += options.block, block += 1) {
    const mode = (block + options.round) % 2 === 0 ? 'on' : 'off';
    await page.evaluate((off) => { (window as unknown as { __benchAutosaveOff: boolean }).__benchAutosaveOff = off; }, mode === 'off');
    const savesBefore = saveCount(app);
    sample.blocks[mode].push(await typeText(cdp, text.slice(start, start + options.block)));
    await waitUntilQuiet(app);
    // Quiet means every request started has been answered, so the handler times line up with the starts.
    const saves = app.handlerMs.get(REQUEST)?.slice(savesBefore) ?? [];
    if (mode === 'off' && saves.length > 0) throw new Error(`autosave: ${saves.length} saves while it was switched off; the switch does not work`);
    sample.saves += saves.length;
    sample.saveMainMs.push(...saves);
  }
  await page.evaluate(() => { (window as unknown as { __benchAutosaveOff: boolean }).__benchAutosaveOff = false; });
  if (sample.saves === 0) throw new Error('autosave: no save happened while it was on; the comparison would measure nothing');
  sample.captureMs = await page.evaluate(([name, skip]) => performance.getEntriesByName(name).slice(skip).map((entry) => entry.duration), [CAPTURE_MEASURE, capturesBefore] as const);
  const landed = await page.evaluate(([index, length]) => (document.querySelectorAll('[aria-label="Meeting notes"] > p')[index]?.textContent ?? '').slice(-length), [paragraph, warmUp.length + text.length] as const);
  if (landed !== warmUp + text) throw new Error(`autosave: the keys did not land at the end of the middle paragraph (found ${JSON.stringify(landed.slice(0, 60))}…)`);
  await assertAppHealthy(app, 'after the autosave comparison');
  return sample;
}
