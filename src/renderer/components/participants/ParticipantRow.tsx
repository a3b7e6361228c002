import { memo, useId, type KeyboardEvent } from 'react';
import type { Participant } from '../../../shared/meeting/schema';
import { Icon } from '../Icon';
import { ATTENDANCE_LABELS, ROLE_LABELS } from './participantLabels';

/** What a row can ask for, about the participant it names: one object for the whole list, so rows can be memoised. */
export interface ParticipantRowActions {
  attribute(participantId: string): void;
  edit(participantId: string): void;
  remove(participant: Participant): void;
  move(participantId: string, by: -1 | 1): void;
}

interface ParticipantRowProps {
  participant: Participant;
  /** The speaker chord's digit, if this person has one. */
  chordDigit: number | undefined;
  chordShortcut: string | undefined;
  spokeCount: number;
  readOnly: boolean;
  actions: ParticipantRowActions;
}

function Tags({ participant }: { participant: Participant }) {
  return (
    <>
      {participant.role !== 'member' ? <span className="participant-tag">{ROLE_LABELS[participant.role]}</span> : null}
      {participant.attendance !== 'present' ? <span className="participant-tag participant-tag--attendance">{ATTENDANCE_LABELS[participant.attendance]}</span> : null}
    </>
  );
}

function rowKeyHandler(participant: Participant, actions: ParticipantRowActions, readOnly: boolean) {
  return (event: KeyboardEvent) => {
    if (readOnly) return;
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (event.altKey && event.key === 'ArrowUp') run(() => actions.move(participant.id, -1));
    else if (event.altKey && event.key === 'ArrowDown') run(() => actions.move(participant.id, 1));
    else if (event.key === 'F2') run(() => actions.edit(participant.id));
    else if (event.key === 'Delete') run(() => actions.remove(participant));
  };
}

/**
 * One participant as a speaker button ([n] is the chord) and an edit button; only
 * the edit button sits beside it, so a click meant for the speaker never lands on
 * Delete. Keys on the speaker button, as in the agenda: Alt+↑/↓ move, F2 edit, Delete.
 * Memoised: a click adds a mention, which changes one row's count, not forty rows.
 */
export const ParticipantRow = memo(function ParticipantRow({ participant, chordDigit, chordShortcut, spokeCount, readOnly, actions }: ParticipantRowProps) {
  const detailsId = useId();
  const name = participant.fullName;
  const pinned = participant.pin !== undefined;
  return (
    <li className={`participant-row participant-row--${participant.attendance}`} data-participant-id={participant.id}>
      <button type="button" className="speaker-button" aria-label={name} aria-describedby={detailsId} aria-keyshortcuts={chordShortcut}
        title={`Start a statement by ${name}${chordShortcut ? ` (${chordShortcut})` : ''}. Alt+↑/↓ move, F2 edit, Delete remove.`}
        disabled={readOnly}
        onKeyDown={rowKeyHandler(participant, actions, readOnly)}
        // Keeps the caret (and focus) in the notes, so typing goes on right after the click.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => actions.attribute(participant.id)}>
        <span className={`speaker-button__chord${pinned ? ' speaker-button__chord--pinned' : ''}`} aria-hidden="true">{chordDigit === undefined ? '' : `[${chordDigit}]`}</span>
        <span className="speaker-button__text">
          <span className="speaker-button__name">{name}</span>
          <span className="speaker-button__details" id={detailsId}>
            <Tags participant={participant} />
            {participant.affiliation ? <span className="speaker-button__affiliation">{participant.affiliation}</span> : null}
            {spokeCount > 0 ? <span className="visually-hidden">, spoke in {spokeCount} paragraphs</span> : null}
          </span>
        </span>
        {spokeCount > 0 ? <span className="speaker-button__count" aria-hidden="true" title="Attributed paragraphs">{spokeCount}</span> : null}
      </button>
      {readOnly ? null : (
        <button type="button" className="icon-button participant-row__edit" onClick={() => actions.edit(participant.id)} aria-label={`Edit ${name}`} title="Edit, move or delete"><Icon name="edit" /></button>
      )}
    </li>
  );
});
