import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $toggleLink } from '@lexical/link';
import {
  $createTabNode, $getEditor, $getSelection, $isRangeSelection, $setSelection, tokenizeRawText,
  type BaseSelection, type RangeSelection,
} from 'lexical';
import type { SerializedNote } from '../../../shared/meeting/notesSchema';
import { LEXICAL_CLIPBOARD_TYPE, sanitizeLexicalClipboard } from './lexicalJson';
import { singleUrlIn } from './linkUrls';
import { readClipboardHtml } from './readClipboardHtml';
import { inlineIfSingleParagraph, serializeBlocks } from './serializeBlocks';

/**
 * The one way clipboard or dropped content enters the notes. It replaces
 * Lexical's default import, which would turn any registered node's HTML into
 * nodes as given: here every format is read into clean data first.
 */

/** The content as safe serialized nodes: the app's own copy first, then HTML; null when only plain text is left. */
function cleanNotesFrom(data: DataTransfer, namespace: string): SerializedNote[] | null {
  const lexical = data.getData(LEXICAL_CLIPBOARD_TYPE);
  const fromLexical = lexical ? sanitizeLexicalClipboard(lexical, namespace) : null;
  if (fromLexical && fromLexical.length > 0) return fromLexical;
  const html = data.getData('text/html');
  const blocks = html ? readClipboardHtml(html) : [];
  return blocks.length > 0 ? serializeBlocks(blocks) : null;
}

/** Plain text as Lexical inserts it: each line a paragraph, tabs as tab nodes, in the current format. */
function $insertPlainText(text: string, selection: BaseSelection): void {
  if (!$isRangeSelection(selection)) {
    selection.insertRawText(text);
    return;
  }
  if (selection !== $getSelection()) $setSelection(selection);
  // Each insertion may replace the selection object, so it is read again for every token.
  const withSelection = (action: (current: RangeSelection) => void) => {
    const current = $getSelection();
    if ($isRangeSelection(current)) action(current);
  };
  tokenizeRawText(text, {
    linebreak: () => withSelection((current) => current.insertParagraph()),
    tab: () => withSelection((current) => current.insertNodes([$createTabNode()])),
    text: (part) => withSelection((current) => current.insertText(part)),
  });
}

export function $insertCleanClipboard(data: DataTransfer, selection: BaseSelection): void {
  // Lexical checks its clipboard payload against the editor's namespace the same way.
  const notes = cleanNotesFrom(data, $getEditor()._config.namespace);
  if (notes) {
    $insertGeneratedNodes($getEditor(), $generateNodesFromSerializedNodes(inlineIfSingleParagraph(notes)), selection);
  } else {
    $insertPlainText(data.getData('text/plain') || data.getData('text/uri-list'), selection);
  }
}

/** Pasting a lone web or e-mail address over selected words links them, as in Word and Google Docs. */
export function $linkSelectionToPastedUrl(data: DataTransfer, selection: BaseSelection): boolean {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const url = singleUrlIn(data.getData('text/plain'));
  if (!url) return false;
  const anchorBlock = selection.anchor.getNode().getTopLevelElement();
  if (!anchorBlock || !anchorBlock.is(selection.focus.getNode().getTopLevelElement())) return false;
  $toggleLink(url);
  return true;
}
