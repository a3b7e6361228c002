import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, HISTORY_MERGE_TAG, KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND,
  type LexicalNode, type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { $isAgendaHeadingNode, AgendaHeadingNode } from '../nodes/AgendaHeadingNode';
import { $arrangeSections, $sectionsNeedArranging } from '../agenda/sections';

const SECTION_REPAIR_TAG = 'rapporteur-section-repair';

/** Whether the caret is at the very start (or end) of its top-level block. */
function $caretAtBlockEdge(selection: RangeSelection, edge: 'start' | 'end'): LexicalNode | null {
  if (!selection.isCollapsed()) return null;
  const anchor = selection.anchor;
  const node = anchor.getNode();
  const top = node.getTopLevelElement();
  if (!top) return null;
  const atEdge = edge === 'start'
    ? anchor.offset === 0 && (node === top || node.is(top.getFirstDescendant()) || (node.getPreviousSibling() === null && node.getParent()?.is(top) === true))
    : anchor.offset === (anchor.type === 'text' ? node.getTextContentSize() : (node as { getChildrenSize?: () => number }).getChildrenSize?.() ?? 0)
      && (node === top || node.is(top.getLastDescendant()));
  return atEdge ? top : null;
}

/**
 * Keeps every agenda heading in place: Backspace at a section's start and
 * Delete at its end stop at the heading, and any edit that removed, duplicated
 * or moved a heading (select-all + Delete, cut and paste) is repaired at once,
 * merged into the same undo step. Typing never touches headings, so this costs
 * nothing per keystroke.
 */
export function SectionGuardPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // A file may lack headings for items that had no notes (or come from another tool): complete them once on load, without marking the meeting changed.
    // Checked in a read first: most files need nothing, and an update begun now would make Lexical read the
    // DOM selection, which forces a layout of the notes just created (and an update that changes nothing does nothing).
    if (!editor.read('pending', () => $sectionsNeedArranging())) return;
    editor.update(() => {
      $arrangeSections();
    }, { tag: [HISTORY_MERGE_TAG, SECTION_REPAIR_TAG] });
  }, [editor]);
  useEffect(() => mergeRegister(
    editor.registerMutationListener(AgendaHeadingNode, (_mutations, { updateTags }) => {
      if (updateTags.has(SECTION_REPAIR_TAG)) return;
      editor.update(() => {
        $arrangeSections();
      }, { tag: [HISTORY_MERGE_TAG, SECTION_REPAIR_TAG] });
    }, { skipInitialization: true }),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const top = $caretAtBlockEdge(selection, 'start');
      if (!top || !$isAgendaHeadingNode(top.getPreviousSibling())) return false;
      event?.preventDefault();
      return true;
    }, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_DELETE_COMMAND, (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const top = $caretAtBlockEdge(selection, 'end');
      if (!top || !$isAgendaHeadingNode(top.getNextSibling())) return false;
      event?.preventDefault();
      return true;
    }, COMMAND_PRIORITY_HIGH),
  ), [editor]);
  return null;
}
