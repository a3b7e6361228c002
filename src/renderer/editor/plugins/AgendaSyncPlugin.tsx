import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { AgendaItem } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';
import { $getAgenda } from '../agenda/agendaState';

/** Mirrors the editor-owned agenda into app state for the panels; a reference check per update. */
export function AgendaSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let mirrored: AgendaItem[] | undefined;
    // An editor being replaced by the next meeting's can still commit (as it unmounts): never into that meeting.
    const session = useMeetingStore.getState().session;
    return editor.registerUpdateListener(({ editorState }) => {
      if (useMeetingStore.getState().session !== session) return;
      const agenda = editorState.read(() => $getAgenda());
      if (agenda === mirrored) return;
      mirrored = agenda;
      if (useMeetingStore.getState().meeting.agenda !== agenda) useMeetingStore.getState().mirrorAgenda(agenda);
    });
  }, [editor]);
  return null;
}
