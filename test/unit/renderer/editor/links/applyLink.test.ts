import { $createLinkNode, $isLinkNode, LinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { applyLink, readLinkTarget } from '../../../../../src/renderer/editor/links/applyLink';

// A headless editor (no DOM root): the dialog's edits run on the same Lexical code as in the app.

function editorWithLink(): { editor: LexicalEditor; linkText: () => TextNode } {
  const editor = createEditor({ nodes: [LinkNode], onError: (error) => { throw error; } });
  let linkTextKey = '';
  editor.update(() => {
    const text = $createTextNode('the terms');
    linkTextKey = text.getKey();
    $getRoot().append($createParagraphNode().append(
      $createTextNode('Read '), $createLinkNode('https://example.org/old').append(text), $createTextNode(' today.'),
    ));
  }, { discrete: true });
  return { editor, linkText: () => editor.getEditorState().read(() => editor.getEditorState()._nodeMap.get(linkTextKey) as TextNode) };
}

function caretIn(editor: LexicalEditor, textOf: () => TextNode, offset: number): void {
  const key = textOf().getKey();
  editor.update(() => {
    const node = $getRoot().getAllTextNodes().find((text) => text.getKey() === key)!;
    node.select(offset, offset);
  }, { discrete: true });
}

function linksIn(editor: LexicalEditor): Array<{ url: string; text: string }> {
  return editor.getEditorState().read(() => $getRoot().getChildren().flatMap((block) => ($isElementNode(block) ? block.getChildren() : []))
    .filter($isLinkNode).map((link) => ({ url: link.getURL(), text: link.getTextContent() })));
}

const paragraphText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

describe('applyLink', () => {
  it.each([['inside the link', 4], ['at the very end of the link', 'the terms'.length]])('a caret %s edits the whole link', (_where, offset) => {
    const { editor, linkText } = editorWithLink();
    caretIn(editor, linkText, offset);
    const target = readLinkTarget(editor);
    expect(target.existingUrl).toBe('https://example.org/old');
    applyLink(editor, target, 'https://example.org/new', '');
    expect(linksIn(editor)).toEqual([{ url: 'https://example.org/new', text: 'the terms' }]);
    expect(paragraphText(editor)).toBe('Read the terms today.');
  });

  it('a caret at the end of a link removes the whole link and keeps its words', () => {
    const { editor, linkText } = editorWithLink();
    caretIn(editor, linkText, 'the terms'.length);
    applyLink(editor, readLinkTarget(editor), null, '');
    expect(linksIn(editor)).toEqual([]);
    expect(paragraphText(editor)).toBe('Read the terms today.');
  });

  it('a caret outside any link inserts a new link with the given text, or the address', () => {
    const { editor } = editorWithLink();
    editor.update(() => $getRoot().getAllTextNodes().at(-1)!.select(' today'.length, ' today'.length), { discrete: true });
    const target = readLinkTarget(editor);
    expect(target.existingUrl).toBeNull();
    applyLink(editor, target, 'https://example.org/a', '');
    expect(linksIn(editor).map((link) => link.text)).toEqual(['the terms', 'https://example.org/a']);
  });

  it('a selection of words becomes one link, and typing then goes on after it', () => {
    const { editor } = editorWithLink();
    editor.update(() => $getRoot().getAllTextNodes().at(-1)!.select(1, ' today'.length), { discrete: true });
    applyLink(editor, readLinkTarget(editor), 'https://example.org/b', '');
    expect(linksIn(editor)).toContainEqual({ url: 'https://example.org/b', text: 'today' });
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('!');
    }, { discrete: true });
    expect(paragraphText(editor)).toBe('Read the terms today!.');
    expect(linksIn(editor)).toContainEqual({ url: 'https://example.org/b', text: 'today' });
  });

  it('does nothing when the words it was opened on are gone', () => {
    const { editor, linkText } = editorWithLink();
    caretIn(editor, linkText, 2);
    const target = readLinkTarget(editor);
    editor.update(() => $getRoot().clear(), { discrete: true });
    applyLink(editor, target, 'https://example.org/new', '');
    expect(paragraphText(editor)).toBe('');
  });
});
