import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../../../src/shared/parsers/attendance/decode';
import { readAttendanceFixture, utf16leWithBom, utf8 } from './fixtureFiles';

describe('decodeReport', () => {
  it('reads the Teams fixture as UTF-16 LE and drops the byte-order mark', () => {
    const bytes = readAttendanceFixture('teams-attendance-meeting-60.csv');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const decoded = decodeReport(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text.startsWith('1. Summary\r\n')).toBe(true);
    expect(decoded.text).toContain('Wolfgang Kleinwächter (External)');
  });

  it('reads the Zoom fixture as UTF-8 and drops the byte-order mark', () => {
    const decoded = decodeReport(readAttendanceFixture('zoom-participants-meeting-60.csv'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', warnings: [] });
    expect(decoded.text.startsWith('Meeting ID,Topic')).toBe(true);
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    const le = new Uint8Array(Buffer.from('Full Name\tUser Action\r\n', 'utf16le'));
    expect(decodeReport(le)).toMatchObject({ encoding: 'utf-16le', text: 'Full Name\tUser Action\r\n' });
    const be = new Uint8Array(Buffer.from('Name,Guest', 'utf16le').swap16());
    expect(decodeReport(be)).toMatchObject({ encoding: 'utf-16be', text: 'Name,Guest' });
  });

  it('reads UTF-16 BE with a byte-order mark', () => {
    const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Dell’Accio', 'utf16le').swap16()]));
    expect(decodeReport(be)).toMatchObject({ encoding: 'utf-16be', text: 'Dell’Accio' });
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const latin = new Uint8Array([...Buffer.from('Name\r\nWolfgang Kleinw', 'latin1'), 0xe4, ...Buffer.from('chter', 'latin1')]);
    const decoded = decodeReport(latin);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Name\r\nWolfgang Kleinwächter');
    expect(decoded.warnings).toHaveLength(1);
  });

  it('reads empty files and plain UTF-8 without warnings', () => {
    expect(decodeReport(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
    expect(decodeReport(utf8('Name'))).toEqual({ text: 'Name', encoding: 'utf-8', warnings: [] });
    expect(decodeReport(utf16leWithBom('')).text).toBe('');
  });
});
