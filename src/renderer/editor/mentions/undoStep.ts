import {
  $addUpdateTag, $getEditor, $getSelection, $onUpdate, $setSelection, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG,
} from 'lexical';

/**
 * Makes the running update (a mention inserted) an undo step of its own. The
 * history would otherwise read "mention + space, caret after the space" as a
 * typed character and merge it with the typing before and after. Pushing
 * separates it from what came before; a selection-only update right after
 * resets the history's "last change was typing" so the next word is its own step.
 */
export function $asOwnUndoStep(): void {
  $addUpdateTag(HISTORY_PUSH_TAG);
  const editor = $getEditor();
  $onUpdate(() => {
    editor.update(() => {
      const selection = $getSelection();
      if (selection) $setSelection(selection.clone());
      // Nothing to show: the DOM selection and scroll stay as the scribe left them.
    }, { tag: [HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] });
  });
}
