import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { updateAgendaEntry } from '../../../shared/agenda/agendaOps';
import { findAgendaEntry } from '../../../shared/agenda/agendaOps';
import type { AgendaItem } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';
import { applyAgendaChange } from '../agenda/applyAgendaChange';
import { $getAgenda } from '../agenda/agendaState';
import { $sectionItemOf } from '../agenda/sections';
import { AgendaHeadingNode } from '../nodes/AgendaHeadingNode';

/**
 * Whether an update moved blocks or text between blocks: an element other than the root was changed
 * itself (its children, its place), not only marked because text inside it changed. Typing in a
 * paragraph marks the paragraph and the root that way only, and the root is always marked as changed
 * once transforms ran, so it says nothing.
 */
export function blocksRearranged(dirtyElements: ReadonlyMap<NodeKey, boolean>): boolean {
  for (const [key, intentionally] of dirtyElements) if (intentionally && key !== 'root') return true;
  return false;
}

function meetingClockRunning(): boolean {
  const { clock } = useMeetingStore.getState().meeting;
  return clock.startedAt !== undefined && clock.endedAt === undefined;
}

/**
 * Tells the agenda panel which item the caret is in, from the selection's own
 * section, and records when an item is first taken up while the clock runs.
 * It recomputes when the caret changes block, or after an edit that could
 * change the caret's section or its item (headings or blocks moved, the
 * agenda changed, the clock started or stopped), or while the clock runs and
 * the caret's item waits to be taken up. Plain
 * typing in the caret's text node reads nothing but the selection.
 */
export function CurrentItemPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let lastAnchorKey: NodeKey | null = null;
    let lastBlockKey: NodeKey | null = null;
    let lastAgenda: AgendaItem[] | undefined;
    let lastClockRunning = false;
    let waitingToBeTakenUp = false;
    let headingsChanged = false;
    return mergeRegister(
      // Mutation listeners run before the update listeners of the same commit.
      editor.registerMutationListener(AgendaHeadingNode, () => {
        headingsChanged = true;
      }, { skipInitialization: true }),
      editor.registerUpdateListener(({ editorState, dirtyElements }) => {
        const sectionsChanged = headingsChanged || blocksRearranged(dirtyElements);
        headingsChanged = false;
        const edited = dirtyElements.has('root');
        const clockRunning = meetingClockRunning();
        const found = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return undefined;
          const agenda = $getAgenda();
          // Waiting matters only while the clock runs: only then does typing record the item as taken up. A clock
          // started or stopped counts with the next edit, never with a click (the item is taken up by typing in it).
          const stale = sectionsChanged
            || (edited && ((waitingToBeTakenUp && clockRunning) || agenda !== lastAgenda || clockRunning !== lastClockRunning));
          if (selection.anchor.key === lastAnchorKey && !stale) return undefined;
          lastAnchorKey = selection.anchor.key;
          const block = selection.anchor.getNode().getTopLevelElement() ?? selection.anchor.getNode();
          if (block.getKey() === lastBlockKey && !stale) return undefined;
          lastBlockKey = block.getKey();
          lastAgenda = agenda;
          lastClockRunning = clockRunning;
          const itemId = $sectionItemOf(block);
          const entry = itemId ? findAgendaEntry(agenda, itemId) : undefined;
          waitingToBeTakenUp = entry !== undefined && entry.takenUpAtMs === undefined;
          return { itemId, needsTakenUp: waitingToBeTakenUp };
        });
        if (!found) return;
        const store = useMeetingStore.getState();
        store.setCurrentItem(found.itemId);
        const startedAt = store.meeting.clock.startedAt;
        if (found.itemId && found.needsTakenUp && startedAt && clockRunning && editor.isEditable()) {
          const offset = Math.max(0, Date.now() - Date.parse(startedAt));
          const itemId = found.itemId;
          applyAgendaChange(editor, (agenda) => updateAgendaEntry(agenda, itemId, { takenUpAtMs: offset }), HISTORY_MERGE_TAG);
        }
      }),
    );
  }, [editor]);
  return null;
}
