import type { Meeting, MeetingMetadata } from '../meeting/schema';
import { describeMoment } from './dates';
import { isRightToLeft } from './direction';
import type { ParagraphRole, ReportParagraph, TitleLine, TitleRole } from './model';
import type { SpeakerNamer } from './naming';
import { plain } from './runs';
import { fillTemplate, REPORT_LABELS } from './templates';
import { templateValues } from './templateValues';

/** The four lines above the report (five with the DRAFT marker); a line with nothing to say is left out. */
export function titleBlock(meeting: Meeting, locale: string): TitleLine[] {
  const { metadata } = meeting;
  const lines: Array<[TitleRole, string]> = [
    ['draft', metadata.status === 'draft' ? REPORT_LABELS.draft : ''],
    ['group', metadata.groupTitle.trim()],
    ['series', seriesLine(metadata)],
    ['date', metadata.start ? describeMoment(metadata.start, locale).full : ''],
    ['kind', REPORT_LABELS.kind],
  ];
  return lines.filter(([, text]) => text !== '').map(([role, text]) => ({ kind: 'title', role, text, rtl: isRightToLeft(text) }));
}

/** "Online Meeting 60": the series and the meeting's number in it. */
export function seriesLine(metadata: MeetingMetadata): string {
  return [metadata.seriesName.trim(), metadata.number === undefined ? '' : String(metadata.number)].filter(Boolean).join(' ');
}

/**
 * The opening paragraph from the group's template. Moderators it names count as
 * mentioned, so the notes can call them by their short name straight away.
 */
export function openingParagraph(meeting: Meeting, template: string, locale: string, namer: SpeakerNamer): ReportParagraph | undefined {
  const moderatorIds = meeting.metadata.moderatorIds.filter((id) => namer.fullName(id) !== undefined);
  const moderatorNames = moderatorIds.map((id) => namer.fullName(id)!);
  const filled = fillTemplate(template, templateValues(meeting.metadata, meeting.metadata.start, locale, moderatorNames));
  if (filled.used.has('moderators')) namer.markNamed(moderatorIds);
  return templateParagraph(filled.text, 'opening');
}

/** The closing sentence on the next call; none when its date is not set. */
export function nextMeetingParagraph(meeting: Meeting, template: string, locale: string): ReportParagraph | undefined {
  const next = meeting.metadata.nextMeeting;
  if (!next) return undefined;
  return templateParagraph(fillTemplate(template, templateValues(meeting.metadata, next, locale, [])).text, 'nextMeeting');
}

/** A template sentence as a paragraph; an empty template prints nothing, as a group that wants no such sentence expects. */
export function templateParagraph(text: string, role: ParagraphRole): ReportParagraph | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : { kind: 'paragraph', role, runs: [plain(trimmed)], rtl: isRightToLeft(trimmed) };
}
