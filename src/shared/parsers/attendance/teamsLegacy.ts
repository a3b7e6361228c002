import { cellAt, columnIndex, isBlankRow, parseDelimited } from './delimited';
import { mergeAttendanceRows } from './merge';
import { dateOrderWarnings, guessDateOrder, parseReportDateTime } from './times';
import type { AttendanceReport, AttendanceRow } from './types';

interface LegacyColumns {
  name: number;
  action: number;
  timestamp: number;
}

interface LegacyEvent {
  name: string;
  action: 'join' | 'leave';
  time: string;
}

/** The header of the attendance list Teams downloaded before 2021: "Full Name, User Action, Timestamp". */
export function legacyColumnsOf(header: readonly string[]): LegacyColumns | undefined {
  const name = columnIndex(header, 'full name');
  const action = columnIndex(header, 'user action');
  const timestamp = columnIndex(header, 'timestamp');
  return name === undefined || action === undefined || timestamp === undefined ? undefined : { name, action, timestamp };
}

/** "Joined" and "Joined before" (already in the meeting when the list began) open a stay; "Left" closes it. */
function actionOf(text: string): LegacyEvent['action'] | undefined {
  const action = text.trim().toLowerCase();
  if (action.startsWith('joined')) return 'join';
  if (action === 'left') return 'leave';
  return undefined;
}

/**
 * Pairs each person's joins and leaves into stays. A stay with no "Left" lasted until the
 * last time in the file (the person was still there when the list was downloaded); a
 * "Left" with no join began at the first time in the file.
 */
function staysOf(events: readonly LegacyEvent[]): { rows: AttendanceRow[]; openAtEnd: number } {
  const times = events.map((event) => event.time).sort();
  const [fileStart = '', fileEnd = ''] = [times[0], times.at(-1)];
  const open = new Map<string, string>();
  const rows: AttendanceRow[] = [];
  for (const event of events) {
    const joined = open.get(event.name);
    if (event.action === 'join') {
      if (joined === undefined) open.set(event.name, event.time);
      continue;
    }
    rows.push({ rawName: event.name, join: joined ?? fileStart, leave: event.time, isGuest: false });
    open.delete(event.name);
  }
  for (const [name, join] of open) rows.push({ rawName: name, join, leave: fileEnd, isGuest: false });
  return { rows, openAtEnd: open.size };
}

/** Reads the older Teams attendance list: one line per join or leave, UTF-16 and tab-separated. */
export function parseTeamsLegacyReport(text: string): AttendanceReport {
  const { rows, problems } = parseDelimited(text, '\t');
  const headerIndex = rows.findIndex((row) => legacyColumnsOf(row) !== undefined);
  const columns = rows[headerIndex] ? legacyColumnsOf(rows[headerIndex]) : undefined;
  if (!columns) return { source: 'teams-legacy', people: [], warnings: ['No "Full Name, User Action, Timestamp" header was found.'] };
  const body = rows.slice(headerIndex + 1);
  const guess = guessDateOrder(body.map((row) => cellAt(row, columns.timestamp) ?? ''));
  const warnings = [...problems, ...dateOrderWarnings(guess)];
  const events: LegacyEvent[] = [];
  body.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const name = cellAt(row, columns.name);
    const action = actionOf(cellAt(row, columns.action) ?? '');
    const time = parseReportDateTime(cellAt(row, columns.timestamp) ?? '', guess.order);
    if (name !== undefined && action !== undefined && time !== undefined) events.push({ name, action, time });
    else warnings.push(`Line ${headerIndex + index + 2} could not be read and was skipped.`);
  });
  const { rows: stays, openAtEnd } = staysOf(events);
  if (openAtEnd > 0) warnings.push(`${openAtEnd} joined without a matching "Left"; their time counts up to the last time in the file.`);
  return { source: 'teams-legacy', people: mergeAttendanceRows(stays), warnings };
}
