import type { Dialog } from '@playwright/test';
import { pasteParagraphs, typingText } from '../generateMeeting';
import { caretAtParagraph } from './appCaret';
import { typeText } from './keystrokes';
import type { BenchDocument } from './measureSize';
import { assertAppHealthy, type AppTarget } from './targets';

export interface PasteSample {
  /** Paste dispatched → the editor answers a keystroke and shows the pasted text's end: the figure checked. */
  responsiveMs: number;
  /** The paste event's own handling (synchronous in the page). */
  dispatchMs: number;
  /** To the task after the first frame showing the last pasted paragraph. */
  paintedMs: number;
  /** To the answer of the first keystroke sent right after the dispatch. */
  firstKeyMs: number;
  /** The keys typed after it, per key. */
  typingAfter: number[];
  chars: number;
  paragraphs: number;
  /** Dialogs the app showed and the bench accepted, inside the figure. */
  dialogs: string[];
}

export const PASTE_CHARS = 1_000_000;
const WAIT_LIMIT_MS = 120_000;

/** Accepts a dialog the way a user would, by its primary button; none is expected (the app pastes without asking). */
async function acceptDomDialogs(app: AppTarget, seen: string[]): Promise<void> {
  const dialog = app.page.locator('[role="dialog"]:visible, [role="alertdialog"]:visible').first();
  if ((await dialog.count()) === 0) return;
  seen.push((await dialog.getAttribute('aria-label')) ?? (await dialog.textContent())?.slice(0, 80) ?? 'a dialog');
  await dialog.locator('.toolbar-button--primary').first().click({ timeout: 10_000 });
}

/**
 * 1 MB of plain prose, one paragraph a line and ending with a line break,
 * pasted at the end of a body paragraph two thirds of the way in through a
 * synthetic ClipboardEvent carrying a DataTransfer (as the e2e paste helper
 * does). Then `keys` keys into the empty paragraph the paste leaves the caret
 * in; the first one is sent right after the dispatch, to see when the editor
 * answers again. Fails unless every pasted paragraph, and the typing, is there.
 */
export async function measurePaste(app: AppTarget, doc: BenchDocument, round: number, keys: number): Promise<PasteSample> {
  const { page, cdp } = app;
  const lines = pasteParagraphs(30_000 + round, PASTE_CHARS);
  const text = `${lines.join('\n')}\n`;
  const index = await caretAtParagraph(page, doc.plain.paragraphs[doc.plain.bodyIndexes[Math.floor((doc.plain.bodyIndexes.length * 2) / 3)]!]!);
  const dialogs: string[] = [];
  const onDialog = (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message().slice(0, 80)}`);
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  try {
    // Handed over first, outside the measured interval: the transfer of 1 MB into the page is the harness's cost.
    await page.evaluate(([pasted, into, lastLine, count, limit]) => {
      const w = window as unknown as { __benchPasteText: string; __benchPasteInto: string; __benchPasted: Promise<number>; __benchPasteStart?: number };
      w.__benchPasteText = pasted;
      w.__benchPasteInto = document.querySelectorAll('[aria-label="Meeting notes"] > p')[into]?.textContent ?? '';
      w.__benchPasted = new Promise((resolve) => {
        const poll = () => {
          const last = document.querySelectorAll('[aria-label="Meeting notes"] > p')[into + count - 1];
          if (w.__benchPasteStart !== undefined && last?.textContent === lastLine) setTimeout(() => resolve(performance.now() - w.__benchPasteStart!), 0);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
        setTimeout(() => resolve(-1), limit);
      });
    }, [text, index, lines.at(-1)!, lines.length, WAIT_LIMIT_MS] as const);
    const typed = typingText(7_000 + round, keys);
    const started = performance.now();
    const dispatchMs = await page.evaluate(() => {
      const w = window as unknown as { __benchPasteText: string; __benchPasteStart: number };
      const transfer = new DataTransfer();
      transfer.setData('text/plain', w.__benchPasteText);
      const root = document.querySelector('[aria-label="Meeting notes"]')!;
      w.__benchPasteStart = performance.now();
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return performance.now() - w.__benchPasteStart;
    });
    await acceptDomDialogs(app, dialogs);
    await typeText(cdp, typed.slice(0, 1));
    const firstKeyMs = performance.now() - started;
    const paintedMs = await page.evaluate(() => (window as unknown as { __benchPasted: Promise<number> }).__benchPasted);
    if (paintedMs < 0) throw new Error(`paste: the last pasted paragraph did not show within ${WAIT_LIMIT_MS / 1000} s`);
    const typingAfter = await typeText(cdp, typed.slice(1));

    const problem = await page.evaluate(([at, expectedTyped]) => {
      const w = window as unknown as { __benchPasteText: string; __benchPasteInto: string };
      const pasted = w.__benchPasteText.split('\n').slice(0, -1);
      const shown = [...document.querySelectorAll('[aria-label="Meeting notes"] > p')].slice(at, at + pasted.length + 1).map((p) => p.textContent ?? '');
      w.__benchPasteText = '';
      if (shown[0] !== w.__benchPasteInto + pasted[0]) return `the paragraph pasted into ends ${JSON.stringify((shown[0] ?? '(missing)').slice(-60))}`;
      for (let i = 1; i < pasted.length; i += 1) {
        if (shown[i] !== pasted[i]) return `pasted paragraph ${i + 1} of ${pasted.length} reads ${JSON.stringify((shown[i] ?? '(missing)').slice(0, 60))}`;
      }
      return shown[pasted.length] === expectedTyped ? null : `the keys typed after the paste read ${JSON.stringify((shown[pasted.length] ?? '(missing)').slice(0, 60))}`;
    }, [index, typed] as const);
    if (problem) throw new Error(`paste: text lost or changed: ${problem}`);
    await assertAppHealthy(app, 'after the 1 MB paste');
    return { responsiveMs: Math.max(paintedMs, firstKeyMs), dispatchMs, paintedMs, firstKeyMs, typingAfter, chars: text.length, paragraphs: lines.length, dialogs };
  } finally {
    page.off('dialog', onDialog);
  }
}
