import { emptyNotes } from './notesSchema';
import { meetingSchema, type Meeting } from './schema';

/** A blank meeting, as File > New creates it. */
export function createEmptyMeeting(): Meeting {
  return meetingSchema.parse({
    metadata: {
      groupTitle: '',
      groupLongName: '',
      groupShortName: '',
      seriesName: 'Online Meeting',
    },
    participants: [],
    agenda: [],
    notes: emptyNotes(),
  });
}
