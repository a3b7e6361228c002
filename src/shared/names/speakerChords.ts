import type { Participant } from '../meeting/schema';

export const CHORD_DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

type ChordParticipant = Pick<Participant, 'id' | 'pin' | 'attendance'>;

/** Whether a person is expected to speak, so deserves one of the nine free chords. */
function isInTheCall(participant: ChordParticipant): boolean {
  return participant.attendance === 'present';
}

/**
 * Which participant each speaker chord (1–9) inserts, digit → participant id.
 * A pinned number always means its person, so muscle memory survives list edits;
 * the numbers left over go, in list order, to the unpinned people in the call
 * (not to those who sent apologies or are absent). A number pinned twice, as a
 * hand-edited file could hold, belongs to the first of them.
 */
export function assignSpeakerChords(participants: readonly ChordParticipant[]): Map<number, string> {
  const byDigit = new Map<number, string>();
  const pinnedIds = new Set<string>();
  for (const participant of participants) {
    if (participant.pin === undefined || byDigit.has(participant.pin)) continue;
    byDigit.set(participant.pin, participant.id);
    pinnedIds.add(participant.id);
  }
  const freeDigits = CHORD_DIGITS.filter((digit) => !byDigit.has(digit));
  const unpinned = participants.filter((participant) => !pinnedIds.has(participant.id) && isInTheCall(participant));
  freeDigits.forEach((digit, index) => {
    const participant = unpinned[index];
    if (participant) byDigit.set(digit, participant.id);
  });
  return byDigit;
}

/** The chord digit of each participant who has one, participant id → digit. */
export function chordDigitsById(participants: readonly ChordParticipant[]): Map<string, number> {
  return new Map([...assignSpeakerChords(participants)].map(([digit, id]) => [id, digit]));
}
