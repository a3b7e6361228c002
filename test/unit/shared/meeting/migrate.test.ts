import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateMeetingData, type Migration } from '../../../../src/shared/meeting/migrate';
import { FORMAT_VERSION } from '../../../../src/shared/meeting/fileFormat';

describe('migrateMeetingData', () => {
  it('has a migration for every format before the current one', () => {
    for (let version = 1; version < FORMAT_VERSION; version += 1) expect(MIGRATIONS[version], `format ${version}`).toBeTypeOf('function');
    expect(MIGRATIONS[FORMAT_VERSION]).toBeUndefined();
  });

  it('applies the migrations in order from the file\'s version, in memory', () => {
    const steps: Record<number, Migration> = {
      1: (data) => ({ ...data, meeting: { ...(data.meeting as object), participants: (data.meeting as { people: unknown }).people } }),
      2: (data) => ({ ...data, meeting: { ...(data.meeting as object), links: [] } }),
    };
    const original = { meeting: { people: ['a'] } };
    const migrated = migrateMeetingData(original, 1, steps);
    expect(migrated).toEqual({ meeting: { people: ['a'], participants: ['a'], links: [] } });
    expect(original).toEqual({ meeting: { people: ['a'] } });
    expect(migrateMeetingData(original, 2, steps)).toEqual({ meeting: { people: ['a'], links: [] } });
  });

  it('leaves current data alone', () => {
    const data = { meeting: {} };
    expect(migrateMeetingData(data, FORMAT_VERSION)).toBe(data);
  });
});
