import type { Browser } from '@playwright/test';
import type { PlainNotes } from '../generateMeeting';
import { typingText } from '../generateMeeting';
import { placeCaret, settle, typedAt, typeText, type Caret } from './keystrokes';
import { addBusy, busySince, busyTime, heapMb, NO_BUSY, type BusyTime } from './metrics';
import { assertAppHealthy, loadFloor, openApp, openFloor, openInApp, waitBeforeFirstOpen, type Target, type TargetName } from './targets';

/** A generated meeting on disk, and the same notes as plain paragraphs for the floors. */
export interface BenchDocument {
  words: number;
  /** Identical copies: the app treats reopening the file it shows as a no-op, so each open takes the next. */
  paths: string[];
  plain: PlainNotes;
}

export type Position = 'end' | 'middle';
export const POSITIONS: readonly Position[] = ['end', 'middle'];

export interface TargetSample {
  latencies: Record<Position, number[]>;
  /** Renderer busy time over the typing phases, seconds. */
  busy: BusyTime;
  wallS: number;
  keys: number;
  heapLoadedMb: number;
  heapTypedMb: number;
}

export interface SizeSample {
  words: number;
  targets: Record<TargetName, TargetSample>;
  openMs: number[];
  /** The same opens until both side panels are built as well (they follow the notes). */
  openPanelsMs: number[];
  /** The main process's share of each open: reading, parsing and validating the file. */
  openHandlerMs: number[];
  /** Bare Lexical showing the same paragraphs from memory in a fresh page: the library's floor for opening. */
  bareLexicalLoadMs: number;
}

export interface MeasureOptions {
  round: number;
  keys: number;
  /**
   * Keys per turn: each target types this many, then the next one does, in an
   * order rotated every turn, so a burst of noise from the machine hits all three.
   */
  block: number;
}

// Typed first and not measured, so every target starts with its keystroke path compiled.
const WARM_UP = ' Warm-up keys.';

function caretsFor(plain: PlainNotes, position: Position): Record<TargetName, Caret> {
  const body = position === 'end' ? plain.bodyIndexes.length - 1 : Math.floor(plain.bodyIndexes.length / 2);
  const index = plain.bodyIndexes[body]!;
  const offset = plain.paragraphs.slice(0, index + 1).reduce((sum, text) => sum + text.length + 1, 0) - 1;
  // The app renders headings as non-paragraph blocks, so its `p` list holds body paragraphs only.
  return { app: { paragraph: body }, bareLexical: { paragraph: index }, textarea: { offset } };
}

/** One round at one size: open and load, then the same keys into all three targets, interleaved. */
export async function measureSize(browser: Browser, doc: BenchDocument, options: MeasureOptions): Promise<SizeSample> {
  const app = await openApp(browser);
  const targets: Target[] = [app];
  try {
    const lastText = doc.plain.paragraphs.at(-1)!;
    const openMs: number[] = [];
    const openPanelsMs: number[] = [];
    await waitBeforeFirstOpen();
    for (const path of doc.paths) {
      const { notesMs, panelsMs } = await openInApp(app, path, lastText);
      openMs.push(notesMs);
      openPanelsMs.push(panelsMs);
    }
    // The floors' pages start only now: starting them ran their compiles beside the app's first open.
    targets.push(await openFloor(browser, 'bareLexical'), await openFloor(browser, 'textarea'));
    const bareLexicalLoadMs = await loadFloor(targets[1]!, doc.plain.paragraphs);
    await loadFloor(targets[2]!, doc.plain.paragraphs);

    const samples = new Map<TargetName, TargetSample>();
    for (const target of targets) {
      samples.set(target.name, { latencies: { end: [], middle: [] }, busy: NO_BUSY, wallS: 0, keys: 0, heapLoadedMb: await heapMb(target.cdp), heapTypedMb: 0 });
    }

    for (const [p, position] of POSITIONS.entries()) {
      const carets = caretsFor(doc.plain, position);
      const text = ` ${typingText(1000 * options.round + p + 1, options.keys - 1)}`;
      for (const target of targets) {
        await placeCaret(target.page, carets[target.name]);
        await typeText(target.cdp, WARM_UP);
        await settle(target.page);
      }
      // Busy time over the whole phase: work a page defers past the key's answer still counts.
      const busyBefore = new Map<TargetName, BusyTime>();
      for (const target of targets) busyBefore.set(target.name, await busyTime(target.cdp));
      for (let start = 0, turn = 0; start < text.length; start += options.block, turn += 1) {
        const chunk = text.slice(start, start + options.block);
        const shift = (turn + options.round) % targets.length;
        for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) {
          const sample = samples.get(target.name)!;
          const wallBefore = performance.now();
          sample.latencies[position].push(...(await typeText(target.cdp, chunk)));
          sample.wallS += (performance.now() - wallBefore) / 1000;
          sample.keys += chunk.length;
        }
      }
      for (const target of targets) {
        const sample = samples.get(target.name)!;
        sample.busy = addBusy(sample.busy, busySince(busyBefore.get(target.name)!, await busyTime(target.cdp)));
      }
      for (const target of targets) {
        const landed = await typedAt(target.page, carets[target.name], WARM_UP.length + text.length);
        if (landed !== WARM_UP + text) {
          throw new Error(`${target.name}: the keys typed at the ${position} did not land there (found ${JSON.stringify(landed.slice(0, 60))}…)`);
        }
      }
      await assertAppHealthy(app, `while typing at the ${position}`);
    }
    for (const target of targets) samples.get(target.name)!.heapTypedMb = await heapMb(target.cdp);
    const openHandlerMs = app.handlerMs.get('openMeeting') ?? [];
    return { words: doc.words, openMs, openPanelsMs, openHandlerMs, bareLexicalLoadMs, targets: Object.fromEntries(samples) as Record<TargetName, TargetSample> };
  } finally {
    for (const target of targets) await target.close();
  }
}
