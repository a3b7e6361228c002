import { describe, expect, it } from 'vitest';
import { sameAgenda } from '../../../../../src/renderer/editor/plugins/AgendaSyncPlugin';
import type { AgendaItem } from '../../../../../src/shared/meeting/schema';

const item = (id: string, title: string, children: AgendaItem['children'] = []): AgendaItem => ({ id, title, presenterIds: [], children });

describe('sameAgenda', () => {
  it('holds for a copy with the same items, as the editor keeps of the agenda it loaded', () => {
    const agenda = [item('a1', 'One', [{ id: 'a1-1', title: 'Sub', presenterIds: ['p1'] }]), item('a2', 'Two')];
    expect(sameAgenda(agenda, structuredClone(agenda))).toBe(true);
    expect(sameAgenda([], [])).toBe(true);
  });

  it('fails on any change: a title, an order, a presenter, a sub-item', () => {
    const agenda = [item('a1', 'One', [{ id: 'a1-1', title: 'Sub', presenterIds: [] }]), item('a2', 'Two')];
    expect(sameAgenda(agenda, [agenda[0]!, item('a2', 'Two!')])).toBe(false);
    expect(sameAgenda(agenda, [agenda[1]!, agenda[0]!])).toBe(false);
    expect(sameAgenda(agenda, [item('a1', 'One', [{ id: 'a1-1', title: 'Sub', presenterIds: ['p2'] }]), agenda[1]!])).toBe(false);
    expect(sameAgenda(agenda, [item('a1', 'One'), agenda[1]!])).toBe(false);
  });
});
