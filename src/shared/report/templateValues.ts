import type { MeetingMetadata, ZonedDateTime } from '../meeting/schema';
import { describeMoment, ordinal } from './dates';
import { FORMAT_WORDS } from './templates';

/**
 * The values a report template can print, for one moment (the meeting's start
 * for the opening paragraph, the next meeting for the closing sentence). A value
 * that is not known is '' so an optional [[…]] group around it drops out.
 */
export function templateValues(
  metadata: MeetingMetadata,
  moment: ZonedDateTime | undefined,
  locale: string,
  moderatorNames: readonly string[],
): Record<string, string> {
  const when = moment ? describeMoment(moment, locale) : undefined;
  return {
    ordinal: metadata.number === undefined ? '' : ordinal(metadata.number, locale),
    number: metadata.number === undefined ? '' : String(metadata.number),
    format: FORMAT_WORDS[metadata.format],
    groupTitle: metadata.groupTitle.trim(),
    groupLongName: metadata.groupLongName.trim(),
    groupShortName: metadata.groupShortName.trim(),
    seriesName: metadata.seriesName.trim(),
    date: when?.date ?? '',
    dayMonth: when?.dayMonth ?? '',
    time: when?.time ?? '',
    timeZone: when?.timeZone ?? '',
    moderators: joinNames(moderatorNames, locale),
    recordingNote: metadata.recordingNote.trim(),
  };
}

/**
 * "A, B and C" as the language joins names. No name, or one, reads the same in
 * every language (Intl.ListFormat gives '' and the name itself), and is written
 * without a ListFormat, whose first use costs milliseconds of ICU set-up.
 */
export function joinNames(names: readonly string[], locale: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
