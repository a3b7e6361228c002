import { $getNodeByKey, $isElementNode } from 'lexical';
import { resolveOwners } from '../../shared/actions/owners';
import { parseScribeCommand } from '../../shared/actions/scribeCommands';
import { getCurrentEditor } from '../editor/editorHandle';
import { $markTargetAtSelection, $toggleDecision, type MarkTarget } from '../editor/actions/markActions';
import { $isActionMarkerNode } from '../editor/actions/ActionMarkerNode';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { ActionDialogTarget } from '../components/actions/actionDialogTarget';
import type { CommandHandler } from './commandHandlers';

function editableEditor() {
  const editor = getCurrentEditor();
  return editor && editor.isEditable() ? editor : null;
}

/**
 * Mark as Action: in a paragraph already marked, edits that action; otherwise
 * opens the dialog to pick owners and a due date for the paragraph (from the
 * selection's start when words are selected). A typed "ACTION: Chris to …"
 * fills the dialog in, and its prefix goes when the action is marked.
 */
function markAction(): void {
  const editor = editableEditor();
  if (!editor) return;
  const target = editor.read((): ActionDialogTarget | null => {
    const mark = $markTargetAtSelection();
    if (!mark) return null;
    const block = $getNodeByKey(mark.blockKey);
    if (!$isElementNode(block)) return null;
    // The caret in a marked paragraph means that action; selected words mean a new action from there.
    const existing = mark.point ? undefined : block.getChildren().find($isActionMarkerNode);
    if (existing) return { mode: 'edit', nodeKey: existing.getKey() };
    const text = block.getTextContent();
    const command = mark.point ? undefined : parseScribeCommand(text);
    if (command?.kind !== 'action') return { mode: 'new', mark, ownerIds: [], newNames: [], text: text.trim() };
    const owners = resolveOwners(useMeetingStore.getState().meeting.participants, command.ownerNames);
    const strip: MarkTarget['strip'] = { prefixLength: command.prefixLength, ...(command.dueClauseStart !== undefined ? { suffixStart: command.dueClauseStart } : {}) };
    return {
      mode: 'new', mark: { ...mark, strip }, ownerIds: owners.ownerIds, newNames: owners.newNames, due: command.due,
      text: text.slice(command.prefixLength, command.dueClauseStart).trim(),
    };
  });
  if (target) useUiStore.getState().openDialog({ kind: 'action', target });
}

/** Mark as Decision: marks the paragraph (or takes the mark away); a typed "RESOLUTION:" prefix goes. */
function markDecision(): void {
  const editor = editableEditor();
  if (!editor) return;
  editor.update(() => {
    const mark = $markTargetAtSelection();
    if (!mark) return;
    const command = parseScribeCommand($getNodeByKey(mark.blockKey)?.getTextContent() ?? '');
    $toggleDecision(command?.kind === 'decision' && !mark.point ? { ...mark, strip: { prefixLength: command.prefixLength } } : mark);
  });
}

export const actionCommandHandlers = {
  'insert.action': markAction,
  'insert.decision': markDecision,
} satisfies Record<string, CommandHandler>;
