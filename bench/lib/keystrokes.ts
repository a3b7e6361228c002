import type { Page } from '@playwright/test';
import type { CDPSession } from './targets';

type KeyParams = { key: string; code: string; windowsVirtualKeyCode: number; modifiers: number };
const PUNCTUATION: Record<string, [string, number]> = {
  ' ': ['Space', 32], '.': ['Period', 190], ',': ['Comma', 188], '-': ['Minus', 189], "'": ['Quote', 222],
};

/** What a US keyboard sends for `char`; Shift is a modifier flag, as Playwright's keyboard.type sends it. */
export function keyFor(char: string): KeyParams {
  if (/^[a-zA-Z]$/.test(char)) {
    const upper = char.toUpperCase();
    return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), modifiers: char === upper ? 8 : 0 };
  }
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0), modifiers: 0 };
  const known = PUNCTUATION[char];
  if (!known) throw new Error(`the benchmark types no ${JSON.stringify(char)}`);
  return { key: char, code: known[0], windowsVirtualKeyCode: known[1], modifiers: 0 };
}

/**
 * Types `text` one key at a time and returns each key's latency in ms: from
 * sending keyDown (with its text) to keyUp's answer. Chromium answers
 * Input.dispatchKeyEvent only after the renderer handled the event, its
 * handlers and their microtasks (Lexical's commit, React's sync renders).
 */
export async function typeText(cdp: CDPSession, text: string): Promise<number[]> {
  const latencies: number[] = [];
  for (const char of text) {
    const key = keyFor(char);
    const start = performance.now();
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char.toLowerCase() });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** Where typing goes: the end of the `paragraph`-th `p` of an editor, or an offset in a textarea. */
export type Caret = { paragraph: number } | { offset: number };

/** Puts the caret there with DOM selection APIs (what a click does), then lets the editor see selectionchange. */
export async function placeCaret(page: Page, caret: Caret): Promise<void> {
  await page.evaluate((where) => {
    const textarea = document.querySelector('textarea');
    if (textarea && 'offset' in where) {
      textarea.focus();
      textarea.setSelectionRange(where.offset, where.offset);
      return;
    }
    if (!('paragraph' in where)) throw new Error('caret kind does not fit the page');
    const root = document.querySelector<HTMLElement>('[contenteditable="true"]')!;
    const paragraph = root.querySelectorAll(':scope > p')[where.paragraph]!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    root.focus();
    paragraph.scrollIntoView({ block: 'center' });
    document.getSelection()!.collapse(last, last?.textContent?.length ?? 0);
  }, caret);
  await settle(page);
}

/** The `length` characters typed at `caret` as the page holds them now: to check the keys landed where intended. */
export function typedAt(page: Page, caret: Caret, length: number): Promise<string> {
  return page.evaluate(([where, n]) => {
    const textarea = document.querySelector('textarea');
    if (textarea && 'offset' in where) return textarea.value.slice(where.offset, where.offset + n);
    if (!('paragraph' in where)) throw new Error('caret kind does not fit the page');
    const paragraph = document.querySelectorAll('[contenteditable="true"] > p')[where.paragraph]!;
    return (paragraph.textContent ?? '').slice(-n);
  }, [caret, length] as const);
}

/** Waits for pending tasks and one frame, outside any measured interval. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
