/**
 * How the notes' top-level nodes must be arranged so that every agenda item has
 * exactly one heading, in agenda order, each followed by its own notes.
 *
 * The input describes the top-level nodes as they are: the item id for a
 * heading, null for anything else. Content always travels with the heading
 * before it; content before the first heading is the opening section.
 */
export type SectionStep = { keep: number } | { createHeading: string };

export interface SectionPlan {
  steps: SectionStep[];
  /** Headings to remove: duplicates, and items no longer in the agenda (their notes join the section before). */
  removeHeadings: number[];
  changed: boolean;
}

export function planSections(children: ReadonlyArray<string | null>, agendaOrder: readonly string[]): SectionPlan {
  const known = new Set(agendaOrder);
  const opening: number[] = [];
  const sections = new Map<string, number[]>();
  const removeHeadings: number[] = [];
  let current: number[] = opening;
  children.forEach((itemId, index) => {
    if (itemId === null) {
      current.push(index);
    } else if (known.has(itemId) && !sections.has(itemId)) {
      current = [index];
      sections.set(itemId, current);
    } else {
      removeHeadings.push(index);
    }
  });
  const steps: SectionStep[] = opening.map((index) => ({ keep: index }));
  for (const itemId of agendaOrder) {
    const section = sections.get(itemId);
    if (section) steps.push(...section.map((index) => ({ keep: index })));
    else steps.push({ createHeading: itemId });
  }
  let changed = removeHeadings.length > 0;
  let previous = -1;
  for (const step of steps) {
    if (!('keep' in step) || step.keep < previous) changed = true;
    if ('keep' in step) previous = step.keep;
  }
  return { steps, removeHeadings, changed };
}
