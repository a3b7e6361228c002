import type { Page } from '@playwright/test';
import { placeCaret } from './keystrokes';

// Long enough to be unique in generated prose; mentions at a paragraph's start may show a short name, so only the end is compared.
const TAIL = 80;

/**
 * Puts the caret at the end of the app's body paragraph whose text ends like
 * `plainText` (the floors' version of it) and returns that paragraph's index
 * among the notes' `p` elements. Found by text, not position, because earlier
 * measurements in the same window add paragraphs.
 */
export async function caretAtParagraph(page: Page, plainText: string): Promise<number> {
  const tail = plainText.slice(-TAIL);
  const index = await page.evaluate((ending) => [...document.querySelectorAll('[aria-label="Meeting notes"] > p')]
    .findIndex((p) => (p.textContent ?? '').endsWith(ending)), tail);
  if (index < 0) throw new Error(`no paragraph of the notes ends with ${JSON.stringify(tail)}`);
  await placeCaret(page, { paragraph: index });
  await waitForLexicalCaret(page);
  return index;
}

/**
 * Waits until Lexical's own selection is where the DOM caret is. Lexical takes
 * up a caret moved by script on a later `selectionchange`; a click that acts at
 * the caret (a speaker button) before that would act at the old place.
 */
export async function waitForLexicalCaret(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const held = await page.evaluate(() => {
      type Point = { key: string; offset: number; type: string };
      const root = document.querySelector('[aria-label="Meeting notes"]');
      const editor = (root as unknown as { __lexicalEditor?: { getEditorState(): { _selection: { anchor?: Point } | null }; getElementByKey(key: string): HTMLElement | null } } | null)?.__lexicalEditor;
      const anchor = editor?.getEditorState()._selection?.anchor;
      const dom = window.getSelection();
      if (!editor || !anchor || !dom?.anchorNode) return false;
      const element = editor.getElementByKey(anchor.key);
      if (!element || !(element === dom.anchorNode || element.contains(dom.anchorNode))) return false;
      return anchor.type !== 'text' || dom.anchorNode.nodeType !== Node.TEXT_NODE || anchor.offset === dom.anchorOffset;
    });
    if (held) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the editor never took up the caret placed in the notes');
}
