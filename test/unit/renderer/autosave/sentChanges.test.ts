import { beforeEach, describe, expect, it } from 'vitest';
import { changesSinceReceived, forgetReceived, noteReceived } from '../../../../src/renderer/autosave/sentChanges';

const file = { kind: 'file', handle: 'doc-sent12345' } as const;
const draft = { kind: 'draft', draftId: 'draft-abcdefghijkl' } as const;
const parts = { head: '{"metadata":{}}', blocks: ['{"a":1}', '{"b":2}', '{"c":3}'] };

beforeEach(() => forgetReceived());

describe('changesSinceReceived', () => {
  it('sends every block until main has answered a save of this meeting', () => {
    expect(changesSinceReceived(file, parts)).toMatchObject({ base: null, head: parts.head, blocks: parts.blocks });
  });

  it('builds on the save main answered last, naming each save apart', () => {
    const first = changesSinceReceived(file, parts);
    noteReceived(file, first, parts);
    const next = changesSinceReceived(file, { ...parts, blocks: ['{"a":1}', '{"b":"edited"}', '{"c":3}'] });
    expect(next.id).not.toBe(first.id);
    expect(next).toMatchObject({ base: first.id, blocks: [[0, 1], '{"b":"edited"}', [2, 1]] });
  });

  it('sends every block to another meeting, when told to, and after a failure', () => {
    noteReceived(file, changesSinceReceived(file, parts), parts);
    expect(changesSinceReceived(draft, parts)).toMatchObject({ base: null, blocks: parts.blocks });
    expect(changesSinceReceived(file, parts, { whole: true })).toMatchObject({ base: null, blocks: parts.blocks });
    expect(changesSinceReceived(file, parts).base).not.toBeNull();
    forgetReceived();
    expect(changesSinceReceived(file, parts).base).toBeNull();
  });
});
