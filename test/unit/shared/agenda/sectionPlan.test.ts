import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSections, type SectionStep } from '../../../../src/shared/agenda/sectionPlan';

/** Applies a plan to labelled nodes, as the editor does, and returns the labels in their new order. */
function apply(children: Array<string | null>, order: string[]): string[] {
  const labels = children.map((id, index) => (id === null ? `text${index}` : `#${id}@${index}`));
  const plan = planSections(children, order);
  return plan.steps.map((step: SectionStep) => ('keep' in step ? labels[step.keep]! : `#${step.createHeading}@new`));
}

describe('planSections', () => {
  it('changes nothing when headings are already in agenda order', () => {
    const plan = planSections([null, 'a', null, 'b', null], ['a', 'b']);
    expect(plan.changed).toBe(false);
    expect(plan.removeHeadings).toEqual([]);
  });

  it('moves each section with its notes when the agenda order changes', () => {
    expect(apply([null, 'a', null, null, 'b', null, 'c'], ['b', 'a', 'c'])).toEqual(['text0', '#b@4', 'text5', '#a@1', 'text2', 'text3', '#c@6']);
  });

  it('recreates a deleted heading where its section belongs, empty', () => {
    expect(apply([null, 'a', null, 'c'], ['a', 'b', 'c'])).toEqual(['text0', '#a@1', 'text2', '#b@new', '#c@3']);
    expect(apply([], ['a', 'b'])).toEqual(['#a@new', '#b@new']);
  });

  it('removes duplicated and unknown headings, keeping their notes in the section before', () => {
    const children = [null, 'a', null, 'a', null, 'gone', null, 'b'];
    const plan = planSections(children, ['a', 'b']);
    expect(plan.removeHeadings).toEqual([3, 5]);
    expect(plan.changed).toBe(true);
    expect(apply(children, ['a', 'b'])).toEqual(['text0', '#a@1', 'text2', 'text4', 'text6', '#b@7']);
  });

  it('always yields exactly one heading per item, in order, and keeps every piece of content', () => {
    const ids = ['a', 'b', 'c', 'd'];
    fc.assert(fc.property(
      fc.array(fc.option(fc.constantFrom(...ids, 'x'), { nil: null }), { maxLength: 40 }),
      fc.shuffledSubarray(ids),
      (children, order) => {
        const result = apply(children, order);
        expect(result.filter((label) => label.startsWith('#')).map((label) => label.slice(1).split('@')[0])).toEqual(order);
        const content = children.flatMap((id, index) => (id === null ? [`text${index}`] : []));
        expect(result.filter((label) => label.startsWith('text')).sort()).toEqual(content.sort());
      },
    ));
  });
});
