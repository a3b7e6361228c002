import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { updateAgendaEntry } from '../../../shared/agenda/agendaOps';
import { findAgendaEntry } from '../../../shared/agenda/agendaOps';
import { useMeetingStore } from '../../store/meetingStore';
import { applyAgendaChange } from '../agenda/applyAgendaChange';
import { $getAgenda } from '../agenda/agendaState';
import { $sectionItemOf } from '../agenda/sections';

/**
 * Tells the agenda panel which item the caret is in, from the selection's own
 * section. It recomputes only when the caret changes block or the top level
 * changed, and records when an item is first taken up while the clock runs.
 */
export function CurrentItemPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let lastBlockKey: string | null = null;
    return editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      const found = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return undefined;
        const block = selection.anchor.getNode().getTopLevelElement() ?? selection.anchor.getNode();
        if (block.getKey() === lastBlockKey && !dirtyElements.has('root')) return undefined;
        lastBlockKey = block.getKey();
        const itemId = $sectionItemOf(block);
        const entry = itemId ? findAgendaEntry($getAgenda(), itemId) : undefined;
        return { itemId, needsTakenUp: entry !== undefined && entry.takenUpAtMs === undefined };
      });
      if (!found) return;
      const store = useMeetingStore.getState();
      store.setCurrentItem(found.itemId);
      const startedAt = store.meeting.clock.startedAt;
      if (found.itemId && found.needsTakenUp && startedAt && !store.meeting.clock.endedAt && editor.isEditable()) {
        const offset = Math.max(0, Date.now() - Date.parse(startedAt));
        const itemId = found.itemId;
        applyAgendaChange(editor, (agenda) => updateAgendaEntry(agenda, itemId, { takenUpAtMs: offset }), HISTORY_MERGE_TAG);
      }
    });
  }, [editor]);
  return null;
}
