import { describe, expect, it } from 'vitest';
import { warmUpAgendaState } from '../../../../../src/renderer/editor/agenda/agendaState';

describe('warmUpAgendaState', () => {
  it('checks a valid agenda with an item and a sub-item, so the item schemas are the ones set up', () => {
    expect(warmUpAgendaState()).toBe(true);
  });
});
