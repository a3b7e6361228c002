import { normalizeNameForMatch } from '../../names/normalize';
import { cleanScreenName, deviceInfo } from './screenNames';
import { localTimeValue } from './times';
import type { AttendanceRecord, AttendanceRow } from './types';

interface Group {
  rows: AttendanceRow[];
  emails: Set<string>;
  nameKeys: Set<string>;
}

/** The best name a row offers: the original name, unless that is a device and the current one is not. */
function bestNameOf(row: AttendanceRow): { name: string; isGuest: boolean } {
  const current = cleanScreenName(row.rawName);
  if (row.originalName === undefined) return current;
  const original = cleanScreenName(row.originalName);
  if (original.name === '') return current;
  const preferCurrent = deviceInfo(original.name).isDevice && !deviceInfo(current.name).isDevice;
  return { name: preferCurrent ? current.name : original.name, isGuest: current.isGuest || original.isGuest };
}

function nameKeysOf(row: AttendanceRow): string[] {
  const names = [row.rawName, row.originalName].filter((name): name is string => name !== undefined);
  return names.map((name) => normalizeNameForMatch(cleanScreenName(name).name)).filter((key) => key !== '');
}

/** Same e-mail address, or the same cleaned name unless both rows carry different addresses. */
function belongsTo(group: Group, row: AttendanceRow, keys: readonly string[]): boolean {
  const email = row.email?.toLowerCase();
  if (email !== undefined && group.emails.has(email)) return true;
  const conflictingEmails = email !== undefined && group.emails.size > 0;
  return !conflictingEmails && keys.some((key) => group.nameKeys.has(key));
}

function groupRows(rows: readonly AttendanceRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const keys = nameKeysOf(row);
    let group = groups.find((candidate) => belongsTo(candidate, row, keys));
    if (!group) {
      group = { rows: [], emails: new Set(), nameKeys: new Set() };
      groups.push(group);
    }
    group.rows.push(row);
    if (row.email !== undefined) group.emails.add(row.email.toLowerCase());
    keys.forEach((key) => group.nameKeys.add(key));
  }
  return groups;
}

type Interval = [number, number];

function intervalOf(row: AttendanceRow): Interval | undefined {
  if (row.join === undefined || row.leave === undefined) return undefined;
  const interval: Interval = [localTimeValue(row.join), localTimeValue(row.leave)];
  return interval[1] >= interval[0] ? interval : undefined;
}

function unionMinutes(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: Interval | undefined;
  for (const interval of sorted) {
    if (current && interval[0] <= current[1]) current[1] = Math.max(current[1], interval[1]);
    else {
      if (current) total += current[1] - current[0];
      current = [...interval];
    }
  }
  if (current) total += current[1] - current[0];
  return Math.round(total / 60_000);
}

function overlaps(intervals: readonly Interval[]): boolean {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  return sorted.some((interval, index) => index > 0 && interval[0] < (sorted[index - 1]?.[1] ?? -Infinity));
}

/**
 * Minutes present. The vendor's own per-join minutes are summed as they are, except when
 * joins overlap (the same person in on a laptop and a phone at once): then the union of
 * the join intervals counts, so that nobody is present for more than the meeting lasted.
 */
function totalMinutesOf(rows: readonly AttendanceRow[]): number | undefined {
  const intervals = rows.map(intervalOf);
  const timed = intervals.filter((interval): interval is Interval => interval !== undefined);
  if (timed.length === rows.length && overlaps(timed)) return unionMinutes(timed);
  const perRow = rows.map((row, index) => row.minutes ?? (intervals[index] ? unionMinutes([intervals[index]]) : undefined));
  const known = perRow.filter((minutes): minutes is number => minutes !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, minutes) => sum + minutes, 0);
}

function earliest(values: ReadonlyArray<string | undefined>): string | undefined {
  return values.filter((value): value is string => value !== undefined).sort()[0];
}

function latest(values: ReadonlyArray<string | undefined>): string | undefined {
  return values.filter((value): value is string => value !== undefined).sort().at(-1);
}

function uniqueInOrder(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}

/** The name for a merged group: the first that is not a device, else the first. */
function groupName(rows: readonly AttendanceRow[]): { name: string; isGuest: boolean } {
  const names = rows.map(bestNameOf);
  const person = names.find((candidate) => !deviceInfo(candidate.name).isDevice) ?? names[0] ?? { name: '', isGuest: false };
  return { name: person.name, isGuest: names.some((candidate) => candidate.isGuest) || rows.some((row) => row.isGuest) };
}

/** Optional fields are left out rather than set to undefined, so that records compare and serialise cleanly. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function toRecord(group: Group): AttendanceRecord {
  const [first] = group.rows;
  const { name, isGuest } = groupName(group.rows);
  const device = deviceInfo(name);
  const record: AttendanceRecord = {
    displayName: (first?.rawName ?? '').trim(),
    name,
    isGuest,
    isDevice: device.isDevice,
    rawNames: uniqueInOrder(group.rows.flatMap((row) => [row.rawName, ...(row.originalName === undefined ? [] : [row.originalName])])),
  };
  const optional: Partial<AttendanceRecord> = {
    email: group.rows.find((row) => row.email !== undefined)?.email,
    firstJoin: earliest(group.rows.map((row) => row.join)),
    lastLeave: latest(group.rows.map((row) => row.leave)),
    totalMinutes: totalMinutesOf(group.rows),
    deviceOwnerHint: device.ownerHint,
    role: group.rows.find((row) => row.role !== undefined)?.role,
  };
  return { ...record, ...definedOnly(optional) };
}

/**
 * One record per person from a report's rows: joins with the same e-mail address, or the
 * same cleaned name, are merged, in the order people first appear.
 */
export function mergeAttendanceRows(rows: readonly AttendanceRow[]): AttendanceRecord[] {
  return groupRows(rows).map(toRecord);
}
