import { $createLinkNode, $isAutoLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode, $getNodeByKey, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG,
  type LexicalEditor, type LexicalNode, type RangeSelection,
} from 'lexical';

/** Where the link goes, read when the link dialog opens: the focus moves to the dialog, the notes' selection stays. */
export interface LinkTarget {
  selection: RangeSelection | null;
  selectedText: string;
  existingUrl: string | null;
}

const isPlainLink = (node: LexicalNode): node is LinkNode => $isLinkNode(node) && !$isAutoLinkNode(node);

export function readLinkTarget(editor: LexicalEditor | null): LinkTarget {
  if (!editor) return { selection: null, selectedText: '', existingUrl: null };
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return { selection: null, selectedText: '', existingUrl: null };
    const link = $findMatchingParent(selection.anchor.getNode(), isPlainLink);
    return { selection: selection.clone(), selectedText: selection.getTextContent(), existingUrl: link?.getURL() ?? null };
  });
}

function $restoreSelection(saved: RangeSelection | null): RangeSelection | null {
  if (!saved || !$getNodeByKey(saved.anchor.key) || !$getNodeByKey(saved.focus.key)) return null;
  const selection = saved.clone();
  $setSelection(selection);
  return selection;
}

/** Typing after adding a link goes on after it instead of replacing the linked words. */
function $collapseToEnd(selection: RangeSelection): void {
  const end = selection.isBackward() ? selection.anchor : selection.focus;
  selection.anchor.set(end.key, end.offset, end.type);
  selection.focus.set(end.key, end.offset, end.type);
}

/**
 * A caret inside a link, or at its very end, edits or removes the whole link.
 * Lexical's $toggleLink only does that for a removal, and not at the boundary.
 */
function $changeLinkAtCaret(selection: RangeSelection, url: string | null): boolean {
  const link = $findMatchingParent(selection.anchor.getNode(), isPlainLink);
  if (!link) return false;
  if (url === null) {
    const children = link.getChildren();
    for (const child of children) link.insertBefore(child);
    link.remove();
    children.at(-1)?.selectEnd();
  } else {
    link.setURL(url);
    link.selectEnd();
  }
  return true;
}

/** Links the selected words, changes or removes the link at the caret, or inserts a new link where the caret is. */
export function applyLink(editor: LexicalEditor, target: LinkTarget, url: string | null, text: string): void {
  editor.update(() => {
    const selection = $restoreSelection(target.selection);
    if (!selection) return;
    if (selection.isCollapsed() && $changeLinkAtCaret(selection, url)) return;
    if (url !== null && selection.isCollapsed()) {
      const link = $createLinkNode(url, { rel: 'noreferrer' }).append($createTextNode(text.trim() || url));
      selection.insertNodes([link]);
      link.selectEnd();
      return;
    }
    $toggleLink(url);
    const after = $getSelection();
    if ($isRangeSelection(after)) $collapseToEnd(after);
  }, { tag: HISTORY_PUSH_TAG, discrete: true });
}
