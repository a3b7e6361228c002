import {
  $getNearestNodeFromDOMNode, $getSelection, $isNodeSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type NodeKey,
} from 'lexical';
import { $textBlockOf } from '../../editor/spelling/blockText';
import { spellingSessionOf, type FoundMisspelling } from '../../editor/spelling/spellingSession';

/** What the notes' context menu acts on, read when it opens. */
export interface MenuTarget {
  /** Where the menu opens, in window pixels. */
  x: number;
  y: number;
  misspelling: FoundMisspelling | null;
  /** The paragraph or list item "Attribute to…" gives a speaker. */
  blockKey: NodeKey | null;
  hasSelection: boolean;
  editable: boolean;
}

function pointInsideSelection(node: Node, offset: number): boolean {
  const selection = window.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.getRangeAt(0).isPointInRange(node, offset));
}

function targetAtSelection(editor: LexicalEditor, x: number, y: number): MenuTarget {
  const place = editor.read(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      const { anchor } = selection;
      return {
        textKey: anchor.type === 'text' ? anchor.key : null, offset: anchor.offset,
        blockKey: $textBlockOf(anchor.getNode())?.getKey() ?? null, hasSelection: !selection.isCollapsed(),
      };
    }
    const selected = $isNodeSelection(selection) ? selection.getNodes()[0] : undefined;
    return { textKey: null, offset: 0, blockKey: selected ? $textBlockOf(selected)?.getKey() ?? null : null, hasSelection: Boolean(selected) };
  });
  const session = spellingSessionOf(editor);
  const misspelling = place.textKey !== null && session ? session.misspellingAt(place.textKey, place.offset) : null;
  return { x, y, misspelling, blockKey: place.blockKey, hasSelection: place.hasSelection, editable: editor.isEditable() };
}

/**
 * A right-click: outside the selection it puts the caret where the pointer is,
 * as editors do, so the menu acts on the word clicked; inside, the selection
 * stays for Cut and Copy.
 */
export function targetAtPointer(editor: LexicalEditor, x: number, y: number): MenuTarget {
  const caret = document.caretPositionFromPoint(x, y);
  const root = editor.getRootElement();
  const node = caret?.offsetNode;
  if (caret && node && root?.contains(node) && node.nodeType === Node.TEXT_NODE && !pointInsideSelection(node, caret.offset)) {
    editor.update(() => {
      const lexicalNode = $getNearestNodeFromDOMNode(node);
      if ($isTextNode(lexicalNode)) lexicalNode.select(caret.offset, caret.offset);
    }, { discrete: true });
  }
  // Below the line clicked rather than over it, so the word stays readable while a suggestion is chosen.
  const line = caretRect();
  const below = line && line.bottom >= y && line.bottom - y < 40 ? line.bottom + 2 : y;
  return targetAtSelection(editor, x, below);
}

function caretRect(): DOMRect | null {
  const selection = window.getSelection();
  const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  return rect && rect.height > 0 ? rect : null;
}

/** The Menu key or Shift+F10: the menu opens under the caret. */
export function targetAtCaret(editor: LexicalEditor): MenuTarget {
  const rect = caretRect();
  const fallback = editor.getRootElement()?.getBoundingClientRect();
  return targetAtSelection(editor, rect ? rect.left : (fallback?.left ?? 0) + 16, rect ? rect.bottom + 2 : (fallback?.top ?? 0) + 16);
}
