import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';
import { addParticipant, removeParticipant, restoreParticipantsIfUndone } from '../../../../src/renderer/store/participantActions';
import { useMeetingStore } from '../../../../src/renderer/store/meetingStore';

const names = () => useMeetingStore.getState().meeting.participants.map((p) => p.fullName);

beforeEach(() => useMeetingStore.getState().loadMeeting(createEmptyMeeting(), null));

describe('restoreParticipantsIfUndone', () => {
  it('brings back, in their place, a person whose mentions an undo brought back', () => {
    addParticipant({ fullName: 'Jim Prendergast' });
    const carol = addParticipant({ fullName: 'Carol Roach' });
    addParticipant({ fullName: 'Timea Suto' });
    removeParticipant(carol.id);
    expect(names()).toEqual(['Jim Prendergast', 'Timea Suto']);
    restoreParticipantsIfUndone([carol.id]);
    expect(names()).toEqual(['Jim Prendergast', 'Carol Roach', 'Timea Suto']);
  });

  it('does not bring a person deleted in another meeting into the one open now', () => {
    const carol = addParticipant({ fullName: 'Carol Roach' });
    removeParticipant(carol.id);
    useMeetingStore.getState().loadMeeting(createEmptyMeeting(), null);
    restoreParticipantsIfUndone([carol.id]);
    expect(names()).toEqual([]);
  });
});
