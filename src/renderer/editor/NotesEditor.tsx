import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo } from 'react';
import type { Meeting } from '../../shared/meeting/schema';
import { useMeetingStore } from '../store/meetingStore';
import { editorNodes } from './editorNodes';
import { editorTheme } from './editorTheme';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';

interface NotesEditorProps {
  notes: Meeting['notes'];
  readOnly: boolean;
}

/** The live notes. Created afresh for each loaded meeting (the parent keys it by session). */
export function NotesEditor({ notes, readOnly }: NotesEditorProps) {
  const markDirty = useMeetingStore((state) => state.markDirty);
  const initialConfig = useMemo<InitialConfigType>(() => ({
    namespace: 'rapporteur-notes',
    nodes: [...editorNodes],
    theme: editorTheme,
    editable: !readOnly,
    editorState: JSON.stringify(notes),
    onError: (error) => {
      useMeetingStore.getState().showError(`The editor hit a problem: ${error.message}`);
    },
  }), [notes, readOnly]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="notes-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="notes-editor__content" aria-label="Meeting notes" spellCheck />}
          placeholder={<div className="notes-editor__placeholder">Type the notes of the meeting here…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin />
        <OnChangePlugin onChange={markDirty} ignoreSelectionChange ignoreHistoryMergeTagChange />
        <EditorHandlePlugin />
      </div>
    </LexicalComposer>
  );
}
