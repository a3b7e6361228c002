import { actionAndDecisionSections } from '../actions/reportSections';
import type { Meeting } from '../meeting/schema';
import { agendaList, agendaPresenterIds } from './agenda';
import { participantSection, linksSection } from './backMatter';
import { resolveLocale } from './dates';
import { discussionBlocks } from './discussion';
import { nextMeetingParagraph, openingParagraph, seriesLine, templateParagraph, titleBlock } from './frontMatter';
import type { Report, ReportBlock, ReportOptions } from './model';
import { createSpeakerNamer } from './naming';
import type { NotesContext } from './notesToBlocks';
import { plain } from './runs';
import { sanitizeDeep } from './sanitize';
import { DEFAULT_TEMPLATES, fillTemplate, REPORT_LABELS } from './templates';
import { templateValues } from './templateValues';

/**
 * The meeting's summary report, format-neutral, block by block in reading order:
 * title block, opening paragraph, agenda, discussion, the action items and
 * decisions the group switched on, participants, links.
 * Names are resolved here, in reading order, so every writer prints the same names.
 */
export function buildReport(input: Meeting, options: ReportOptions = {}): Report {
  // Every string is cleaned once, on the way in: no writer can then emit a character XML forbids.
  const meeting = sanitizeDeep(input);
  const { metadata } = meeting;
  const locale = resolveLocale(metadata.locale);
  const templates = metadata.templates ?? DEFAULT_TEMPLATES;
  let lastListId = 0;
  const context: NotesContext = {
    namer: createSpeakerNamer(meeting.participants, metadata.namingRule),
    nextListId: () => (lastListId += 1),
  };
  const blocks: ReportBlock[] = [
    ...titleBlock(meeting, locale),
    ...optional(openingParagraph(meeting, templates.opening, locale, context.namer)),
    ...agendaSection(meeting, templates.leadIn, locale, context),
    ...discussionBlocks(meeting, options, context, nextMeetingParagraph(meeting, templates.nextMeeting, locale)),
    ...actionAndDecisionSections(meeting, context, locale),
    ...participantSection(REPORT_LABELS.participants, attending(meeting, 'present'), context.nextListId()),
    ...(options.includeApologies ? participantSection(REPORT_LABELS.apologies, attending(meeting, 'apologies'), context.nextListId()) : []),
    ...linksSection(meeting.links),
  ];
  return { locale, title: documentTitle(meeting), subject: REPORT_LABELS.kind, draft: metadata.status === 'draft', blocks };
}

/** The lead-in sentence, the Agenda heading and the agenda list; nothing when there is no agenda. */
function agendaSection(meeting: Meeting, leadIn: string, locale: string, context: NotesContext): ReportBlock[] {
  if (meeting.agenda.length === 0) return [];
  const values = templateValues(meeting.metadata, meeting.metadata.start, locale, []);
  const blocks: ReportBlock[] = [
    ...optional(templateParagraph(fillTemplate(leadIn, values).text, 'leadIn')),
    { kind: 'heading', level: 1, runs: [plain(REPORT_LABELS.agenda)], rtl: false },
    agendaList(meeting.agenda, context.namer, context.nextListId()),
  ];
  // Presenters are printed in full in the agenda, which the reader reads before the Discussion.
  context.namer.markNamed(agendaPresenterIds(meeting.agenda));
  return blocks;
}

function attending(meeting: Meeting, attendance: 'present' | 'apologies') {
  return meeting.participants.filter((participant) => participant.attendance === attendance);
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** "MAG Working Group … — Online Meeting 60": what a file manager or mail client shows for the document. */
function documentTitle(meeting: Meeting): string {
  return [meeting.metadata.groupTitle.trim(), seriesLine(meeting.metadata)].filter(Boolean).join(' \u2014 ') || REPORT_LABELS.kind;
}
