import { cellAt, columnIndex, headerKey, isBlankRow, parseDelimited } from './delimited';
import { mergeAttendanceRows } from './merge';
import { splitZoomNameCell } from './screenNames';
import { dateOrderWarnings, guessDateOrder, parseDurationMinutes, parseReportDateTime, type DateOrder } from './times';
import { meetingInfo, type AttendanceMeetingInfo, type AttendanceReport, type AttendanceRow } from './types';

const NAME_WITH_ORIGINAL = 'name (original name)';
const NAME_COLUMNS = [NAME_WITH_ORIGINAL, 'name', 'participant', 'participant name'];
const EMAIL_COLUMNS = ['user email', 'email', 'email address'];
const DURATION_COLUMNS = ['duration (minutes)', 'total duration (minutes)', 'duration (mins)'];

interface ZoomColumns {
  name: number;
  hasOriginalName: boolean;
  email?: number;
  join?: number;
  leave?: number;
  duration?: number;
  guest?: number;
}

/** Zoom's participants header: a name column and at least one of join time or duration. */
export function zoomColumnsOf(header: readonly string[]): ZoomColumns | undefined {
  const name = columnIndex(header, ...NAME_COLUMNS);
  const join = columnIndex(header, 'join time');
  const duration = columnIndex(header, ...DURATION_COLUMNS);
  if (name === undefined || (join === undefined && duration === undefined)) return undefined;
  return {
    name,
    hasOriginalName: headerKey(header[name] ?? '') === NAME_WITH_ORIGINAL,
    email: columnIndex(header, ...EMAIL_COLUMNS),
    join,
    leave: columnIndex(header, 'leave time'),
    duration,
    guest: columnIndex(header, 'guest'),
  };
}

/** The meeting line that "Export with meeting data" puts above the participants: topic, start and end. */
function meetingInfoOf(rows: readonly string[][], headerIndex: number, order: DateOrder): AttendanceMeetingInfo | undefined {
  const infoHeaderIndex = rows.slice(0, headerIndex).findIndex((row) => columnIndex(row, 'meeting id') !== undefined);
  const infoHeader = rows[infoHeaderIndex];
  const values = rows[infoHeaderIndex + 1];
  if (infoHeaderIndex < 0 || !infoHeader || !values) return undefined;
  const start = cellAt(values, columnIndex(infoHeader, 'start time'));
  const end = cellAt(values, columnIndex(infoHeader, 'end time'));
  return meetingInfo(cellAt(values, columnIndex(infoHeader, 'topic')), start && parseReportDateTime(start, order), end && parseReportDateTime(end, order));
}

function rowOf(cells: readonly string[], columns: ZoomColumns, order: DateOrder): AttendanceRow | undefined {
  const nameCell = cellAt(cells, columns.name);
  if (nameCell === undefined) return undefined;
  const { current, original } = columns.hasOriginalName ? splitZoomNameCell(nameCell) : { current: nameCell, original: undefined };
  const row: AttendanceRow = { rawName: current, isGuest: cellAt(cells, columns.guest)?.toLowerCase() === 'yes' };
  const join = parseReportDateTime(cellAt(cells, columns.join) ?? '', order);
  const leave = parseReportDateTime(cellAt(cells, columns.leave) ?? '', order);
  const minutes = parseDurationMinutes(cellAt(cells, columns.duration) ?? '');
  const email = cellAt(cells, columns.email);
  if (original !== undefined) row.originalName = original;
  if (email !== undefined) row.email = email;
  if (join !== undefined) row.join = join;
  if (leave !== undefined) row.leave = leave;
  if (minutes !== undefined) row.minutes = minutes;
  return row;
}

/**
 * Reads Zoom's participants export (Reports › Usage › Participants), with or without the
 * meeting line above it, the current "Name (Original Name)" header or the older "Name".
 */
export function parseZoomReport(text: string): AttendanceReport {
  const { rows, problems } = parseDelimited(text, ',');
  const headerIndex = rows.findIndex((row) => zoomColumnsOf(row) !== undefined);
  const columns = rows[headerIndex] ? zoomColumnsOf(rows[headerIndex]) : undefined;
  if (!columns) return { source: 'zoom', people: [], warnings: ['No Zoom participants header ("Name (Original Name),User Email,Join Time,…") was found.'] };
  const body = rows.slice(headerIndex + 1).filter((row) => !isBlankRow(row));
  const dateCells = body.flatMap((row) => [cellAt(row, columns.join), cellAt(row, columns.leave)]).filter((cell): cell is string => cell !== undefined);
  const guess = guessDateOrder(dateCells);
  const order = guess.order;
  const people = mergeAttendanceRows(body.map((row) => rowOf(row, columns, order)).filter((row): row is AttendanceRow => row !== undefined));
  const meeting = meetingInfoOf(rows, headerIndex, order);
  const report: AttendanceReport = { source: 'zoom', people, warnings: [...problems, ...dateOrderWarnings(guess)] };
  if (meeting) report.meeting = meeting;
  return report;
}
