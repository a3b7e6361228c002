import { $getRoot, $getState, $setState, createState } from 'lexical';
import { z } from 'zod';
import { agendaItemSchema, type AgendaItem } from '../../../shared/meeting/schema';

const agendaListSchema = z.array(agendaItemSchema);

/**
 * The agenda lives in the editor's root node state, so an agenda change and the
 * section moves it causes are one editor update: undo and redo restore both,
 * whether the change came from the panel or from typing.
 */
export const agendaState = createState('agenda', {
  parse: (value: unknown): AgendaItem[] => {
    const parsed = agendaListSchema.safeParse(value ?? []);
    return parsed.success ? parsed.data : [];
  },
  isEqual: (a, b) => a === b,
});

/**
 * Checks a one-item agenda and throws the result away: the item schemas set themselves up on first use, which
 * otherwise happens inside the first Open (at start-up the agenda is empty, so no item is checked). For idle time.
 */
export function warmUpAgendaState(): boolean {
  return agendaListSchema.safeParse([{ id: 'warm-up', title: 'Item', presenterIds: ['p'], children: [{ id: 'warm-up-a', title: 'Sub-item' }] }]).success;
}

export function $getAgenda(): AgendaItem[] {
  return $getState($getRoot(), agendaState);
}

export function $setAgenda(agenda: AgendaItem[]): void {
  $setState($getRoot(), agendaState, agenda);
}

/** Item ids in document order: each item, then its sub-items. */
export function flattenAgendaIds(agenda: readonly AgendaItem[]): string[] {
  return agenda.flatMap((item) => [item.id, ...item.children.map((child) => child.id)]);
}
