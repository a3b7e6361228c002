/** The snapshots kept of each meeting: the last 20, and the newest of each day for 30 days. */
export const KEEP_LAST_VERSIONS = 20;
export const KEEP_DAILY_FOR_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DatedVersion {
  id: string;
  atMs: number;
}

/** Local calendar day: a rapporteur thinks of "Tuesday's version", not a UTC date. */
function dayOf(atMs: number): string {
  const date = new Date(atMs);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** Ids of the versions the retention rule lets go. */
export function versionsToPrune(versions: readonly DatedVersion[], nowMs: number): string[] {
  const newestFirst = [...versions].sort((a, b) => b.atMs - a.atMs);
  const kept = new Set(newestFirst.slice(0, KEEP_LAST_VERSIONS).map((version) => version.id));
  const daysKept = new Set(newestFirst.filter((version) => kept.has(version.id)).map((version) => dayOf(version.atMs)));
  for (const version of newestFirst) {
    if (nowMs - version.atMs > KEEP_DAILY_FOR_DAYS * DAY_MS) break;
    const day = dayOf(version.atMs);
    if (daysKept.has(day)) continue;
    daysKept.add(day);
    kept.add(version.id);
  }
  return newestFirst.filter((version) => !kept.has(version.id)).map((version) => version.id);
}
