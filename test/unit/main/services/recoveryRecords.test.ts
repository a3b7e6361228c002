import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeRecords, diffTexts, encodeRecord, replayRecords, sha256Text, type RecoveryRecord,
} from '../../../../src/main/services/recoveryRecords';

const target = { kind: 'draft', draftId: 'draft-abcdefghijkl' } as const;

/** Records for a sequence of texts, as the store writes them: the first whole, then changes. */
function recordsFor(texts: string[]): RecoveryRecord[] {
  return texts.map((text, index) => ({
    seq: index + 1, at: new Date(1_700_000_000_000 + index * 1000).toISOString(), target, sha: sha256Text(text), length: text.length,
    ...(index === 0 ? { full: text } : { delta: diffTexts(texts[index - 1]!, text) }),
  }));
}

function logOf(texts: string[]): Buffer {
  return Buffer.concat(recordsFor(texts).map(encodeRecord));
}

describe('recovery records', () => {
  it('round-trips a log of whole and incremental records to the latest text', () => {
    const texts = ['Chris', 'Chris gave', 'Chris gave an update.', 'Jim: Chris gave an update.', 'Jim: Chris gave an update.\nNext'];
    const { records, goodBytes } = decodeRecords(logOf(texts));
    expect(records).toHaveLength(texts.length);
    expect(goodBytes).toBe(logOf(texts).length);
    expect(replayRecords(records)).toMatchObject({ text: texts.at(-1), sha: sha256Text(texts.at(-1)!), target });
  });

  it('hashes the same text once in a row, and never answers with the hash of another text', () => {
    const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const long = 'é'.repeat(10_000);
    const sameContent = 'é'.repeat(5_000) + 'é'.repeat(5_000);
    for (const text of ['a', 'a', long, sameContent, `${long}x`, '', 'a', long]) expect(sha256Text(text)).toBe(hash(text));
  });

  it('keeps a change record small: one edited span, not the whole text', () => {
    const before = 'x'.repeat(100_000);
    const after = `${before.slice(0, 50_000)}typed${before.slice(50_000)}`;
    expect(diffTexts(before, after)).toEqual([50_000, 50_000, 'typed']);
    expect(encodeRecord(recordsFor([before, after])[1]!).length).toBeLessThan(400);
  });

  it('tolerates a torn last record cut at every byte: everything before it comes back', () => {
    const texts = ['first notes', 'first notes and more', 'first notes and more, then the torn part'];
    const whole = logOf(texts);
    const lastStart = logOf(texts.slice(0, 2)).length;
    for (let cut = lastStart; cut < whole.length; cut += 1) {
      const { records, goodBytes } = decodeRecords(whole.subarray(0, cut));
      expect(goodBytes, `cut at ${cut}`).toBe(lastStart);
      expect(replayRecords(records)?.text).toBe(texts[1]);
    }
  });

  it('stops at a damaged record (checksum), keeping the records before it', () => {
    const texts = ['one', 'one two', 'one two three'];
    const log = logOf(texts);
    const secondStart = logOf(texts.slice(0, 1)).length;
    const damaged = Buffer.from(log);
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 0x01;
    expect(replayRecords(decodeRecords(damaged).records)?.text).toBe('one two');
    const garbage = Buffer.concat([log.subarray(0, secondStart), Buffer.from('RR1 99999999 zz\n'), log.subarray(secondStart)]);
    expect(replayRecords(decodeRecords(garbage).records)?.text).toBe('one');
  });

  it('finds the same span as a char-by-char comparison wherever the edit falls, run boundaries included', () => {
    const byChar = (a: string, b: string): [number, number] => {
      let prefix = 0;
      while (prefix < Math.min(a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
      let suffix = 0;
      while (suffix < Math.min(a.length, b.length) - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
      return [prefix, suffix];
    };
    const base = Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    for (const at of [0, 1, 1023, 1024, 1025, 2048, 2500, 3071, 3072, 4999, 5000]) {
      for (const [remove, insert] of [[0, 'typed'], [3, ''], [1, 'x'], [2_000, 'long cut']] as const) {
        const next = base.slice(0, at) + insert + base.slice(at + remove);
        const [prefix, suffix, middle] = diffTexts(base, next);
        expect([prefix, suffix], `at ${at}, -${remove} +${insert}`).toEqual(byChar(base, next));
        expect(base.slice(0, prefix) + middle + base.slice(base.length - suffix)).toBe(next);
      }
    }
  });

  it('never splits a surrogate pair in a change', () => {
    const [prefix, suffix, middle] = diffTexts('a😀b', 'a😃b');
    expect(middle).toBe('😃');
    expect(prefix + suffix).toBe(2);
    // The same at the edge of a run compared whole.
    const pad = 'p'.repeat(1023);
    const [longPrefix, longSuffix, longMiddle] = diffTexts(`${pad}😀${pad}`, `${pad}😃${pad}`);
    expect([longPrefix, longSuffix, longMiddle]).toEqual([1023, 1023, '😃']);
  });

  it('rebuilds the last text of any sequence of edits (property)', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.string({ unit: 'grapheme', maxLength: 20 }) });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(edit, { maxLength: 30 }), (start, edits) => {
      const texts = [start];
      for (const { at, remove, insert } of edits) {
        const previous = texts.at(-1)!;
        const position = previous.length === 0 ? 0 : at % (previous.length + 1);
        texts.push(previous.slice(0, position) + insert + previous.slice(position + remove));
      }
      const replayed = replayRecords(decodeRecords(logOf(texts)).records);
      expect(replayed?.text).toBe(texts.at(-1));
    }), { numRuns: 300 });
  });
});
