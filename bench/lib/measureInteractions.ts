import type { Page } from '@playwright/test';
import { caretAtParagraph } from './appCaret';
import type { BenchDocument } from './measureSize';
import { assertAppHealthy, type AppTarget } from './targets';

/**
 * Clicks measured from the click event's timestamp (so the time the input
 * waited for the renderer counts) to the task after the first frame that
 * shows the outcome, as openInApp measures an open. The page side is installed
 * before each click and read after it.
 */

const WAIT_LIMIT_MS = 30_000;
type Waiter = { __benchClick?: Promise<number> };

/**
 * Points at the target first (Playwright's checks: visible, stable, scrolled into view, hovered), then presses and
 * releases the button as a person does. Not locator.click(): its hit-target check listens to the press and release
 * and hit-tests the page inside them, about 5 ms of the test tool's own work inside the measured interval.
 */
async function clickAndWait(page: Page, selector: string, what: string): Promise<number> {
  await page.locator(selector).hover();
  await page.mouse.down();
  await page.mouse.up();
  const ms = await page.evaluate(() => (window as unknown as Waiter).__benchClick!);
  if (ms < 0) throw new Error(`${what}: nothing showed within ${WAIT_LIMIT_MS / 1000} s of the click`);
  return ms;
}

// The speakers clicked in turn: near the top of the panel, as the people who speak most are.
const SPEAKERS = ['p-01', 'p-02', 'p-03', 'p-04', 'p-05', 'p-06'];

/**
 * Each click on a speaker button inserts a mention at the caret (a new
 * paragraph after the caret's one): measured until the new mention, with its
 * name, is in the notes. The caret starts at the end of a body paragraph a third
 * of the way in, as a rapporteur's would be mid-meeting.
 */
export async function measureAttribution(app: AppTarget, doc: BenchDocument, clicks: number): Promise<number[]> {
  const { page } = app;
  await caretAtParagraph(page, doc.plain.paragraphs[doc.plain.bodyIndexes[Math.floor(doc.plain.bodyIndexes.length / 3)]!]!);
  const count = () => page.evaluate(() => document.querySelectorAll('[aria-label="Meeting notes"] .speaker-mention').length);
  const before = await count();
  const latencies: number[] = [];
  // One more click than measured: the first in a window compiles the code path (about 120 ms here), as typing's warm-up keys do.
  for (let i = 0; i <= clicks; i += 1) {
    await page.evaluate((limit) => {
      const notes = document.querySelector('[aria-label="Meeting notes"]')!;
      const mentions = notes.getElementsByClassName('speaker-mention');
      const had = mentions.length;
      (window as unknown as Waiter).__benchClick = new Promise((resolve) => {
        let clickedAt: number | null = null;
        window.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
        const shown = () => {
          if (clickedAt === null || mentions.length <= had) return false;
          // The new one is the mention in the caret's paragraph; it counts once it shows a name.
          const anchor = window.getSelection()?.anchorNode ?? null;
          const block = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest('[aria-label="Meeting notes"] > *');
          return (block?.querySelector('.speaker-mention')?.textContent ?? '') !== '';
        };
        const poll = () => {
          if (shown()) setTimeout(() => resolve(performance.now() - clickedAt!), 0);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
        setTimeout(() => resolve(-1), limit);
      });
    }, WAIT_LIMIT_MS);
    const id = SPEAKERS[i % SPEAKERS.length]!;
    latencies.push(await clickAndWait(page, `.participants-panel__list [data-participant-id="${id}"] .speaker-button`, `attribution to ${id}`));
  }
  const added = (await count()) - before;
  if (added !== clicks + 1) throw new Error(`attribution: ${clicks + 1} clicks added ${added} mentions`);
  await assertAppHealthy(app, 'after the attribution clicks');
  return latencies.slice(1);
}

/** Targets that alternate between the agenda's two ends, closing in, so every jump crosses much of the notes. */
export function farApartOrder(ids: readonly string[], clicks: number): string[] {
  const half = Math.max(1, Math.floor(ids.length / 2));
  return Array.from({ length: clicks }, (_, i) => {
    const k = Math.floor(i / 2) % half;
    return i % 2 === 0 ? ids[k]! : ids[ids.length - 1 - k]!;
  });
}

/**
 * A click on an agenda item puts the caret at the end of its section and
 * scrolls it into view: measured until the DOM caret is in the section's last
 * block and that caret is inside the notes' visible area.
 */
export async function measureAgendaJump(app: AppTarget, clicks: number): Promise<number[]> {
  const { page } = app;
  const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.agenda-row[data-item-id]')].map((row) => row.dataset['itemId']!));
  if (ids.length < 2) throw new Error(`agenda jump: the agenda panel shows ${ids.length} items`);
  const latencies: number[] = [];
  // A warm-up jump to the middle first, not measured, as for attribution.
  for (const id of [ids[Math.floor(ids.length / 2)]!, ...farApartOrder(ids, clicks)]) {
    await page.evaluate(([itemId, limit]) => {
      const notes = document.querySelector('[aria-label="Meeting notes"]')!;
      const pane = notes.closest('.notes-pane') ?? document.documentElement;
      const sectionEnd = () => {
        let block = notes.querySelector(`.agenda-heading__text[data-item-id="${itemId}"]`)?.closest('[aria-label="Meeting notes"] > *') ?? null;
        while (block?.nextElementSibling && !block.nextElementSibling.classList.contains('agenda-heading')) block = block.nextElementSibling;
        return block;
      };
      (window as unknown as Waiter).__benchClick = new Promise((resolve) => {
        let clickedAt: number | null = null;
        window.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
        const arrived = () => {
          const selection = window.getSelection();
          const end = sectionEnd();
          if (clickedAt === null || !end || !selection?.anchorNode || !end.contains(selection.anchorNode) || selection.rangeCount === 0) return false;
          const caret = selection.getRangeAt(0).getBoundingClientRect();
          const rect = caret.height > 0 ? caret : end.getBoundingClientRect();
          const view = pane.getBoundingClientRect();
          return rect.top >= view.top - 1 && rect.bottom <= view.bottom + 1;
        };
        const poll = () => {
          if (arrived()) setTimeout(() => resolve(performance.now() - clickedAt!), 0);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
        setTimeout(() => resolve(-1), limit);
      });
    }, [id, WAIT_LIMIT_MS] as const);
    latencies.push(await clickAndWait(page, `.agenda-row[data-item-id="${id}"] > .agenda-row__go`, `agenda jump to ${id}`));
  }
  await assertAppHealthy(app, 'after the agenda jumps');
  return latencies.slice(1);
}
