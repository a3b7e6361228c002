import { formatDueDate } from '../../../shared/actions/dueDates';
import { shortNameOf } from '../../../shared/names/shortName';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';

/** The chip an action shows in the notes: "Action · Chris, Jim · due 31 Aug 2023"; a click edits it. */
export function ActionMarker({ nodeKey, ownerIds, due, done }: { nodeKey: string; ownerIds: readonly string[]; due: string | undefined; done: boolean }) {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const locale = useMeetingStore((state) => state.meeting.metadata.locale);
  const owners = ownerIds.flatMap((id) => {
    const person = participants.find((candidate) => candidate.id === id);
    return person ? [shortNameOf(person)] : [];
  });
  const parts = [done ? '✓ Action' : 'Action', owners.length > 0 ? owners.join(', ') : 'no owner', ...(due ? [`due ${formatDueDate(due, locale)}`] : [])];
  return (
    <span className={`item-marker item-marker--action${done ? ' item-marker--done' : ''}`} role="button" tabIndex={-1} contentEditable={false}
      data-testid="action-marker" title="Edit this action"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        // Read-only notes show their actions but do not change them.
        if (!useMeetingStore.getState().readOnly) useUiStore.getState().openDialog({ kind: 'action', target: { mode: 'edit', nodeKey } });
      }}>
      {parts.join(' · ')}
    </span>
  );
}

/** The chip a decision shows in the notes. */
export function DecisionMarker({ nodeKey }: { nodeKey: string }) {
  return (
    <span className="item-marker item-marker--decision" contentEditable={false} data-testid="decision-marker" data-node-key={nodeKey}>
      Decision
    </span>
  );
}
