import { getCurrentEditor } from '../editor/editorHandle';
import { goToAdjacentAgendaItem } from '../editor/agenda/navigation';
import { addAgendaItem } from '../components/agenda/agendaActions';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

function adjacent(direction: 1 | -1): CommandHandler {
  return () => {
    const editor = getCurrentEditor();
    if (editor) goToAdjacentAgendaItem(editor, direction);
  };
}

export const agendaCommandHandlers = {
  'meeting.nextItem': adjacent(1),
  'meeting.previousItem': adjacent(-1),
  'meeting.startClock': () => useMeetingStore.getState().startClock(new Date()),
  'meeting.endClock': () => useMeetingStore.getState().endClock(new Date()),
  'agenda.addItem': () => {
    addAgendaItem('New item');
  },
  'agenda.paste': () => useUiStore.getState().openDialog({ kind: 'pasteAgenda' }),
} satisfies Record<string, CommandHandler>;
