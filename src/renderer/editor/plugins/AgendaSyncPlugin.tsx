import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { AgendaItem } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';
import { $getAgenda } from '../agenda/agendaState';

/** Whether two agendas hold the same items (JSON data: the same text means the same agenda). */
export function sameAgenda(a: readonly AgendaItem[], b: readonly AgendaItem[]): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

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
      const first = mirrored === undefined;
      mirrored = agenda;
      const shown = useMeetingStore.getState().meeting.agenda;
      // The editor holds its own copy of the agenda it loaded: the same items, so the panels need not render again.
      if (shown !== agenda && !(first && sameAgenda(shown, agenda))) useMeetingStore.getState().mirrorAgenda(agenda);
    });
  }, [editor]);
  return null;
}
