import { attributeToParticipant } from '../../commands/speakerCommands';
import { useMeetingStore } from '../../store/meetingStore';

/** The participants as speaker buttons: a click starts a statement by that person. */
export function ParticipantsPanel() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  return (
    <section className="participants-panel" aria-label="Participants">
      <h2 className="panel-title">Participants ({participants.length})</h2>
      <ul className="participants-panel__list">
        {participants.map((participant) => (
          <li key={participant.id}>
            <button type="button" className="speaker-button" onClick={() => attributeToParticipant(participant.id)}>
              {participant.fullName}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
