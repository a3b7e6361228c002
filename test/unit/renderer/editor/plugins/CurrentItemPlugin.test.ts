import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $isTextNode, createEditor, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blocksRearranged } from '../../../../../src/renderer/editor/plugins/CurrentItemPlugin';

// A headless editor: the dirty marks are Lexical's own, as the plugin's update listener receives them.

function twoParagraphs(): LexicalEditor {
  const editor = createEditor({ onError: (error) => { throw error; } });
  editor.update(() => {
    $getRoot().append($createParagraphNode().append($createTextNode('First.')), $createParagraphNode().append($createTextNode('Second')));
    $getRoot().getLastDescendant()!.selectEnd();
  }, { discrete: true });
  return editor;
}

function dirtyElementsOf(editor: LexicalEditor, edit: () => void): Map<NodeKey, boolean> {
  let seen = new Map<NodeKey, boolean>();
  const stop = editor.registerUpdateListener(({ dirtyElements }) => {
    seen = new Map(dirtyElements);
  });
  editor.update(edit, { discrete: true });
  stop();
  return seen;
}

describe('blocksRearranged', () => {
  it('is false for typing in a paragraph, though the root and the paragraph are marked', () => {
    const editor = twoParagraphs();
    const dirty = dirtyElementsOf(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('s');
    });
    expect(dirty.has('root')).toBe(true);
    expect(dirty.size).toBeGreaterThan(1);
    expect(blocksRearranged(dirty)).toBe(false);
  });

  it('is true when a block is added, moved or removed', () => {
    const editor = twoParagraphs();
    expect(blocksRearranged(dirtyElementsOf(editor, () => {
      $getRoot().append($createParagraphNode().append($createTextNode('Third')));
    }))).toBe(true);
    expect(blocksRearranged(dirtyElementsOf(editor, () => {
      $getRoot().getFirstChild()!.insertAfter($getRoot().getLastChild()!);
    }))).toBe(true);
    expect(blocksRearranged(dirtyElementsOf(editor, () => {
      const last = $getRoot().getLastChild()!;
      last.getPreviousSibling()!.selectEnd();
      last.remove();
    }))).toBe(true);
  });

  it('is true when text moves from one block to another', () => {
    const editor = twoParagraphs();
    expect(blocksRearranged(dirtyElementsOf(editor, () => {
      const text = $getRoot().getLastDescendant();
      if ($isTextNode(text)) $getRoot().getFirstChild<ElementNode>()!.append(text);
    }))).toBe(true);
  });
});
