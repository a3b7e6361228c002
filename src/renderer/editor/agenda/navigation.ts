import type { LexicalEditor } from 'lexical';
import { useMeetingStore } from '../../store/meetingStore';
import { $getAgenda, flattenAgendaIds } from './agendaState';
import { $goToSection } from './sections';

/** Moves the caret to the end of an item's section and brings it into view. */
export function goToAgendaItem(editor: LexicalEditor, itemId: string): void {
  let targetKey: string | null = null;
  editor.update(() => {
    targetKey = $goToSection(itemId)?.getKey() ?? null;
  }, {
    // Focus after the commit: focusing earlier would find no selection yet and put the caret at the document's end.
    onUpdate: () => {
      editor.focus(undefined, { defaultSelection: 'rootEnd' });
      if (targetKey) editor.getElementByKey(targetKey)?.scrollIntoView({ block: 'nearest' });
    },
  });
}

/** The next (+1) or previous (-1) item from the caret's section; from the opening section, the first item. */
export function goToAdjacentAgendaItem(editor: LexicalEditor, direction: 1 | -1): void {
  const ids = editor.getEditorState().read(() => flattenAgendaIds($getAgenda()));
  const current = useMeetingStore.getState().currentItemId;
  const index = current === null ? -1 : ids.indexOf(current);
  const target = direction === 1 ? ids[index + 1] : index > 0 ? ids[index - 1] : undefined;
  if (target) goToAgendaItem(editor, target);
}
