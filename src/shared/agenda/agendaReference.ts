import type { AgendaItem } from '../meeting/schema';
import { subItemLetter } from '../meeting/agendaNumbering';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Finds the agenda item a scribe means by "Topic: 3", "#topic 1a", "topic: 1.a"
 * or "Topic: policy brief": an item number, a number and sub-item letter, or
 * the start of a title (at least two characters, ignoring case and accents).
 */
export function findAgendaItemByReference(agenda: readonly AgendaItem[], reference: string): string | undefined {
  const wanted = fold(reference).replace(/[.)]+$/, '');
  if (wanted === '') return undefined;
  const numbered = /^(\d+)\s*[.)]?\s*([a-z]{1,2})?$/.exec(wanted);
  if (numbered) {
    const item = agenda[Number(numbered[1]) - 1];
    if (!item) return undefined;
    if (!numbered[2]) return item.id;
    return item.children.find((_child, index) => subItemLetter(index) === numbered[2])?.id;
  }
  if (wanted.length < 2) return undefined;
  for (const item of agenda) {
    if (fold(item.title).startsWith(wanted)) return item.id;
    const child = item.children.find((candidate) => fold(candidate.title).startsWith(wanted));
    if (child) return child.id;
  }
  return undefined;
}

/** The text after a `Topic:` or `#topic` prefix, if the paragraph is one. */
export function topicCommandReference(paragraphText: string): string | undefined {
  const match = /^\s*(?:topic:|#topic\b)\s*(\S.*?)\s*$/i.exec(paragraphText);
  return match?.[1];
}
