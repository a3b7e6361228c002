import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $parseSerializedNode, HISTORY_MERGE_TAG, type SerializedLexicalNode } from 'lexical';
import { useEffect, useMemo } from 'react';
import type { AgendaItem, Meeting } from '../../shared/meeting/schema';
import { notesWithAgenda } from './editorContent';
import { useMeetingStore } from '../store/meetingStore';
import { AutosavePlugin } from '../autosave/AutosavePlugin';
import { ActionPlugins } from './actions/ActionPlugins';
import { NotesContentEditable } from './NotesContentEditable';
import { editorNodes } from './editorNodes';
import { editorTheme } from './editorTheme';
import { SpeakerMentionPlugins } from './mentions/SpeakerMentionPlugins';
import { $indexLoadedMentions } from './mentions/mentionTracker';
import { SpellingPlugin } from './spelling/SpellingPlugin';
import { NotesContextMenuPlugin } from '../components/contextMenu/NotesContextMenuPlugin';
import { AgendaHeadingPlugin } from './plugins/AgendaHeadingPlugin';
import { AgendaSyncPlugin } from './plugins/AgendaSyncPlugin';
import { CurrentItemPlugin } from './plugins/CurrentItemPlugin';
import { DocumentEdgeKeysPlugin } from './plugins/DocumentEdgeKeysPlugin';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { ListIndentPlugin } from './plugins/ListIndentPlugin';
import { NotesAutoLinkPlugin } from './plugins/NotesAutoLinkPlugin';
import { NotesListPlugin } from './plugins/NotesListPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { SectionGuardPlugin } from './plugins/SectionGuardPlugin';
import { TopicPrefixPlugin } from './plugins/TopicPrefixPlugin';

interface NotesEditorProps {
  notes: Meeting['notes'];
  agenda: AgendaItem[];
  readOnly: boolean;
  /** The static element the notes' editable element goes into (see NotesContentEditable). */
  host: HTMLElement;
}

/**
 * Puts the meeting's notes into the editor, once. It comes after the plugins that register node transforms
 * and before the others: registering a transform on a filled editor marks every node of its type changed
 * and runs a second pass (and reconciliation) over the whole notes, so here the transforms run once, as the
 * nodes are created; the plugins after it start, as before, on notes already there.
 */
function LoadNotesPlugin({ notes, agenda }: { notes: Meeting['notes']; agenda: AgendaItem[] }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => {
      if (!$getRoot().isEmpty()) return;
      // The root's importJSON fills the existing root (its node state holds the agenda) and appends the blocks.
      $parseSerializedNode((notesWithAgenda(notes, agenda) as { root: SerializedLexicalNode }).root);
      // Also when there are none: the index must not keep the previous meeting's mentions.
      $indexLoadedMentions();
    }, { tag: HISTORY_MERGE_TAG, discrete: true });
    // The notes are read once per editor (the parent keys it by session), as an initial editor state would be.
  }, [editor]);
  return null;
}

/** The live notes. Created afresh for each loaded meeting (the parent keys it by session). */
export function NotesEditor({ notes, agenda, readOnly, host }: NotesEditorProps) {
  const markDirty = useMeetingStore((state) => state.markDirty);
  const initialConfig = useMemo<InitialConfigType>(() => ({
    namespace: 'rapporteur-notes',
    nodes: [...editorNodes],
    theme: editorTheme,
    editable: !readOnly,
    // Empty until LoadNotesPlugin fills it.
    editorState: null,
    onError: (error) => {
      useMeetingStore.getState().showError(`The editor hit a problem: ${error.message}`);
    },
  }), [readOnly]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <>
        <RichTextPlugin
          contentEditable={<NotesContentEditable host={host} label="Meeting notes" />}
          placeholder={<div className="notes-editor__placeholder">Type the notes of the meeting here…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <NotesListPlugin />
        <LinkPlugin />
        <PastePlugin />
        <NotesAutoLinkPlugin />
        <LoadNotesPlugin notes={notes} agenda={agenda} />
        <OnChangePlugin onChange={markDirty} ignoreSelectionChange ignoreHistoryMergeTagChange />
        <EditorHandlePlugin />
        <AutosavePlugin />
        <AgendaSyncPlugin />
        <AgendaHeadingPlugin />
        <SectionGuardPlugin />
        <CurrentItemPlugin />
        <TopicPrefixPlugin />
        <LinkClickPlugin />
        <ListIndentPlugin />
        <DocumentEdgeKeysPlugin />
        <SpeakerMentionPlugins />
        <SpellingPlugin /><NotesContextMenuPlugin />
        <ActionPlugins />
      </>
    </LexicalComposer>
  );
}
