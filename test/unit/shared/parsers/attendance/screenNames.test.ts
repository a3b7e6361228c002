import { describe, expect, it } from 'vitest';
import { cleanScreenName, deviceInfo, splitZoomNameCell } from '../../../../../src/shared/parsers/attendance/screenNames';

describe('cleanScreenName', () => {
  it.each([
    ['Timea Suto (Guest)', 'Timea Suto', true],
    ['Chris Buckridge (External)', 'Chris Buckridge', true],
    ['Markus Kummer (Unverified)', 'Markus Kummer', true],
    ['Jorge Cancio (Gast)', 'Jorge Cancio', true],
    ['Amrita Choudhury (she/her) (External)', 'Amrita Choudhury', true],
    ['Wout de Natris (he/him)', 'Wout de Natris', false],
    ['  "Jorge   Cancio"  ', 'Jorge Cancio', false],
    ['\u202bعبد الرحمن المطيري\u202c', 'عبد الرحمن المطيري', false],
    ['Timea Suto - ICC', 'Timea Suto', false],
    ['Anja Gengo | IGF Secretariat', 'Anja Gengo', false],
    ['Rosalind Kenny Birch (UK Government)', 'Rosalind Kenny Birch', false],
    ['Prendergast, Jim', 'Jim Prendergast', false],
    ['de Natris, Wout', 'Wout de Natris', false],
    ['Chris Buckridge, RIPE NCC', 'Chris Buckridge, RIPE NCC', false],
    ['Jean-Pierre Dupont', 'Jean-Pierre Dupont', false],
  ])('%j → %j (guest: %s)', (raw, name, isGuest) => {
    expect(cleanScreenName(raw)).toEqual({ name, isGuest });
  });
});

describe('splitZoomNameCell', () => {
  it('takes the parenthesised part as the original name of someone who renamed themselves', () => {
    expect(splitZoomNameCell('Timea Suto - ICC (Timea Suto)')).toEqual({ current: 'Timea Suto - ICC', original: 'Timea Suto' });
    expect(splitZoomNameCell('IGF Secretariat (Anja Gengo)')).toEqual({ current: 'IGF Secretariat', original: 'Anja Gengo' });
  });

  it('leaves account suffixes, pronouns, acronyms and bodies in the name', () => {
    for (const cell of ['Timea Suto (Guest)', 'Wout de Natris (he/him)', 'Chris Buckridge (RIPE NCC)', 'Rosalind Kenny Birch (UK Government)', 'Jim Prendergast']) {
      expect(splitZoomNameCell(cell)).toEqual({ current: cell });
    }
  });
});

describe('deviceInfo', () => {
  it.each([
    ["Jim's iPhone", 'Jim'],
    ['Marie’s MacBook Pro', 'Marie'],
    ['iPad de Marie', 'Marie'],
    ['iPhone von Max', 'Max'],
    ['Galaxy S21', undefined],
    ['Samsung Galaxy S21 Ultra', undefined],
    ['DESKTOP-4F2K9', undefined],
    ['LAPTOP-7H2KQ1', undefined],
    ['Zoom Room', undefined],
    ['Geneva Conference Room', undefined],
    ['iPhone', undefined],
    ['+41 22 555 01 23', undefined],
    ['Call-In User_1', undefined],
  ])('%j is a device (owner %s)', (name, owner) => {
    expect(deviceInfo(name)).toEqual(owner === undefined ? { isDevice: true } : { isDevice: true, ownerHint: owner });
  });

  it.each(['Jim Prendergast', 'Wolfgang Kleinwächter', 'Joan Desktopova', 'Chris Buckridge', '王小明', 'Room 101 Fan Club 2'])('%j is a person', (name) => {
    expect(deviceInfo(name)).toEqual({ isDevice: false });
  });
});
