import type { MeetingMetadata, ReportTemplates } from '../meeting/schema';

type MeetingFormat = MeetingMetadata['format'];

/**
 * The sentences a group repeats in every report, as templates the rapporteur
 * can reword per group (metadata.templates). The defaults are the wording of the
 * reference report, so a group that changes nothing gets that report.
 *
 * Syntax:
 *   {name}             a value, e.g. {ordinal}, {moderators}
 *   {name|capitalize}  the value with its first letter in upper case
 *   [[a||b||c]]        the first alternative whose values are all non-empty,
 *                      or nothing: keeps a sentence whole when a value is missing
 * A {name} the report does not know is kept as typed, so a typo shows in the preview.
 */
export const DEFAULT_TEMPLATES: ReportTemplates = {
  opening:
    'The[[ {ordinal}]] {format} meeting of the {groupLongName}[[ ({groupShortName})]] was held[[ on {dayMonth} at {time} {timeZone}]].'
    + '[[ The meeting was moderated by {moderators} and {recordingNote}.'
    + '|| The meeting was moderated by {moderators}.'
    + '|| {recordingNote|capitalize}.]]',
  leadIn: 'The co-chair opened the meeting by introducing the agenda:',
  nextMeeting: 'The next call of the working group will be at {time} {timeZone} on {date}.',
};

/** The report's fixed wording. */
export const REPORT_LABELS = {
  kind: 'Summary Report',
  draft: 'DRAFT',
  agenda: 'Agenda',
  discussion: 'Discussion',
  participants: 'List of participants',
  apologies: 'Apologies',
  links: 'Links:',
  /** Printed for a mention of someone since removed from the participant list. */
  unknownSpeaker: '[unknown speaker]',
} as const;

/** How {format} reads in the opening sentence. */
export const FORMAT_WORDS: Readonly<Record<MeetingFormat, string>> = {
  virtual: 'virtual',
  'in-person': 'in-person',
  hybrid: 'hybrid',
};

export type FilledTemplate = { text: string; used: ReadonlySet<string> };

const PLACEHOLDER_SOURCE = String.raw`\{([A-Za-z][A-Za-z0-9]*)(?:\|([a-z]+))?\}`;
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE, 'g');
/** Groups and placeholders in one pass, so braces inside a filled-in value are never read as a placeholder. */
const GROUP_OR_PLACEHOLDER = new RegExp(String.raw`\[\[([\s\S]*?)\]\]|${PLACEHOLDER_SOURCE}`, 'g');

type Values = Readonly<Record<string, string | undefined>>;

/** The template with its values filled in, and the names of the values it printed. */
export function fillTemplate(template: string, values: Values): FilledTemplate {
  const used = new Set<string>();
  const text = template.replace(GROUP_OR_PLACEHOLDER, (whole, groupBody: string | undefined, name: string | undefined, filter: string | undefined) => {
    if (groupBody === undefined) return fillPlaceholder(whole, name!, filter, values, used);
    const chosen = groupBody.split('||').find((alternative) => allValuesPresent(alternative, values));
    return chosen === undefined ? '' : chosen.replace(PLACEHOLDER, (inner, innerName: string, innerFilter: string | undefined) =>
      fillPlaceholder(inner, innerName, innerFilter, values, used));
  });
  return { text, used };
}

function allValuesPresent(text: string, values: Values): boolean {
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (Object.hasOwn(values, name) && !values[name]) return false;
  }
  return true;
}

function fillPlaceholder(whole: string, name: string, filter: string | undefined, values: Values, used: Set<string>): string {
  if (!Object.hasOwn(values, name)) return whole;
  const value = values[name] ?? '';
  if (value !== '') used.add(name);
  return filter === 'capitalize' ? capitalize(value) : value;
}

function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const firstChar = String.fromCodePoint(first);
  return firstChar.toLocaleUpperCase() + text.slice(firstChar.length);
}
