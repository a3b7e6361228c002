import { decodeReport } from './decode';
import { parseDelimited } from './delimited';
import { parseTeamsReport, teamsColumnsOf } from './teams';
import { legacyColumnsOf, parseTeamsLegacyReport } from './teamsLegacy';
import type { AttendanceReport, AttendanceSource } from './types';
import { parseZoomReport, zoomColumnsOf } from './zoom';

export type { AttendanceMeetingInfo, AttendanceRecord, AttendanceReport, AttendanceSource } from './types';
export { addAlias, matchAttendance, type AttendanceMatch } from './matchAttendance';

// Headers sit near the top: below Zoom's meeting line or Teams' summary block.
const LINES_TO_SEARCH = 60;

function formatOfText(text: string): AttendanceSource | undefined {
  const head = text.split(/\r\n|\r|\n/u).slice(0, LINES_TO_SEARCH).join('\n');
  const tabRows = parseDelimited(head, '\t').rows;
  if (tabRows.some((row) => legacyColumnsOf(row) !== undefined)) return 'teams-legacy';
  if (tabRows.some((row) => teamsColumnsOf(row) !== undefined)) return 'teams';
  const commaRows = parseDelimited(head, ',').rows;
  if (commaRows.some((row) => zoomColumnsOf(row) !== undefined)) return 'zoom';
  return undefined;
}

/** Which vendor's attendance report the bytes of a file are, by the headers inside: 'unknown' when none fits. */
export function detectAttendanceFormat(bytes: Uint8Array): AttendanceSource | 'unknown' {
  return formatOfText(decodeReport(bytes).text) ?? 'unknown';
}

const PARSERS: Readonly<Record<AttendanceSource, (text: string) => AttendanceReport>> = {
  zoom: parseZoomReport,
  teams: parseTeamsReport,
  'teams-legacy': parseTeamsLegacyReport,
};

/**
 * Reads an attendance report file exported from Zoom or Teams, given its raw bytes, into
 * one record per person. Never throws: a file it does not recognise gives no people and a
 * warning saying what was expected.
 */
export function parseAttendanceReport(bytes: Uint8Array): AttendanceReport {
  const decoded = decodeReport(bytes);
  const source = formatOfText(decoded.text);
  if (!source) {
    const expected = 'a Zoom participants export (CSV) or a Teams attendance report (CSV downloaded from the meeting’s Attendance tab)';
    return { source: 'unknown', people: [], warnings: [...decoded.warnings, `This file is not an attendance report the app knows: expected ${expected}.`] };
  }
  const report = PARSERS[source](decoded.text);
  return { ...report, warnings: [...decoded.warnings, ...report.warnings] };
}
