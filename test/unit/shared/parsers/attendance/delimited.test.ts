import { describe, expect, it } from 'vitest';
import { cellAt, columnIndex, headerKey, isBlankRow, parseDelimited } from '../../../../../src/shared/parsers/attendance/delimited';

describe('parseDelimited', () => {
  it('splits commas outside quotes and keeps blank lines as rows', () => {
    const { rows, problems } = parseDelimited('Name,Email\r\n"Prendergast, Jim",jim@example.com\r\n\r\nA,"say ""hi"""', ',');
    expect(rows).toEqual([['Name', 'Email'], ['Prendergast, Jim', 'jim@example.com'], [''], ['A', 'say "hi"']]);
    expect(problems).toEqual([]);
  });

  it('splits tabs and leaves commas alone', () => {
    expect(parseDelimited('Name\tRole\nCassa, Concettina\tOrganizer', '\t').rows).toEqual([
      ['Name', 'Role'],
      ['Cassa, Concettina', 'Organizer'],
    ]);
  });

  it('reports a quote that is never closed instead of throwing', () => {
    const { problems } = parseDelimited('Name,Email\n"Jim,jim@example.com', ',');
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('header helpers', () => {
  it('finds columns whatever their case, spacing or a leading byte-order mark', () => {
    const header = ['\uFEFFName (Original Name)', 'User  Email', 'Join time'];
    expect(columnIndex(header, 'name (original name)')).toBe(0);
    expect(columnIndex(header, 'email', 'user email')).toBe(1);
    expect(columnIndex(header, 'JOIN TIME')).toBe(2);
    expect(columnIndex(header, 'leave time')).toBeUndefined();
    expect(headerKey('  In-Meeting   Duration ')).toBe('in-meeting duration');
  });

  it('reads trimmed cells and blank rows', () => {
    expect(cellAt([' a ', ''], 0)).toBe('a');
    expect(cellAt([' a ', ''], 1)).toBeUndefined();
    expect(cellAt(['a'], 5)).toBeUndefined();
    expect(cellAt(['a'], undefined)).toBeUndefined();
    expect(isBlankRow(['', '  '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
