import { describe, expect, it } from 'vitest';
import { classifyLine, romanValue } from '../../../../../src/shared/parsers/agenda/lines';

describe('classifyLine', () => {
  it('tells blank, text and list lines apart', () => {
    expect(classifyLine('   \t', 1)).toEqual({ kind: 'blank', lineNumber: 1 });
    expect(classifyLine('Dear all,', 2)).toEqual({ kind: 'text', lineNumber: 2, indent: 0, text: 'Dear all,' });
    expect(classifyLine('- 1) Outcomes', 3)).toEqual({ kind: 'list', lineNumber: 3, indent: 0, style: 'decimal', ordinal: 1, text: 'Outcomes' });
  });

  it.each([
    ['1. Title', 'decimal', 1],
    ['12) Title', 'decimal', 12],
    ['(3) Title', 'decimal', 3],
    ['4)Title', 'decimal', 4],
    ['5: Title', 'decimal', 5],
    ['6 – Title', 'decimal', 6],
    ['1.\tTitle', 'decimal', 1],
    ['2.1 Title', 'decimal-sub', 1],
    ['2.3. Title', 'decimal-sub', 3],
    ['Item 7: Title', 'decimal', 7],
    ['b. Title', 'lower-alpha', 2],
    ['(c) Title', 'lower-alpha', 3],
    ['D) Title', 'upper-alpha', 4],
    ['a)\tTitle', 'lower-alpha', 1],
    ['ii. Title', 'lower-roman', 2],
    ['IV) Title', 'upper-roman', 4],
    ['(ix) Title', 'lower-roman', 9],
    ['• Title', 'bullet•', undefined],
    ['◦Title', 'bullet◦', undefined],
    ['* Title', 'bullet*', undefined],
    ['o\tTitle', 'bulleto', undefined],
    ['\uF0B7\tTitle', 'bullet\uF0B7', undefined],
  ])('reads %j as %s %s', (line, style, ordinal) => {
    const classified = classifyLine(line, 1);
    expect(classified).toMatchObject({ kind: 'list', style, text: 'Title' });
    expect(classified.kind === 'list' ? classified.ordinal : 'not a list').toBe(ordinal);
  });

  it('marks single letters that are also roman numerals as ambiguous', () => {
    expect(classifyLine('i. Title', 1)).toMatchObject({ style: 'lower-alpha', ordinal: 9, ambiguous: { letterOrdinal: 9, romanOrdinal: 1 } });
    expect(classifyLine('V) Title', 1)).toMatchObject({ style: 'upper-alpha', ambiguous: { letterOrdinal: 22, romanOrdinal: 5 } });
  });

  it('reads start times and time ranges', () => {
    expect(classifyLine('14:00 Welcome', 1)).toMatchObject({ style: 'time', text: 'Welcome' });
    expect(classifyLine('14:10–14:40 Update', 1)).toMatchObject({ style: 'time', durationMin: 30, text: 'Update' });
    expect(classifyLine('9.30 - 10.00: Coffee', 1)).toMatchObject({ style: 'time', durationMin: 30, text: 'Coffee' });
    expect(classifyLine('2:00 PM – Welcome', 1)).toMatchObject({ style: 'time', text: 'Welcome' });
  });

  it('reads a time as plain text when told to', () => {
    expect(classifyLine('14:00 UTC, Thursday', 1, false)).toEqual({ kind: 'text', lineNumber: 1, indent: 0, text: '14:00 UTC, Thursday' });
  });

  it('removes e-mail quote marks and measures indentation after them, tabs as four columns', () => {
    expect(classifyLine('> > 2) Title', 1)).toMatchObject({ kind: 'list', indent: 0, ordinal: 2 });
    expect(classifyLine('>    a) Title', 1)).toMatchObject({ kind: 'list', indent: 3, style: 'lower-alpha' });
    expect(classifyLine('\t b. Title', 1)).toMatchObject({ indent: 5 });
  });

  it('does not take bold text, negative numbers or years for list markers', () => {
    expect(classifyLine('**Agenda**', 1)).toMatchObject({ kind: 'text' });
    expect(classifyLine('-5 degrees', 1)).toMatchObject({ kind: 'text' });
    expect(classifyLine('2023 was busy', 1)).toMatchObject({ kind: 'text' });
  });
});

describe('romanValue', () => {
  it('reads canonical numerals in either case', () => {
    expect(['i', 'ii', 'iii', 'iv', 'v', 'ix', 'xiv', 'XL', 'xcix'].map(romanValue)).toEqual([1, 2, 3, 4, 5, 9, 14, 40, 99]);
  });

  it('rejects non-canonical or non-roman letters', () => {
    expect(['iiii', 'vx', 'abc', 'ic', ''].map(romanValue)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
