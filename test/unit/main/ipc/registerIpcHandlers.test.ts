import { describe, expect, it } from 'vitest';
import { requestChannels } from '../../../../src/shared/bridge/channels';
import { requestNames } from '../../../../src/shared/bridge/contract';
import type { HandlerTable } from '../../../../src/main/ipc/handlerTable';
import { registerIpcHandlers } from '../../../../src/main/ipc/registerIpcHandlers';

type Listener = (event: unknown, request: unknown) => Promise<unknown>;

function setUp(trusted: boolean) {
  const handlers = new Map<string, Listener>();
  const calls: string[] = [];
  const table = Object.fromEntries(requestNames.map((name) => [name, async () => {
    calls.push(name);
    return [];
  }])) as unknown as HandlerTable;
  registerIpcHandlers({ handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) } as never, table, () => trusted);
  return { handlers, calls };
}

const event = { senderFrame: { url: 'app://rapporteur/index.html' }, sender: { id: 7 } };

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per request channel of the contract', () => {
    const { handlers } = setUp(true);
    expect([...handlers.keys()].sort()).toEqual(Object.values(requestChannels).sort());
  });

  it('answers a trusted sender', async () => {
    const { handlers, calls } = setUp(true);
    await expect(handlers.get(requestChannels.listRecentMeetings)!(event, {})).resolves.toEqual([]);
    expect(calls).toEqual(['listRecentMeetings']);
  });

  it('refuses every channel to an untrusted sender without running its handler', async () => {
    const { handlers, calls } = setUp(false);
    for (const listener of handlers.values()) {
      await expect(Promise.resolve().then(() => listener(event, {}))).rejects.toThrow(/did not come from a Rapporteur window/);
    }
    expect(calls).toEqual([]);
  });
});
