import { describe, expect, it } from 'vitest';
import { requestNames } from '../../../../src/shared/bridge/contract';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';
import { BridgeRequestError, dispatchRequest } from '../../../../src/main/ipc/dispatchRequest';
import type { HandlerTable } from '../../../../src/main/ipc/handlerTable';

function recordingTable(calls: Array<[string, unknown]>): HandlerTable {
  const table = Object.fromEntries(requestNames.map((name) => [name, async (request: unknown) => {
    calls.push([name, request]);
    return { status: 'cancelled' };
  }]));
  return table as unknown as HandlerTable;
}

describe('dispatchRequest', () => {
  it('passes a valid request to its handler with the context', async () => {
    const calls: Array<[string, unknown]> = [];
    await dispatchRequest(recordingTable(calls), 'openRecentMeeting', { recentId: 'r1' }, { windowId: 3 });
    expect(calls).toEqual([['openRecentMeeting', { recentId: 'r1' }]]);
  });

  it.each([
    ['unknown request name', 'deleteEverything', {}],
    ['prototype key as a name', '__proto__', {}],
    ['constructor as a name', 'constructor', {}],
    ['extra field', 'openMeeting', { path: '/etc/passwd' }],
    ['renderer-supplied path instead of a handle', 'saveMeeting', { handle: '/home/user/notes.minutes', meeting: createEmptyMeeting() }],
    ['handle of the wrong shape', 'saveMeeting', { handle: 'doc-../../x', meeting: createEmptyMeeting() }],
    ['meeting of the wrong shape', 'saveMeetingAs', { meeting: { evil: true }, suggestedName: 'x' }],
    ['non-object payload', 'openRecentMeeting', 'r1'],
    ['oversized field', 'saveMeetingAs', { meeting: createEmptyMeeting(), suggestedName: 'x'.repeat(10_000) }],
  ])('refuses a hostile request before any handler runs: %s', async (_label, name, payload) => {
    const calls: Array<[string, unknown]> = [];
    await expect(dispatchRequest(recordingTable(calls), name, payload, { windowId: 1 })).rejects.toBeInstanceOf(BridgeRequestError);
    expect(calls).toEqual([]);
  });

  it('treats a missing payload as an empty request', async () => {
    const calls: Array<[string, unknown]> = [];
    await dispatchRequest(recordingTable(calls), 'listRecentMeetings', undefined, { windowId: 1 });
    expect(calls).toEqual([['listRecentMeetings', {}]]);
  });
});
