import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Caret moves the browser makes natively (a click, Home, Ctrl+End, arrows) reach
 * Lexical through `selectionchange`, which the browser dispatches a moment later.
 * Lexical's keydown commands (Enter, Ctrl+Shift+D…) act on the selection Lexical
 * already holds, so a test that presses the next key at machine speed can act on
 * the caret's old place. These helpers wait until Lexical holds the DOM's caret.
 */

/** True once Lexical's selection sits where the DOM's caret is. */
function lexicalHoldsDomCaret(root: HTMLElement | SVGElement): boolean {
  interface Point { key: string; offset: number; type: string }
  const editor = (root as unknown as { __lexicalEditor: { getEditorState(): { _selection: { anchor?: Point; focus?: Point } | null }; getElementByKey(key: string): HTMLElement | null } }).__lexicalEditor;
  const selection = editor.getEditorState()._selection;
  const dom = window.getSelection();
  if (!selection?.anchor || !selection.focus || !dom?.anchorNode || !dom.focusNode) return false;
  const matches = (point: Point, node: Node, offset: number) => {
    const element = editor.getElementByKey(point.key);
    if (element === null || !(element === node || element.contains(node))) return false;
    return point.type !== 'text' || node.nodeType !== Node.TEXT_NODE || point.offset === offset;
  };
  return matches(selection.anchor, dom.anchorNode, dom.anchorOffset) && matches(selection.focus, dom.focusNode, dom.focusOffset);
}

export async function waitForCaretToSettle(notes: Locator): Promise<void> {
  await expect.poll(() => notes.evaluate(lexicalHoldsDomCaret), { message: 'Lexical takes up the caret the browser moved' }).toBe(true);
}

/** Presses a caret-moving key and waits until the editor has taken up the new caret. */
export async function pressCaretKey(page: Page, notes: Locator, key: string): Promise<void> {
  await page.keyboard.press(key);
  await waitForCaretToSettle(notes);
}

/** Focuses the notes and puts the caret at the very end of them. */
export async function caretToEndOfNotes(page: Page, notes: Locator): Promise<void> {
  await notes.click();
  await pressCaretKey(page, notes, 'Control+End');
}

/**
 * Clicks into `target` (a block of the notes) until the caret is inside it and
 * Lexical holds it: a click that lands while an editor update is being
 * committed can see Lexical put its previous caret back.
 */
export async function clickToPlaceCaret(notes: Locator, target: Locator): Promise<void> {
  await expect(async () => {
    await target.click();
    await waitForCaretToSettle(notes);
    expect(await target.evaluate((block) => {
      const anchor = window.getSelection()?.anchorNode;
      return anchor !== null && anchor !== undefined && block.contains(anchor);
    })).toBe(true);
  }).toPass({ timeout: 10_000 });
}
