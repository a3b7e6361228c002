import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { agendaLabel } from '../../../shared/meeting/agendaNumbering';
import { useMeetingStore } from '../../store/meetingStore';
import { goToAgendaItem } from '../agenda/navigation';

/** The visible heading of an agenda section: number and title, read from the agenda. A click puts the caret in its notes. */
export function AgendaHeading({ itemId }: { itemId: string }) {
  const [editor] = useLexicalComposerContext();
  const label = useMeetingStore((state) => agendaLabel(state.meeting.agenda, itemId));
  return (
    <h2 className="agenda-heading__text" data-item-id={itemId}
      // The heading itself can hold no caret: send it into the section instead of leaving the click nowhere.
      onMouseDown={(event) => {
        event.preventDefault();
        goToAgendaItem(editor, itemId);
      }}>
      {label ?? 'Removed agenda item'}
    </h2>
  );
}
