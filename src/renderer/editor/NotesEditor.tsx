import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo } from 'react';
import type { AgendaItem, Meeting } from '../../shared/meeting/schema';
import { notesWithAgenda } from './editorContent';
import { useMeetingStore } from '../store/meetingStore';
import { AutosavePlugin } from '../autosave/AutosavePlugin';
import { ActionPlugins } from './actions/ActionPlugins';
import { editorNodes } from './editorNodes';
import { editorTheme } from './editorTheme';
import { SpeakerMentionPlugins } from './mentions/SpeakerMentionPlugins';
import { SpellingPlugin } from './spelling/SpellingPlugin';
import { NotesContextMenuPlugin } from '../components/contextMenu/NotesContextMenuPlugin';
import { AgendaSyncPlugin } from './plugins/AgendaSyncPlugin';
import { CurrentItemPlugin } from './plugins/CurrentItemPlugin';
import { DocumentEdgeKeysPlugin } from './plugins/DocumentEdgeKeysPlugin';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { ListIndentPlugin } from './plugins/ListIndentPlugin';
import { NotesAutoLinkPlugin } from './plugins/NotesAutoLinkPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { SectionGuardPlugin } from './plugins/SectionGuardPlugin';
import { TopicPrefixPlugin } from './plugins/TopicPrefixPlugin';

interface NotesEditorProps {
  notes: Meeting['notes'];
  agenda: AgendaItem[];
  readOnly: boolean;
}

/** The live notes. Created afresh for each loaded meeting (the parent keys it by session). */
export function NotesEditor({ notes, agenda, readOnly }: NotesEditorProps) {
  const markDirty = useMeetingStore((state) => state.markDirty);
  const initialConfig = useMemo<InitialConfigType>(() => ({
    namespace: 'rapporteur-notes',
    nodes: [...editorNodes],
    theme: editorTheme,
    editable: !readOnly,
    editorState: JSON.stringify(notesWithAgenda(notes, agenda)),
    onError: (error) => {
      useMeetingStore.getState().showError(`The editor hit a problem: ${error.message}`);
    },
  }), [notes, agenda, readOnly]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="notes-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="notes-editor__content" aria-label="Meeting notes" spellCheck={false} />}
          placeholder={<div className="notes-editor__placeholder">Type the notes of the meeting here…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin />
        <OnChangePlugin onChange={markDirty} ignoreSelectionChange ignoreHistoryMergeTagChange />
        <EditorHandlePlugin />
        <AutosavePlugin />
        <AgendaSyncPlugin />
        <SectionGuardPlugin />
        <CurrentItemPlugin />
        <TopicPrefixPlugin />
        <PastePlugin />
        <NotesAutoLinkPlugin />
        <LinkClickPlugin />
        <ListIndentPlugin />
        <DocumentEdgeKeysPlugin />
        <SpeakerMentionPlugins />
        <SpellingPlugin /><NotesContextMenuPlugin />
        <ActionPlugins />
      </div>
    </LexicalComposer>
  );
}
