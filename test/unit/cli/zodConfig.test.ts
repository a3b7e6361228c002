import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { config } from 'zod';

const FIXTURE = readFileSync(resolve(__dirname, '../../fixtures/wg-strategy-60.minutes'), 'utf8');

/** parseMeetingFile with its schemas built afresh, with or without zod's JIT (read when a schema is built). */
async function parserBuilt(jitless: boolean) {
  config({ jitless });
  vi.resetModules();
  // The schemas must be built by the zod this file configures, not a second copy.
  expect((await import('zod')).config).toBe(config);
  return (await import('../../../src/shared/meeting/fileFormat')).parseMeetingFile;
}

/** The fixture with one change made to its parsed JSON. */
function changed(change: (file: { formatVersion: number; meeting: Record<string, any> }) => void): string {
  const file = JSON.parse(FIXTURE) as { formatVersion: number; meeting: Record<string, any> };
  change(file);
  return JSON.stringify(file);
}

describe('the command line’s zod', () => {
  it('builds the CLI’s schemas without the JIT', async () => {
    vi.resetModules();
    await import('../../../src/cli/zodConfig');
    expect(config().jitless).toBe(true);
  });

  it('reads meetings, and refuses broken ones with the same words, as zod with its JIT does', async () => {
    const files = [
      FIXTURE,
      changed((file) => { file.meeting['participants'][0].role = 'boss'; }),
      changed((file) => { file.meeting['metadata'].number = -3; }),
      changed((file) => { file.meeting['metadata'].colour = 'blue'; }),
      changed((file) => { delete file.meeting['links']; delete file.meeting['clock']; }),
      changed((file) => { delete file.meeting['metadata'].groupTitle; }),
      changed((file) => { file.meeting['agenda'][0].children = 'none'; }),
      changed((file) => { file.meeting['notes'].root.children.push({ type: 'script', version: 1 }); }),
      changed((file) => { file.meeting['notes'].root.children[1].children[1].text = 42; }),
      changed((file) => { file.formatVersion = 3; file.meeting['future'] = { kept: true }; }),
    ];
    const withJit = await parserBuilt(false);
    const expected = files.map((text) => withJit(text));
    const jitless = await parserBuilt(true);
    expect(files.map((text) => jitless(text))).toEqual(expected);
    expect(expected.filter((result) => result.ok)).toHaveLength(3);
  });
});
