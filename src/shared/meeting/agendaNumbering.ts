import type { AgendaItem } from './schema';

/** Sub-items are lettered a, b, … z, then aa, ab, … so a long list never runs out of labels. */
export function subItemLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

export interface AgendaPosition {
  number: string;
  title: string;
  depth: 0 | 1;
}

/** Where an item sits in the agenda ("1", "1a"), or undefined when it is no longer in it. */
export function agendaPosition(agenda: readonly AgendaItem[], itemId: string): AgendaPosition | undefined {
  for (const [index, item] of agenda.entries()) {
    if (item.id === itemId) return { number: `${index + 1}`, title: item.title, depth: 0 };
    for (const [childIndex, child] of item.children.entries()) {
      if (child.id === itemId) return { number: subItemLetter(childIndex), title: child.title, depth: 1 };
    }
  }
  return undefined;
}

/** "1. Outcomes and results …" or "a. Update on the IGF LP meetings". */
export function agendaLabel(agenda: readonly AgendaItem[], itemId: string): string | undefined {
  const position = agendaPosition(agenda, itemId);
  return position && `${position.number}. ${position.title}`;
}
