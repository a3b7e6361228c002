import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesJsonSchemaText } from '../../../../src/shared/meeting/jsonSchema';

describe('schema/minutes.schema.json', () => {
  it('is up to date with the zod schemas (regenerate: node scripts/run-ts.mjs scripts/schema/writeMinutesSchema.ts)', () => {
    const published = readFileSync(resolve(__dirname, '../../../../schema/minutes.schema.json'), 'utf8');
    expect(published).toBe(minutesJsonSchemaText());
  });

  it('describes the envelope and the custom note nodes', () => {
    const text = minutesJsonSchemaText();
    for (const word of ['formatVersion', 'minReaderVersion', 'agenda-heading', 'speaker-mention', 'participantId', 'itemId']) expect(text).toContain(word);
  });
});
