import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, MIN_READER_VERSION, parseMeetingFile, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { migrateFormat1To2 } from '../../../../src/shared/meeting/migrate';
import { FIXTURE_PATH, loadFixtureMeeting } from '../report/support/fixture';

/** The reference meeting as format 1 wrote it: no report sections, no carried-over actions. */
function asFormat1(): string {
  const data = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
  delete data.meeting.metadata.reportSections;
  delete data.meeting.carriedActions;
  return JSON.stringify({ ...data, formatVersion: 1, minReaderVersion: 1 });
}

describe('format 1 → 2', () => {
  it('is the current format, which format-1 readers cannot open without losing actions', () => {
    expect(FORMAT_VERSION).toBe(2);
    expect(MIN_READER_VERSION).toBe(2);
  });

  it('opens a format-1 file in memory with the Action items and Decisions sections on and no carried-over actions', () => {
    const result = parseMeetingFile(asFormat1());
    expect(result).toMatchObject({ ok: true, readOnly: false, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.meeting).toEqual(loadFixtureMeeting());
    expect(result.meeting.metadata.reportSections).toEqual({ actionItems: true, decisions: true });
    expect(result.meeting.carriedActions).toEqual([]);
    expect(JSON.parse(serializeMeetingFile(result.meeting))).toMatchObject({ formatVersion: 2, minReaderVersion: 2 });
  });

  it('adds only what is missing, and leaves a part that is no object for validation to name', () => {
    const migrated = migrateFormat1To2({ meeting: { metadata: { groupTitle: 'G' }, carriedActions: ['kept'] } });
    expect(migrated).toEqual({ meeting: { metadata: { groupTitle: 'G', reportSections: { actionItems: true, decisions: true } }, carriedActions: ['kept'] } });
    expect(migrateFormat1To2({ meeting: 'nonsense' })).toEqual({ meeting: 'nonsense' });
    expect(migrateFormat1To2({ meeting: { metadata: 7 } })).toEqual({ meeting: { metadata: 7, carriedActions: [] } });
  });

  it('reads markers in a hand-edited file labelled format 1 by the format-2 rules', () => {
    const data = JSON.parse(asFormat1());
    data.meeting.notes.root.children.push({ type: 'paragraph', version: 1, children: [{ type: 'action-marker', version: 1, actionId: 'a1', ownerIds: [], done: false }] });
    expect(parseMeetingFile(JSON.stringify(data))).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('refuses a marker of an unknown version or with fields it does not know, naming the place', () => {
    const data = JSON.parse(asFormat1());
    data.meeting.notes.root.children.push({ type: 'paragraph', version: 1, children: [{ type: 'action-marker', version: 2, actionId: 'a1' }] });
    expect(parseMeetingFile(JSON.stringify(data))).toMatchObject({ ok: false, error: { code: 'wrong-shape' } });
    data.meeting.notes.root.children.pop();
    data.meeting.notes.root.children.push({ type: 'decision-marker', version: 1, decisionId: 'd1', script: 'x' });
    const refused = parseMeetingFile(JSON.stringify(data));
    expect(!refused.ok && refused.error.message).toMatch(/notes\.root\.children\.26/);
  });
});
