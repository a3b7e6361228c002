/**
 * Migrations turn the envelope of an older format version into the next one, in memory.
 * The file on disk is never touched by a migration: saving writes the current format.
 * MIGRATIONS[n] upgrades data from format n to n + 1.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Format 1 → 2: the meeting gains its carried-over actions (none yet) and the
 * choice of the report's Action items and Decisions sections, both on as for
 * any new group. Notes need no change: format 1 had no action or decision
 * markers. A part that is not an object is left as it is for validation to name.
 */
export function migrateFormat1To2(data: Data): Data {
  const meeting = data['meeting'];
  if (!isObject(meeting)) return data;
  const metadata = meeting['metadata'];
  const withSections = isObject(metadata) ? { ...metadata, reportSections: metadata['reportSections'] ?? { actionItems: true, decisions: true } } : metadata;
  return { ...data, meeting: { ...meeting, metadata: withSections, carriedActions: meeting['carriedActions'] ?? [] } };
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateFormat1To2 };

export function migrateMeetingData(data: Record<string, unknown>, fromVersion: number, migrations = MIGRATIONS): Record<string, unknown> {
  let current = data;
  for (let version = fromVersion; migrations[version]; version += 1) {
    current = migrations[version]!(current);
  }
  return current;
}
