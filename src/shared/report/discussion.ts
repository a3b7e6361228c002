import type { AgendaItem, Meeting } from '../meeting/schema';
import { agendaHeading } from './agenda';
import type { ReportBlock, ReportOptions, ReportParagraph } from './model';
import { hasVisibleNotes, splitNotesByAgendaItem, type NoteSections } from './notesSections';
import { notesToBlocks, type NotesContext } from './notesToBlocks';
import { plain } from './runs';
import { REPORT_LABELS } from './templates';

/**
 * The Discussion: notes typed before the first agenda heading, then one heading
 * per agenda item or sub-item that has notes, in agenda order, each keeping its
 * agenda number. The last item's heading is always printed: the sentence on the
 * next meeting closes the Discussion under it (under AoB, as groups end calls).
 */
export function discussionBlocks(
  meeting: Meeting,
  options: ReportOptions,
  context: NotesContext,
  closing: ReportParagraph | undefined,
): ReportBlock[] {
  const agenda = meeting.agenda;
  const ids = new Set(agenda.flatMap((item) => [item.id, ...item.children.map((child) => child.id)]));
  const sections = splitNotesByAgendaItem(meeting.notes, ids);
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, runs: [plain(REPORT_LABELS.discussion)], rtl: false }];
  blocks.push(...notesToBlocks(sections.opening, context));
  agenda.forEach((item, index) => {
    const isLast = index === agenda.length - 1;
    for (const block of itemBlocks(item, index + 1, isLast, sections, options, context)) blocks.push(block);
  });
  if (closing) blocks.push(closing);
  return blocks;
}

function itemBlocks(
  item: AgendaItem,
  position: number,
  isLast: boolean,
  sections: NoteSections,
  options: ReportOptions,
  context: NotesContext,
): ReportBlock[] {
  const notesOf = (id: string) => sections.byItem.get(id) ?? [];
  const childHasNotes = item.children.map((child) => hasVisibleNotes(notesOf(child.id)));
  const printAll = options.includeItemsWithoutNotes === true;
  // A sub-item with notes brings its parent's heading along, so its letter reads under the right number.
  const printItem = printAll || isLast || hasVisibleNotes(notesOf(item.id)) || childHasNotes.includes(true);
  if (!printItem) return [];
  const blocks: ReportBlock[] = [agendaHeading(item, position, false, context.namer), ...notesToBlocks(notesOf(item.id), context)];
  item.children.forEach((child, childIndex) => {
    if (!printAll && !childHasNotes[childIndex]) return;
    blocks.push(agendaHeading(child, childIndex + 1, true, context.namer));
    for (const block of notesToBlocks(notesOf(child.id), context)) blocks.push(block);
  });
  return blocks;
}
