import { cellAt, columnIndex, headerKey, isBlankRow, parseDelimited } from './delimited';
import { mergeAttendanceRows } from './merge';
import { dateOrderWarnings, guessDateOrder, parseDurationMinutes, parseReportDateTime, type DateOrder } from './times';
import { meetingInfo, type AttendanceReport, type AttendanceRow } from './types';

type TableKind = 'participants' | 'activities';

interface TeamsColumns {
  kind: TableKind;
  name: number;
  join: number;
  leave?: number;
  duration?: number;
  email?: number;
  upn?: number;
  role?: number;
}

interface TeamsTable {
  columns: TeamsColumns;
  rows: string[][];
}

// "2. Participants", "3. In-Meeting Activities": numbered section titles, in any language.
const SECTION_TITLE = /^\d+\.\s+\S/u;

/** A table header of the Teams report: "2. Participants" (First Join …) or "3. In-Meeting Activities" (Join Time …). */
export function teamsColumnsOf(header: readonly string[]): TeamsColumns | undefined {
  const name = columnIndex(header, 'name', 'full name');
  const firstJoin = columnIndex(header, 'first join');
  const join = firstJoin ?? columnIndex(header, 'join time');
  if (name === undefined || join === undefined) return undefined;
  const kind: TableKind = firstJoin === undefined ? 'activities' : 'participants';
  return {
    kind,
    name,
    join,
    leave: kind === 'participants' ? columnIndex(header, 'last leave') : columnIndex(header, 'leave time'),
    duration: kind === 'participants' ? columnIndex(header, 'in-meeting duration', 'duration') : columnIndex(header, 'duration'),
    email: columnIndex(header, 'email'),
    upn: columnIndex(header, 'participant id (upn)'),
    role: columnIndex(header, 'role'),
  };
}

function endsTable(row: readonly string[]): boolean {
  const filled = row.filter((cell) => cell.trim() !== '');
  return filled.length === 0 || (filled.length === 1 && SECTION_TITLE.test(filled[0]?.trim() ?? ''));
}

function tablesOf(rows: readonly string[][]): TeamsTable[] {
  const tables: TeamsTable[] = [];
  let current: TeamsTable | undefined;
  for (const row of rows) {
    const columns = teamsColumnsOf(row);
    if (columns) tables.push((current = { columns, rows: [] }));
    else if (current && endsTable(row)) current = undefined;
    else if (current) current.rows.push(row);
  }
  return tables;
}

/** The "1. Summary" block: a label and a value per line, before the first table. */
function summaryOf(rows: readonly string[][]): Map<string, string> {
  const summary = new Map<string, string>();
  for (const row of rows) {
    if (teamsColumnsOf(row)) break;
    const [label, value] = row;
    if (label !== undefined && value !== undefined && value.trim() !== '') summary.set(headerKey(label), value.trim());
  }
  return summary;
}

/** An address only when it looks like one: guests' Email and UPN cells are empty or hold an id. */
function emailOf(cells: readonly string[], columns: TeamsColumns): string | undefined {
  return [cellAt(cells, columns.email), cellAt(cells, columns.upn)].find((cell) => cell?.includes('@'));
}

function rowOf(cells: readonly string[], columns: TeamsColumns, order: DateOrder): AttendanceRow | undefined {
  const rawName = cellAt(cells, columns.name);
  if (rawName === undefined) return undefined;
  const row: AttendanceRow = { rawName, isGuest: false };
  const join = parseReportDateTime(cellAt(cells, columns.join) ?? '', order);
  const leave = parseReportDateTime(cellAt(cells, columns.leave) ?? '', order);
  const minutes = parseDurationMinutes(cellAt(cells, columns.duration) ?? '');
  const email = emailOf(cells, columns);
  const role = cellAt(cells, columns.role);
  if (join !== undefined) row.join = join;
  if (leave !== undefined) row.leave = leave;
  if (minutes !== undefined) row.minutes = minutes;
  if (email !== undefined) row.email = email;
  if (role !== undefined) row.role = role;
  return row;
}

/** The participants table when there is one (one line a person); the activities (one line a join) otherwise. */
function tablesToRead(tables: readonly TeamsTable[]): TeamsTable[] {
  const participants = tables.filter((table) => table.columns.kind === 'participants');
  return participants.length > 0 ? participants : [...tables];
}

function dateCellsOf(tables: readonly TeamsTable[], summary: ReadonlyMap<string, string>): string[] {
  const fromTables = tables.flatMap((table) => table.rows.flatMap((row) => [cellAt(row, table.columns.join), cellAt(row, table.columns.leave)]));
  return [...fromTables, summary.get('start time'), summary.get('end time')].filter((cell): cell is string => cell !== undefined);
}

function firstOf(summary: ReadonlyMap<string, string>, ...labels: string[]): string | undefined {
  return labels.map((label) => summary.get(label)).find((value) => value !== undefined);
}

/**
 * Reads the Teams attendance report download: "1. Summary", "2. Participants" and
 * "3. In-Meeting Activities", tab-separated, and the 2021 layout with "Meeting Summary"
 * and a "Full Name, Join Time, Leave Time …" table.
 */
export function parseTeamsReport(text: string): AttendanceReport {
  const { rows, problems } = parseDelimited(text, '\t');
  const tables = tablesOf(rows);
  if (tables.length === 0) return { source: 'teams', people: [], warnings: ['No Teams participants table ("Name, First Join, Last Leave, …") was found.'] };
  const summary = summaryOf(rows);
  const toRead = tablesToRead(tables);
  const guess = guessDateOrder(dateCellsOf(toRead, summary));
  const rowsRead = toRead.flatMap((table) => table.rows.filter((row) => !isBlankRow(row)).map((row) => rowOf(row, table.columns, guess.order)));
  const people = mergeAttendanceRows(rowsRead.filter((row): row is AttendanceRow => row !== undefined));
  const start = firstOf(summary, 'start time', 'meeting start time');
  const end = firstOf(summary, 'end time', 'meeting end time');
  const meeting = meetingInfo(firstOf(summary, 'meeting title', 'title'), start && parseReportDateTime(start, guess.order), end && parseReportDateTime(end, guess.order));
  return { source: 'teams', people, meeting, warnings: [...problems, ...dateOrderWarnings(guess)] };
}
