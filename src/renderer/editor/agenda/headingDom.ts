import { agendaLabel } from '../../../shared/meeting/agendaNumbering';
import type { AgendaItem } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';

/**
 * An agenda heading shows its number and title through plain DOM, not a React
 * portal: a portal per heading made React insert them after Lexical had
 * reconciled a loaded meeting, and Lexical's mutation observer then ran an
 * update that read the DOM selection, forcing a layout of the whole notes
 * before the first paint. Lexical leaves a decorator's inner DOM alone.
 */

const HEADING_TEXT_CLASS = 'agenda-heading__text';

function labelOf(agenda: readonly AgendaItem[], itemId: string): string {
  return agendaLabel(agenda, itemId) ?? 'Removed agenda item';
}

/** The heading's inner element, labelled from the agenda as the app holds it now. */
export function createHeadingText(itemId: string): HTMLElement {
  const text = document.createElement('h2');
  text.className = HEADING_TEXT_CLASS;
  text.dataset['itemId'] = itemId;
  text.textContent = labelOf(useMeetingStore.getState().meeting.agenda, itemId);
  return text;
}

/** Relabels the headings whose number or title changed, after an agenda edit. */
export function relabelHeadings(root: ParentNode, agenda: readonly AgendaItem[]): void {
  for (const text of root.querySelectorAll<HTMLElement>(`.${HEADING_TEXT_CLASS}`)) {
    const label = labelOf(agenda, text.dataset['itemId'] ?? '');
    if (text.textContent !== label) text.textContent = label;
  }
}

/** The item whose heading an event hit, if it hit one. */
export function headingItemAt(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>(`.${HEADING_TEXT_CLASS}`)?.dataset['itemId'];
}
