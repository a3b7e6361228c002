import { useMeetingStore } from '../../store/meetingStore';

/** A speaker's name in the notes, always the participant list's spelling. */
export function SpeakerMention({ participantId }: { participantId: string }) {
  const name = useMeetingStore((state) => state.meeting.participants.find((p) => p.id === participantId)?.fullName);
  return <span className="speaker-mention__name" data-participant-id={participantId}>{name ?? 'Unknown speaker'}</span>;
}
