import { collectNotedItems } from '../../../shared/actions/collect';
import type { Meeting } from '../../../shared/meeting/schema';
import { describeMoment } from '../../../shared/report/dates';

/** "Meeting 61 · 10 August 2023 at 14:00 UTC · 22 participants · 2 open actions": what a new meeting will be. */
export function meetingSummary(meeting: Meeting): string {
  const { metadata } = meeting;
  const open = collectNotedItems(meeting.notes).actions.filter((action) => !action.done).length;
  return [
    [metadata.seriesName, metadata.number].filter((part) => part !== undefined && part !== '').join(' ') || 'Untitled meeting',
    metadata.start ? describeMoment(metadata.start, metadata.locale).full : 'date not set',
    `${meeting.participants.length} participant${meeting.participants.length === 1 ? '' : 's'}`,
    `${meeting.agenda.length} agenda item${meeting.agenda.length === 1 ? '' : 's'}`,
    `${open} open action${open === 1 ? '' : 's'} carried over`,
  ].join(' · ');
}
