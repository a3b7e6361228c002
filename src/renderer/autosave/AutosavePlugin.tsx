import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { noteMeetingChange } from './autosaveController';

/**
 * Tells the autosave scheduler about every change to the notes. Per keystroke it
 * only notes the time: the notes are serialised later, in the scheduler's timer.
 */
export function AutosavePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    // Loading a meeting and the repairs made while loading are not edits (the dirty mark ignores them too):
    // opening a file must not rewrite it. Agenda changes made this way reach the meeting store, which is watched.
    if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
    noteMeetingChange();
  }), [editor]);
  return null;
}
