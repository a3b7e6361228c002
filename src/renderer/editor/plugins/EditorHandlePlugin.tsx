import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { setCurrentEditor } from '../editorHandle';

/** Publishes the editor to commands (save reads the notes from it). */
export function EditorHandlePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    setCurrentEditor(editor);
    return () => setCurrentEditor(null);
  }, [editor]);
  return null;
}
