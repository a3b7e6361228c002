/**
 * Migrations turn the envelope of an older format version into the next one, in memory.
 * The file on disk is never touched by a migration: saving writes the current format.
 * MIGRATIONS[n] upgrades data from format n to n + 1.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateMeetingData(data: Record<string, unknown>, fromVersion: number, migrations = MIGRATIONS): Record<string, unknown> {
  let current = data;
  for (let version = fromVersion; migrations[version]; version += 1) {
    current = migrations[version]!(current);
  }
  return current;
}
