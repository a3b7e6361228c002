import { addItem, addSubItem, indentAgendaEntry, moveAgendaEntry, moveAgendaEntryBefore, outdentAgendaEntry, removeAgendaEntry, updateAgendaEntry } from '../../../shared/agenda/agendaOps';
import { newId } from '../../../shared/ids';
import type { AgendaSubItem } from '../../../shared/meeting/schema';
import { getCurrentEditor } from '../../editor/editorHandle';
import { applyAgendaChange } from '../../editor/agenda/applyAgendaChange';
import { goToAgendaItem } from '../../editor/agenda/navigation';
import { $findHeading, $sectionHasNotes } from '../../editor/agenda/sections';

/** Agenda edits from the panel; each is one editor update, so editor undo takes it back. */

function change(edit: Parameters<typeof applyAgendaChange>[1]): void {
  const editor = getCurrentEditor();
  if (editor?.isEditable()) applyAgendaChange(editor, edit);
}

export function addAgendaItem(title: string, afterId?: string): string {
  const id = newId('i');
  change((agenda) => addItem(agenda, { id, title, presenterIds: [], children: [] }, afterId));
  return id;
}

export function addAgendaSubItem(parentId: string, title: string): string {
  const id = newId('s');
  change((agenda) => addSubItem(agenda, parentId, { id, title, presenterIds: [] }));
  return id;
}

export function editAgendaEntry(id: string, patch: Partial<Omit<AgendaSubItem, 'id'>>): void {
  change((agenda) => updateAgendaEntry(agenda, id, patch));
}

export const moveAgendaEntryUp = (id: string) => change((agenda) => moveAgendaEntry(agenda, id, -1));
export const moveAgendaEntryDown = (id: string) => change((agenda) => moveAgendaEntry(agenda, id, 1));
export const dropAgendaEntryBefore = (id: string, beforeId: string) => change((agenda) => moveAgendaEntryBefore(agenda, id, beforeId));
export const indentEntry = (id: string) => change((agenda) => indentAgendaEntry(agenda, id));
export const outdentEntry = (id: string) => change((agenda) => outdentAgendaEntry(agenda, id));

/** Deleting merges the item's notes into the section before it; the panel asks first when there are notes. */
export function deleteAgendaEntry(id: string): void {
  change((agenda) => removeAgendaEntry(agenda, id).agenda);
}

/** Whether the item (or one of its sub-items) has notes that a delete would move. */
export function agendaEntryHasNotes(ids: readonly string[]): boolean {
  const editor = getCurrentEditor();
  if (!editor) return false;
  return editor.getEditorState().read(() => ids.some((id) => {
    const heading = $findHeading(id);
    return heading !== null && $sectionHasNotes(heading);
  }));
}

export function goToEntry(id: string): void {
  const editor = getCurrentEditor();
  if (editor) goToAgendaItem(editor, id);
}
