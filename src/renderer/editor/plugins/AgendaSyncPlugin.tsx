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
    return editor.registerUpdateListener(({ editorState }) => {
      const agenda = editorState.read(() => $getAgenda());
      if (agenda === mirrored) return;
      mirrored = agenda;
      if (useMeetingStore.getState().meeting.agenda !== agenda) useMeetingStore.getState().mirrorAgenda(agenda);
    });
  }, [editor]);
  return null;
}
