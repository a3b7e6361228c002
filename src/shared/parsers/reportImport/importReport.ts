import type { MeetingMetadata, ZonedDateTime } from '../../meeting/schema';
import type { ParsedAgendaItem } from '../agendaText';
import type { ParsedPerson } from '../participantList';
import { readAgenda } from './agendaSection';
import { readPeople } from './people';
import { sectionsOf, splitReport } from './sections';
import { findNextMeeting, readTitleBlock } from './titleBlock';

/** What a previous report says about its group and meeting, and what it did not say. */
export interface ImportedReport {
  groupTitle?: string;
  groupLongName?: string;
  groupShortName?: string;
  seriesName?: string;
  number?: number;
  format?: MeetingMetadata['format'];
  start?: ZonedDateTime;
  nextMeeting?: ZonedDateTime;
  moderatorNames: string[];
  recordingNote?: string;
  participants: ParsedPerson[];
  apologies: ParsedPerson[];
  agenda: ParsedAgendaItem[];
  /** One sentence per part that could not be found, for the user to fill in. */
  missing: string[];
  warnings: string[];
}

/**
 * Reads a previous report, pasted as text or converted from .docx, in the
 * reference layout or another one: the title block (group title, series and
 * number, date and time), the list of participants (and apologies), the agenda
 * and the next meeting's date. Never throws; what it cannot find it says.
 */
export function importReportText(text: string): ImportedReport {
  const split = splitReport(text.replace(/\u00A0/gu, ' '));
  const title = readTitleBlock(split.front);
  const people = readPeople(sectionsOf(split, 'participants'), sectionsOf(split, 'apologies'));
  const agenda = readAgenda(sectionsOf(split, 'agenda'));
  const nextMeeting = findNextMeeting(text, title.start?.timeZone ?? 'UTC');
  const imported: ImportedReport = {
    ...title,
    participants: people.present,
    apologies: people.apologies,
    agenda: agenda.items,
    missing: [],
    warnings: agenda.warnings,
  };
  if (nextMeeting) imported.nextMeeting = nextMeeting;
  imported.missing = missingParts(imported);
  return imported;
}

const EXPECTED: ReadonlyArray<[(report: ImportedReport) => boolean, string]> = [
  [(report) => report.groupTitle !== undefined, 'the group\'s title (the first line of the report)'],
  [(report) => report.number !== undefined, 'the meeting\'s number (such as "Online Meeting 60")'],
  [(report) => report.start !== undefined, 'the meeting\'s date and time'],
  [(report) => report.participants.length > 0, 'a list of participants ("List of participants", "Attendees")'],
  [(report) => report.agenda.length > 0, 'the agenda (an "Agenda" heading followed by its items)'],
  [(report) => report.nextMeeting !== undefined, 'the date of the next meeting'],
];

function missingParts(report: ImportedReport): string[] {
  return EXPECTED.filter(([found]) => !found(report)).map(([, what]) => `Could not find ${what}.`);
}
