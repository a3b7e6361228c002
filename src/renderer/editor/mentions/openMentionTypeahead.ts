import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** The Insert › Speaker… command: types the "@" that opens the speaker menu, after a space when the caret follows a word. */
export function openMentionTypeahead(editor: LexicalEditor): void {
  editor.focus();
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const anchor = selection.anchor;
    const before = anchor.type === 'text' ? anchor.getNode().getTextContent().slice(0, anchor.offset) : '';
    selection.insertText(before === '' || /[\s(]$/u.test(before) ? '@' : ' @');
  });
}
