import type { AgendaItem, AgendaSubItem } from '../meeting/schema';
import { isRightToLeft } from './direction';
import { safeLinkTarget } from './links';
import { labelListItems, numberText } from './listMarkers';
import { runsText, type ReportHeading, type ReportList, type ReportListItem, type ReportRun } from './model';
import type { SpeakerNamer } from './naming';
import { mergeRuns, plain } from './runs';

/**
 * The agenda as the report prints it twice: as the numbered Agenda list (items
 * linked to their background document) and as the Discussion's headings, which
 * keep the agenda's numbers and letters. Presenters are always named in full.
 */

/** The ids of everyone the agenda names as a presenter: printing the agenda counts as their first mention. */
export function agendaPresenterIds(agenda: readonly AgendaItem[]): string[] {
  return agenda.flatMap((item) => [item, ...item.children]).flatMap((entry) => entry.presenterIds);
}

export function agendaList(agenda: readonly AgendaItem[], namer: SpeakerNamer, listId: number): ReportList {
  const entry = (item: AgendaSubItem, level: number): ReportListItem => {
    const runs = itemRuns(item, namer, safeLinkTarget(item.link));
    return { level, style: 'agenda', listId, start: 1, label: '', runs, rtl: isRightToLeft(runsText(runs)) };
  };
  const items = agenda.flatMap((item) => [entry(item, 0), ...item.children.map((child) => entry(child, 1))]);
  return { kind: 'list', items: labelListItems(items) };
}

/** "1. Title (Presenter)" for an item, "a. Title (Presenter)" for a sub-item: `position` counts from 1. */
export function agendaHeading(item: AgendaSubItem, position: number, isSubItem: boolean, namer: SpeakerNamer): ReportHeading {
  const runs = itemRuns(item, namer, undefined);
  return {
    kind: 'heading',
    level: isSubItem ? 3 : 2,
    label: `${numberText(isSubItem ? 'lowerLetter' : 'decimal', position)}.`,
    runs,
    rtl: isRightToLeft(runsText(runs)),
  };
}

/** The item's title (linked when given an address) and its presenters in parentheses, outside the link. */
function itemRuns(item: AgendaSubItem, namer: SpeakerNamer, link: string | undefined): ReportRun[] {
  const presenters = item.presenterIds.map((id) => namer.fullName(id)).filter((name): name is string => Boolean(name));
  const title = item.title.trim();
  const presenterRun = presenters.length > 0 ? [plain(`${title === '' ? '' : ' '}(${presenters.join(', ')})`)] : [];
  return mergeRuns([plain(title, link), ...presenterRun]);
}
