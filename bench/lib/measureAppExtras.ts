import type { Browser } from '@playwright/test';
import { autosaveSwitchMissing, measureAutosave, type AutosaveSample } from './measureAutosave';
import { measureAgendaJump, measureAttribution } from './measureInteractions';
import { measurePaste, type PasteSample } from './measurePaste';
import type { BenchDocument } from './measureSize';
import { openApp, openInApp, waitBeforeFirstOpen } from './targets';

/** What the app does besides typing, at one size and round: the floors have no counterpart, so the app runs alone. */
export interface ExtrasSample {
  attributionMs: number[];
  agendaJumpMs: number[];
  autosave: AutosaveSample | null;
  /** Why there is no autosave comparison, when there is none. */
  autosaveMissing: string | null;
  paste: PasteSample;
}

export interface ExtrasOptions {
  round: number;
  attributionClicks: number;
  agendaClicks: number;
  /** Keys with autosave on, and as many with it off. */
  autosaveKeys: number;
  autosaveBlock: number;
  keysAfterPaste: number;
}

/**
 * One fresh window with the document opened the app's way (after the same pause
 * as the typing window's first open), then, in this
 * order: attribution clicks, agenda jumps, autosave on/off, and last the paste,
 * which makes the notes six times longer.
 */
export async function measureAppExtras(browser: Browser, doc: BenchDocument, options: ExtrasOptions): Promise<ExtrasSample> {
  const app = await openApp(browser);
  try {
    // As the typing window does: without the pause, the app's start-up work (the spelling dictionary loading in
    // its worker) ran beside the first clicks, and one or two of 30 slow clicks are the p95.
    await waitBeforeFirstOpen();
    await openInApp(app, doc.paths[0]!, doc.plain.paragraphs.at(-1)!);
    const attributionMs = await measureAttribution(app, doc, options.attributionClicks);
    const agendaJumpMs = await measureAgendaJump(app, options.agendaClicks);
    const autosaveMissing = autosaveSwitchMissing();
    const autosave = autosaveMissing ? null : await measureAutosave(app, doc, { round: options.round, keys: options.autosaveKeys, block: options.autosaveBlock });
    const paste = await measurePaste(app, doc, options.round, options.keysAfterPaste);
    return { attributionMs, agendaJumpMs, autosave, autosaveMissing, paste };
  } finally {
    await app.close();
  }
}
