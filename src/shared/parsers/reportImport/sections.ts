/**
 * Splits a report's text into its title block (the lines before the first
 * section) and its sections, found by their headings whatever the layout
 * numbers them ("Agenda", "2. Agenda", "II. Adoption of the agenda",
 * "## Attendees", "Apologies: Bob Stone").
 */
export type SectionKind = 'agenda' | 'discussion' | 'participants' | 'apologies' | 'links' | 'actions' | 'decisions' | 'nextMeeting';

export interface ReportSection {
  kind: SectionKind;
  /** Text written on the heading's own line after a colon ("Attendees: Jane Doe, John Smith"). */
  inline: string;
  lines: string[];
}

export interface SplitReport {
  front: string[];
  sections: ReportSection[];
}

const HEADINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['agenda', /^(?:(?:draft|provisional|proposed|annotated|final)\s+)?agenda(?:\s+of\s+the\s+meeting)?$|^adoption\s+of\s+the\s+agenda$/iu],
  ['discussion', /^(?:discussion|summary\s+of\s+(?:the\s+)?discussions?|proceedings|notes|meeting\s+notes|minutes)$/iu],
  ['participants', /^(?:list\s+of\s+participants|participants|attendees|attendance|present|members\s+present|in\s+attendance|participation)$/iu],
  ['apologies', /^(?:apologies(?:\s+received)?|regrets|excused|absent|apologies\s+for\s+absence)$/iu],
  ['links', /^(?:links|documents|references|resources|background\s+documents)$/iu],
  ['actions', /^(?:action\s+items|actions|action\s+points|next\s+steps)$/iu],
  ['decisions', /^(?:decisions|resolutions|conclusions)$/iu],
  ['nextMeeting', /^(?:next\s+meeting|next\s+call|date\s+of\s+(?:the\s+)?next\s+meeting)$/iu],
];

/** "2.", "II.", "(b)", "B)" or "#" before a heading's words; a markdown emphasis around them. */
const HEADING_NUMBER = /^(?:#{1,6}\s*)?(?:(?:\d{1,2}|[IVX]{1,5}|[A-H])[.)]\s+|\([a-h]\)\s+)?/u;
const EMPHASIS = /^[*_]+|[*_]+$/gu;

export function headingOf(line: string): { kind: SectionKind; inline: string } | undefined {
  const words = line.trim().replace(HEADING_NUMBER, '');
  const colon = words.indexOf(':');
  const name = (colon >= 0 ? words.slice(0, colon) : words).replace(EMPHASIS, '').trim();
  const inline = colon >= 0 ? words.slice(colon + 1).trim() : '';
  if (name.length > 60) return undefined;
  const found = HEADINGS.find(([, pattern]) => pattern.test(name));
  return found ? { kind: found[0], inline } : undefined;
}

export function splitReport(text: string): SplitReport {
  const split: SplitReport = { front: [], sections: [] };
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    const heading = headingOf(line);
    if (heading) split.sections.push({ ...heading, lines: [] });
    else if (split.sections.length === 0) split.front.push(line);
    else split.sections.at(-1)!.lines.push(line);
  }
  return split;
}

export function sectionsOf(split: SplitReport, kind: SectionKind): ReportSection[] {
  return split.sections.filter((section) => section.kind === kind);
}
