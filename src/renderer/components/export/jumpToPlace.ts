import { $getRoot, $isElementNode } from 'lexical';
import type { ExportCheckPlace } from '../../../shared/report/exportChecks';
import { getCurrentEditor } from '../../editor/editorHandle';
import { goToAgendaItem } from '../../editor/agenda/navigation';

/** Takes the caret to what an export check points at: an agenda item's section, or a block of the notes. */
export function jumpToPlace(place: ExportCheckPlace): void {
  const editor = getCurrentEditor();
  if (!editor) return;
  if ('itemId' in place) {
    goToAgendaItem(editor, place.itemId);
    return;
  }
  let key: string | null = null;
  editor.update(() => {
    const block = $getRoot().getChildAtIndex(place.blockIndex);
    if ($isElementNode(block)) {
      block.selectEnd();
      key = block.getKey();
    }
  }, {
    onUpdate: () => {
      editor.focus();
      if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    },
  });
}
