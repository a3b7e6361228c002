import { $createParagraphNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { planSections } from '../../../shared/agenda/sectionPlan';
import { $createAgendaHeadingNode, $isAgendaHeadingNode, type AgendaHeadingNode } from '../nodes/AgendaHeadingNode';
import { $getAgenda, flattenAgendaIds } from './agendaState';

/**
 * Puts the notes' sections in agenda order: one heading per item, content
 * moving with the heading before it, missing headings recreated, stray ones
 * removed. Runs after agenda edits and whenever editing touched a heading.
 */
export function $arrangeSections(agendaOrder: readonly string[] = flattenAgendaIds($getAgenda())): boolean {
  const root = $getRoot();
  const children = root.getChildren();
  const plan = $planSections(children, agendaOrder);
  if (!plan.changed) return false;
  for (const index of plan.removeHeadings) children[index]!.remove();
  const ordered: LexicalNode[] = plan.steps.map((step) => ('keep' in step ? children[step.keep]! : $createAgendaHeadingNode(step.createHeading)));
  // Appending an attached node moves it; going through the plan in order leaves the root in that order.
  for (const node of ordered) root.append(node);
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  return true;
}

function $planSections(children: readonly LexicalNode[], agendaOrder: readonly string[]) {
  return planSections(children.map((node) => ($isAgendaHeadingNode(node) ? node.getItemId() : null)), agendaOrder);
}

/** Whether $arrangeSections would change anything; only reads, so it can run in a read of the committed notes. */
export function $sectionsNeedArranging(): boolean {
  return $planSections($getRoot().getChildren(), flattenAgendaIds($getAgenda())).changed;
}

export function $findHeading(itemId: string): AgendaHeadingNode | null {
  for (const node of $getRoot().getChildren()) {
    if ($isAgendaHeadingNode(node) && node.getItemId() === itemId) return node;
  }
  return null;
}

/** The last top-level node of the section a heading opens (the heading itself when the section is empty). */
export function $sectionEnd(heading: AgendaHeadingNode): LexicalNode {
  let last: LexicalNode = heading;
  for (let next = heading.getNextSibling(); next && !$isAgendaHeadingNode(next); next = next.getNextSibling()) last = next;
  return last;
}

/** Whether a section holds any text or other content worth asking about before it is merged away. */
export function $sectionHasNotes(heading: AgendaHeadingNode): boolean {
  for (let next = heading.getNextSibling(); next && !$isAgendaHeadingNode(next); next = next.getNextSibling()) {
    if (next.getTextContent().trim() !== '' || ($isElementNode(next) && next.getChildrenSize() > 1)) return true;
  }
  return false;
}

/** The agenda item whose section holds this node; null for the opening section. Walks back within the section only. */
export function $sectionItemOf(node: LexicalNode): string | null {
  let top: LexicalNode | null = node.getTopLevelElement() ?? node;
  for (; top; top = top.getPreviousSibling()) {
    if ($isAgendaHeadingNode(top)) return top.getItemId();
  }
  return null;
}

/** Puts the caret at the end of an item's section, creating its first paragraph when it has none. Returns the node to scroll to. */
export function $goToSection(itemId: string): LexicalNode | null {
  const heading = $findHeading(itemId);
  if (!heading) return null;
  let last = $sectionEnd(heading);
  if (last === heading || !$isElementNode(last)) {
    const paragraph = $createParagraphNode();
    last.insertAfter(paragraph);
    last = paragraph;
  }
  if ($isElementNode(last)) last.selectEnd();
  return last;
}
