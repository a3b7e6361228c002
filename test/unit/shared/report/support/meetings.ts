import { AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, type SerializedNote } from '../../../../../src/shared/meeting/notesSchema';
import { meetingSchema, type Meeting, type MeetingInput } from '../../../../../src/shared/meeting/schema';

/** Small meetings for unit tests, validated by the real schema so they are meetings the app could hold. */

export const text = (value: string, format = 0): SerializedNote => ({ type: 'text', version: 1, text: value, format });
export const mention = (participantId: string): SerializedNote => ({ type: SPEAKER_MENTION_TYPE, version: 1, participantId });
export const agendaHeading = (itemId: string): SerializedNote => ({ type: AGENDA_HEADING_TYPE, version: 1, itemId });
export const paragraph = (...children: Array<SerializedNote | string>): SerializedNote => ({
  type: 'paragraph', version: 1, children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});
export const link = (url: string, ...children: SerializedNote[]): SerializedNote => ({ type: 'link', version: 1, url, children });
export const listItem = (...children: Array<SerializedNote | string>): SerializedNote => ({
  type: 'listitem', version: 1, children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});
export const list = (listType: 'number' | 'bullet' | 'check', items: SerializedNote[], start = 1): SerializedNote => ({
  type: 'list', version: 1, listType, start, children: items,
});

export const PEOPLE = {
  chris: { id: 'chris', fullName: 'Chris Buckridge', affiliation: "Group's Co-Chair" },
  timea: { id: 'timea', fullName: 'Timea Suto', affiliation: 'ICC Basis' },
  jim: { id: 'jim', fullName: 'Jim Prendergast', affiliation: 'Independent Expert' },
  valeria: { id: 'valeria', fullName: 'Valeria Betancourt' },
} as const;

export type MeetingOverrides = Omit<Partial<MeetingInput>, 'metadata' | 'notes'> & {
  metadata?: Partial<MeetingInput['metadata']>;
  notes?: SerializedNote[];
};

/** A meeting of the reference's group with three items, Chris moderating; overrides replace whole fields. */
export function makeMeeting(overrides: MeetingOverrides = {}): Meeting {
  const { metadata, notes, ...rest } = overrides;
  return meetingSchema.parse({
    participants: Object.values(PEOPLE),
    agenda: [
      { id: 'one', title: 'Outcomes', children: [{ id: 'one-a', title: 'Update on the LP', presenterIds: ['timea'] }] },
      { id: 'two', title: 'Policy Brief' },
      { id: 'aob', title: 'AoB' },
    ],
    links: [],
    ...rest,
    metadata: {
      groupTitle: 'MAG Working Group on IGF Strengthening and Strategy',
      groupLongName: 'IGF MAG Working Group (WG) on IGF Strengthening and Strategy',
      groupShortName: 'WG-Strategy',
      seriesName: 'Online Meeting',
      number: 61,
      start: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' },
      nextMeeting: { date: '2023-08-24', time: '14:00', timeZone: 'UTC' },
      locale: 'en-GB',
      moderatorIds: ['chris'],
      recordingNote: 'a recording of the meeting is available upon request',
      ...metadata,
    },
    notes: { root: { type: 'root', version: 1, children: notes ?? [] } },
  });
}
