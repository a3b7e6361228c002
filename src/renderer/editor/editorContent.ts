import type { AgendaItem, Meeting } from '../../shared/meeting/schema';

/**
 * The editor's serialized state holds the agenda in the root's node state
 * (`root.$.agenda`); the file keeps it as `meeting.agenda`. These two functions
 * move it between the two places.
 */
export function notesWithAgenda(notes: Meeting['notes'], agenda: AgendaItem[]): unknown {
  const root = notes.root as Record<string, unknown>;
  return { root: { ...root, $: { ...((root.$ as object | undefined) ?? {}), agenda } } };
}

export function splitEditorJson(json: { root: Record<string, unknown> }): { notes: Meeting['notes']; agenda: AgendaItem[] } {
  const { $: state, ...root } = json.root as { $?: { agenda?: AgendaItem[] } } & Record<string, unknown>;
  return { notes: { root } as Meeting['notes'], agenda: state?.agenda ?? [] };
}
