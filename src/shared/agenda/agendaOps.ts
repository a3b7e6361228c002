import type { AgendaItem, AgendaSubItem } from '../meeting/schema';

/**
 * Pure edits of the agenda. Each returns a new agenda (or the same one when the
 * edit does not apply), so the editor can store it and undo can restore it.
 */

export type AgendaLocation = { kind: 'item'; index: number } | { kind: 'sub'; parentIndex: number; index: number };

export function locateItem(agenda: readonly AgendaItem[], id: string): AgendaLocation | undefined {
  for (const [index, item] of agenda.entries()) {
    if (item.id === id) return { kind: 'item', index };
    const childIndex = item.children.findIndex((child) => child.id === id);
    if (childIndex >= 0) return { kind: 'sub', parentIndex: index, index: childIndex };
  }
  return undefined;
}

export function findAgendaEntry(agenda: readonly AgendaItem[], id: string): AgendaItem | AgendaSubItem | undefined {
  const at = locateItem(agenda, id);
  if (!at) return undefined;
  return at.kind === 'item' ? agenda[at.index] : agenda[at.parentIndex]!.children[at.index];
}

const withChildren = (item: AgendaItem, children: AgendaSubItem[]): AgendaItem => ({ ...item, children });

/** Adds an item after `afterId`'s item (or at the end). */
export function addItem(agenda: readonly AgendaItem[], item: AgendaItem, afterId?: string): AgendaItem[] {
  const at = afterId === undefined ? undefined : locateItem(agenda, afterId);
  const index = at === undefined ? agenda.length : (at.kind === 'item' ? at.index : at.parentIndex) + 1;
  return [...agenda.slice(0, index), item, ...agenda.slice(index)];
}

export function addSubItem(agenda: readonly AgendaItem[], parentId: string, sub: AgendaSubItem): AgendaItem[] {
  return agenda.map((item) => (item.id === parentId ? withChildren(item, [...item.children, sub]) : item));
}

export function updateAgendaEntry(agenda: readonly AgendaItem[], id: string, patch: Partial<Omit<AgendaSubItem, 'id'>>): AgendaItem[] {
  return agenda.map((item) => {
    if (item.id === id) return { ...item, ...patch };
    if (!item.children.some((child) => child.id === id)) return item;
    return withChildren(item, item.children.map((child) => (child.id === id ? { ...child, ...patch } : child)));
  });
}

/** Removes an item (with its sub-items) or a sub-item; returns every id removed. */
export function removeAgendaEntry(agenda: readonly AgendaItem[], id: string): { agenda: AgendaItem[]; removedIds: string[] } {
  const at = locateItem(agenda, id);
  if (!at) return { agenda: [...agenda], removedIds: [] };
  if (at.kind === 'item') {
    const item = agenda[at.index]!;
    return { agenda: agenda.filter((_, index) => index !== at.index), removedIds: [item.id, ...item.children.map((c) => c.id)] };
  }
  return {
    agenda: agenda.map((item, index) => (index === at.parentIndex ? withChildren(item, item.children.filter((_, i) => i !== at.index)) : item)),
    removedIds: [id],
  };
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const copy = [...list];
  [copy[a], copy[b]] = [copy[b]!, copy[a]!];
  return copy;
}

/** Moves an item or sub-item one place up (-1) or down (+1) among its siblings. */
export function moveAgendaEntry(agenda: readonly AgendaItem[], id: string, direction: -1 | 1): AgendaItem[] {
  const at = locateItem(agenda, id);
  if (!at) return [...agenda];
  if (at.kind === 'item') {
    const target = at.index + direction;
    return target < 0 || target >= agenda.length ? [...agenda] : swap(agenda, at.index, target);
  }
  const parent = agenda[at.parentIndex]!;
  const target = at.index + direction;
  if (target < 0 || target >= parent.children.length) return [...agenda];
  return agenda.map((item, index) => (index === at.parentIndex ? withChildren(item, swap(item.children, at.index, target)) : item));
}

/** Moves an entry before another of the same level (drag and drop). */
export function moveAgendaEntryBefore(agenda: readonly AgendaItem[], id: string, beforeId: string): AgendaItem[] {
  const from = locateItem(agenda, id);
  const to = locateItem(agenda, beforeId);
  if (!from || !to || id === beforeId || from.kind !== to.kind) return [...agenda];
  if (from.kind === 'item' && to.kind === 'item') {
    const moving = agenda[from.index]!;
    const rest = agenda.filter((_, index) => index !== from.index);
    const target = rest.findIndex((item) => item.id === beforeId);
    return [...rest.slice(0, target), moving, ...rest.slice(target)];
  }
  const moving = findAgendaEntry(agenda, id) as AgendaSubItem;
  const removed = removeAgendaEntry(agenda, id).agenda;
  return removed.map((item) => {
    const target = item.children.findIndex((child) => child.id === beforeId);
    return target < 0 ? item : withChildren(item, [...item.children.slice(0, target), moving, ...item.children.slice(target)]);
  });
}

/** Makes an item a sub-item of the item before it (only items without sub-items of their own). */
export function indentAgendaEntry(agenda: readonly AgendaItem[], id: string): AgendaItem[] {
  const at = locateItem(agenda, id);
  if (!at || at.kind !== 'item' || at.index === 0) return [...agenda];
  const item = agenda[at.index]!;
  if (item.children.length > 0) return [...agenda];
  const { children: _none, ...sub } = item;
  const previous = agenda[at.index - 1]!;
  return [...agenda.slice(0, at.index - 1), withChildren(previous, [...previous.children, sub]), ...agenda.slice(at.index + 1)];
}

/** Makes a sub-item an item of its own, right after its parent; later siblings stay with the parent. */
export function outdentAgendaEntry(agenda: readonly AgendaItem[], id: string): AgendaItem[] {
  const at = locateItem(agenda, id);
  if (!at || at.kind !== 'sub') return [...agenda];
  const parent = agenda[at.parentIndex]!;
  const sub = parent.children[at.index]!;
  const promoted: AgendaItem = { ...sub, children: parent.children.slice(at.index + 1) };
  const keptParent = withChildren(parent, parent.children.slice(0, at.index));
  return [...agenda.slice(0, at.parentIndex), keptParent, promoted, ...agenda.slice(at.parentIndex + 1)];
}
