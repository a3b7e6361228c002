import { findDate } from '../series/dateText';

/** A trailing "due 31 August 2023", "(due: 2023-08-31)" or "[due 31/08/2023]" ends an action typed in the notes. */
const DUE_CLAUSE = /[\s,;–—-]*[([]?\s*\bdue(?:\s+date)?\s*:?\s*(?:(?:on|by)\s+)?([^()[\]]{6,40}?)\s*[)\]]?\s*\.?\s*$/iu;

export interface DueSplit {
  text: string;
  due?: string;
}

/**
 * Cuts a due-date clause off the end of an action's text and reads its date.
 * A clause whose date cannot be read stays in the text: nothing typed is lost.
 */
export function splitDueClause(text: string): DueSplit {
  const match = DUE_CLAUSE.exec(text);
  if (!match) return { text };
  const found = findDate(match[1]!);
  // The whole clause must be the date, so "due to the delay" is never read as a due date.
  if (!found || match[1]!.trim().length !== found.length) return { text };
  return { text: text.slice(0, match.index).trimEnd(), due: found.iso };
}

/** "31 August 2023" in the meeting's language; the date is a calendar day, so no zone shifts it. */
export function formatDueDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
