import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAttendanceFormat, parseAttendanceReport } from '../../../../../src/shared/parsers/attendance/index';
import { readAttendanceFixture, utf16leWithBom, utf8 } from './fixtureFiles';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/attendance/', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../../../../scripts/fixtures/make-attendance-fixtures.mjs', import.meta.url));

describe('detectAttendanceFormat', () => {
  it.each([
    ['zoom-participants-meeting-60.csv', 'zoom'],
    ['zoom-participants-older-layout.csv', 'zoom'],
    ['teams-attendance-meeting-60.csv', 'teams'],
    ['teams-legacy-attendance.csv', 'teams-legacy'],
  ])('recognises %s as %s', (name, format) => {
    expect(detectAttendanceFormat(readAttendanceFixture(name))).toBe(format);
  });

  it('says "unknown" for anything else', () => {
    expect(detectAttendanceFormat(utf8('First name,Last name,Email\nJim,Prendergast,jim@example.com\n'))).toBe('unknown');
    expect(detectAttendanceFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe('unknown');
    expect(detectAttendanceFormat(new Uint8Array())).toBe('unknown');
  });
});

describe('parseAttendanceReport', () => {
  it('reads each fixture with its own parser', () => {
    expect(parseAttendanceReport(readAttendanceFixture('zoom-participants-meeting-60.csv'))).toMatchObject({ source: 'zoom', warnings: [] });
    expect(parseAttendanceReport(readAttendanceFixture('teams-attendance-meeting-60.csv')).people).toHaveLength(11);
    expect(parseAttendanceReport(readAttendanceFixture('teams-legacy-attendance.csv')).source).toBe('teams-legacy');
  });

  it('reads a Teams report saved as UTF-8 and a Zoom report saved as UTF-16 all the same', () => {
    const teamsText = new TextDecoder('utf-16le').decode(readAttendanceFixture('teams-attendance-meeting-60.csv'));
    expect(parseAttendanceReport(utf8(teamsText)).people).toHaveLength(11);
    const zoomText = new TextDecoder('utf-8').decode(readAttendanceFixture('zoom-participants-meeting-60.csv'));
    expect(parseAttendanceReport(utf16leWithBom(zoomText)).people).toHaveLength(15);
  });

  it('gives a clear warning and no people for an unknown layout, never an exception', () => {
    expect(parseAttendanceReport(utf8('Hello,World\n'))).toEqual({
      source: 'unknown',
      people: [],
      warnings: [
        'This file is not an attendance report the app knows: expected a Zoom participants export (CSV) or a Teams attendance report (CSV downloaded from the meeting’s Attendance tab).',
      ],
    });
  });

  it('passes on the decoder’s warning about a file that is not UTF-8', () => {
    const bytes = new Uint8Array([...Buffer.from('Name,User Email,Join Time,Leave Time,Duration (Minutes)\r\nWolfgang Kleinw', 'latin1'), 0xe4, ...Buffer.from('chter,,,,39\r\n', 'latin1')]);
    const report = parseAttendanceReport(bytes);
    expect(report.people[0]?.name).toBe('Wolfgang Kleinwächter');
    expect(report.warnings[0]).toMatch(/Windows-1252/u);
  });
});

describe('attendance fixtures', () => {
  it('are exactly what scripts/fixtures/make-attendance-fixtures.mjs writes from the readable sources', () => {
    const output = mkdtempSync(join(tmpdir(), 'attendance-fixtures-'));
    try {
      execFileSync(process.execPath, [SCRIPT, output], { stdio: 'pipe' });
      const written = readdirSync(output).sort();
      expect(written).toEqual(readdirSync(FIXTURES).filter((name) => name.endsWith('.csv')).sort());
      for (const name of written) expect(readFileSync(join(output, name)).equals(readFileSync(join(FIXTURES, name)))).toBe(true);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });
});
