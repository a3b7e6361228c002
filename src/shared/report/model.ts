/**
 * The format-neutral summary report: what buildReport produces and every writer
 * (Word, HTML preview, Markdown, plain text) consumes. Writers never look at the
 * meeting itself, so the preview and the .docx cannot disagree on content.
 */

/** A stretch of text with one formatting. `link` is only set to an address safe to make live. */
export type ReportRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
};

/** Which line of the title block: writers give the group title and document kind the most weight. */
export type TitleRole = 'draft' | 'group' | 'series' | 'date' | 'kind';

export type TitleLine = { kind: 'title'; role: TitleRole; text: string; rtl: boolean };

/**
 * Level 1 for the report's sections (Agenda, Discussion, …), 2 for an agenda item,
 * 3 for a sub-item. `label` is the agenda's number or letter ("1.", "a."), typed
 * into the heading because the Discussion keeps the agenda's numbering.
 */
export type ReportHeading = {
  kind: 'heading';
  level: 1 | 2 | 3;
  label?: string;
  runs: ReportRun[];
  rtl: boolean;
};

/** 'actionOwner' heads one owner's actions in the Action items section. */
export type ParagraphRole = 'opening' | 'leadIn' | 'notes' | 'nextMeeting' | 'link' | 'actionOwner';

export type ReportParagraph = { kind: 'paragraph'; role: ParagraphRole; runs: ReportRun[]; rtl: boolean };

/** Each style has its own numbering: see listMarkers.ts, shared by every writer. */
export type ListStyle = 'agenda' | 'participants' | 'numbered' | 'bulleted';

/**
 * One item of a list, flattened with its nesting level. Items of one typed list
 * share a `listId` (unique in the report), so a nested list or a new list starts
 * numbering again; `start` is the first number of that list. `label` is the
 * marker a text writer prints ("1)", "a.", "•"); Word numbers the item itself.
 */
export type ReportListItem = {
  level: number;
  style: ListStyle;
  listId: number;
  start: number;
  label: string;
  runs: ReportRun[];
  rtl: boolean;
};

export type ReportList = { kind: 'list'; items: ReportListItem[] };

export type ReportBlock = TitleLine | ReportHeading | ReportParagraph | ReportList;

export type Report = {
  /** BCP 47 tag of the meeting, for the document's language and date formats. */
  locale: string;
  /** Document title for file properties and the HTML <title>. */
  title: string;
  /** Document subject for file properties ("Summary Report"). */
  subject: string;
  draft: boolean;
  blocks: ReportBlock[];
};

export type ReportOptions = {
  /** Print a Discussion heading for every agenda item, even those with no notes. */
  includeItemsWithoutNotes?: boolean;
  /** Add the people who sent apologies as their own list after the participants. */
  includeApologies?: boolean;
};

/** The text of runs, formatting dropped. */
export function runsText(runs: readonly ReportRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The text of a heading as printed, with its agenda label. */
export function headingText(heading: ReportHeading): string {
  const text = runsText(heading.runs);
  return heading.label ? `${heading.label} ${text}` : text;
}
