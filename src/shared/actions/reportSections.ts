import { SPEAKER_MENTION_TYPE, type SerializedNote } from '../meeting/notesSchema';
import type { Meeting } from '../meeting/schema';
import { isRightToLeft } from '../report/direction';
import { safeLinkTarget } from '../report/links';
import { labelListItems } from '../report/listMarkers';
import { runsText, type ReportBlock, type ReportListItem, type ReportRun } from '../report/model';
import type { NotesContext } from '../report/notesToBlocks';
import { formatFromBits, mergeRuns, plain, trimRuns } from '../report/runs';
import { collectNotedItems, type NotedAction } from './collect';
import { formatDueDate } from './dueDates';
import { groupByOwner } from './grouping';

export const ACTION_REPORT_LABELS = {
  actionItems: 'Action items',
  decisions: 'Decisions',
  noOwner: 'No owner yet',
} as const;

/**
 * The "Action items" section (grouped by owner, with due dates) and the
 * "Decisions" section that follow the Discussion, as the group switched them
 * on; a section with nothing in it is left out. Read after the Discussion, so
 * names mentioned in an action's text are already introduced.
 */
export function actionAndDecisionSections(meeting: Meeting, context: NotesContext, locale: string): ReportBlock[] {
  const { actions, decisions } = collectNotedItems(meeting.notes);
  const sections = meeting.metadata.reportSections;
  return [
    ...(sections.actionItems ? actionItemsSection(meeting, actions, context, locale) : []),
    ...(sections.decisions ? decisionsSection(decisions.map((decision) => itemRuns(decision.content, context)), context) : []),
  ];
}

function heading(text: string): ReportBlock {
  return { kind: 'heading', level: 1, runs: [plain(text)], rtl: false };
}

function actionItemsSection(meeting: Meeting, actions: readonly NotedAction[], context: NotesContext, locale: string): ReportBlock[] {
  const withText = actions.filter((action) => runsText(itemRuns(action.content, context)).trim() !== '');
  if (withText.length === 0) return [];
  const names = new Map(meeting.participants.map((person) => [person.id, person.fullName.trim()]));
  const blocks: ReportBlock[] = [heading(ACTION_REPORT_LABELS.actionItems)];
  for (const group of groupByOwner(withText, meeting.participants.map((person) => person.id))) {
    const owner = group.ownerId === undefined ? ACTION_REPORT_LABELS.noOwner : names.get(group.ownerId)!;
    blocks.push({ kind: 'paragraph', role: 'actionOwner', runs: [{ text: owner, bold: true }], rtl: isRightToLeft(owner) });
    const listId = context.nextListId();
    const items = group.actions.map((action): ReportListItem => {
      const runs = mergeRuns([...itemRuns(action.content, context), ...detailRuns(action, group.ownerId, names, locale)]);
      return { level: 0, style: 'bulleted', listId, start: 1, label: '', runs, rtl: isRightToLeft(runsText(runs)) };
    });
    blocks.push({ kind: 'list', items: labelListItems(items) });
  }
  return blocks;
}

function decisionsSection(decisions: readonly ReportRun[][], context: NotesContext): ReportBlock[] {
  const shown = decisions.filter((runs) => runsText(runs).trim() !== '');
  if (shown.length === 0) return [];
  const listId = context.nextListId();
  const items = shown.map((runs): ReportListItem => ({ level: 0, style: 'numbered', listId, start: 1, label: '', runs, rtl: isRightToLeft(runsText(runs)) }));
  return [heading(ACTION_REPORT_LABELS.decisions), { kind: 'list', items: labelListItems(items) }];
}

/** " (due 31 August 2023; with Jim Prendergast; done)": what the owner's list needs besides the text. */
function detailRuns(action: NotedAction, listedUnder: string | undefined, names: ReadonlyMap<string, string>, locale: string): ReportRun[] {
  const coOwners = action.ownerIds.filter((id) => id !== listedUnder && names.has(id)).map((id) => names.get(id)!);
  const details = [
    ...(action.due ? [`due ${formatDueDate(action.due, locale)}`] : []),
    ...(coOwners.length > 0 ? [`with ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(coOwners)}`] : []),
    ...(action.done ? ['done'] : []),
  ];
  return details.length === 0 ? [] : [plain(` (${details.join('; ')})`)];
}

/** The item's text as report runs: formatting kept, mentions named by the report's rule, links only to safe addresses. */
function itemRuns(content: readonly SerializedNote[], context: NotesContext): ReportRun[] {
  const runs: ReportRun[] = [];
  const visit = (node: SerializedNote, link: string | undefined) => {
    const withLink = (run: ReportRun): ReportRun => (link === undefined ? run : { ...run, link });
    if (node.type === 'text') runs.push(withLink({ text: String(node['text'] ?? ''), ...formatFromBits(Number(node['format'] ?? 0)) }));
    else if (node.type === SPEAKER_MENTION_TYPE) runs.push(withLink({ text: context.namer.mention(String(node['participantId'])) }));
    else if (node.type === 'linebreak' || node.type === 'tab') runs.push(withLink({ text: ' ' }));
    else {
      const address = node.type === 'link' || node.type === 'autolink' ? link ?? safeLinkTarget(String(node['url'] ?? '')) : link;
      for (const child of node.children ?? []) visit(child, address);
    }
  };
  content.forEach((node) => visit(node, undefined));
  const trimmed = trimRuns(mergeRuns(runs));
  // The separator a scribe typed after the marker ("ACTION: …" became the marker and ": …") is not part of the item.
  if (trimmed[0]) trimmed[0] = { ...trimmed[0], text: trimmed[0].text.replace(/^[:\-–—]\s*/u, '') };
  return trimmed.filter((run) => run.text !== '');
}
