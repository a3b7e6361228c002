import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRequestText, ENCODE_REQUEST_SOURCE, RAW_MIN_LENGTH } from '../../../e2e/harness/bridgeWire';

// The worker's encoder, run here as the page worker runs it.
const encodeRequest = new Function(`return ${ENCODE_REQUEST_SOURCE}`)() as (request: unknown) => string;

describe('the bridge request wire (page worker → main)', () => {
  it('sends a request without long strings as plain JSON', () => {
    const request = { target: { kind: 'file', handle: 'doc-1' }, name: 'x'.repeat(100) };
    expect(encodeRequest(request)).toBe(JSON.stringify(request));
    expect(decodeRequestText(encodeRequest(request))).toEqual(request);
    expect(encodeRequest(undefined)).toBe('{}');
  });

  it('carries a long JSON string raw, unescaped, and gives it back equal', () => {
    const meetingJson = JSON.stringify({ notes: 'a "quoted" word\n'.repeat(RAW_MIN_LENGTH / 8) });
    const request = { target: { kind: 'draft', draftId: 'd1' }, meetingJson };
    const body = encodeRequest(request);
    expect(body.startsWith('RAW1 ')).toBe(true);
    expect(body.endsWith(meetingJson)).toBe(true);
    expect(decodeRequestText(body)).toEqual(request);
  });

  it('keeps a string with a lone surrogate in the JSON, where its escape survives the trip', () => {
    const request = { text: `${'x'.repeat(RAW_MIN_LENGTH)}\uD800` };
    expect(encodeRequest(request)).toBe(JSON.stringify(request));
  });

  it('refuses a body whose lengths do not add up rather than guessing', () => {
    const body = encodeRequest({ a: 'y'.repeat(RAW_MIN_LENGTH) });
    expect(() => decodeRequestText(body.slice(0, -1))).toThrow(/cut short/);
  });

  it('round-trips any request, long strings with any characters in any place included', () => {
    const longText = fc.string({ unit: 'grapheme', minLength: RAW_MIN_LENGTH, maxLength: RAW_MIN_LENGTH + 50 });
    const value = fc.oneof(fc.jsonValue(), longText);
    fc.assert(fc.property(fc.dictionary(fc.string(), value, { maxKeys: 4 }), fc.array(longText, { maxLength: 2 }), (request, list) => {
      const sent = { ...request, list };
      expect(decodeRequestText(encodeRequest(sent))).toEqual(JSON.parse(JSON.stringify(sent)));
    }), { numRuns: 25 });
  });
});
