import { useMeetingStore } from '../../store/meetingStore';
import { agendaLabel } from '../../../shared/meeting/agendaNumbering';

/** The visible heading of an agenda section: number and title, read from the agenda. */
export function AgendaHeading({ itemId }: { itemId: string }) {
  const label = useMeetingStore((state) => agendaLabel(state.meeting.agenda, itemId));
  return (
    <h2 className="agenda-heading__text" data-item-id={itemId}>
      {label ?? 'Removed agenda item'}
    </h2>
  );
}
