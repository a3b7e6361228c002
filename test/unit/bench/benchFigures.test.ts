import { describe, expect, it } from 'vitest';
import { pasteParagraphs } from '../../../bench/generateMeeting';
import { checkTargets, type BenchResult, type SizeResult } from '../../../bench/lib/report';

describe('the text the benchmark pastes', () => {
  const lines = pasteParagraphs(30_000, 1_000_000);
  const text = `${lines.join('\n')}\n`;

  it('is the same every time, and about 1 MB of ASCII', () => {
    expect(pasteParagraphs(30_000, 1_000_000)).toEqual(lines);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(text.length).toBeLessThan(1_001_000);
    expect(Buffer.byteLength(text)).toBe(text.length);
  });

  it('holds only prose paragraphs the notes must show as given: nothing that reads as a speaker, an action or a link', () => {
    expect(lines.length).toBeGreaterThan(1_000);
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z][A-Za-z ,.-]+\.$/);
    }
  });
});

const typing = { p50: 10, p95: 20, max: 30, scriptMsPerKey: 1, wallS: 1, layoutMsPerKey: 1, taskMsPerKey: 1, byPosition: { end: { p50: 10, p95: 20 }, middle: { p50: 10, p95: 20 } } };

function size(overrides: Partial<SizeResult>): SizeResult {
  return {
    words: 20_000, typing: { app: typing, bareLexical: typing, textarea: typing },
    attribution: { p50: 30, p95: 45 }, agendaJump: { p50: 40, p95: 80 }, openMs: 250, paste1mbMs: 2500, autosaveTypingRatio: 1.04, heapMb: 30,
    paste: null, autosave: null, autosaveMissing: null, clickSamplesMs: { attribution: [], agendaJump: [] }, heapLoadedMb: 20, openWarmMs: 200, openPanelsMs: 260, openMainProcessMs: 100, openBareLexicalMs: 240, openSamplesMs: [[250]],
    ratios: { p95VsBareLexical: 1, scriptVsBareLexical: 1.3, p95VsTextarea: 1 },
    ...overrides,
  };
}

function result(sizeResult: SizeResult, exported: Partial<BenchResult['export']> = {}): BenchResult {
  return {
    date: '', machine: '', chromium: '', rendererBuiltAt: '', mode: 'quick', rounds: 1, keysPerPosition: 10, sizes: [sizeResult],
    export: { inProcessMs: 300, cliS: 0.5, pandocS: 1, cliVsPandoc: 0.5, inProcessSamplesMs: [], cliSamplesS: [], pandocSamplesS: [], pandocVersion: 'pandoc 3', docxBytes: 1, missing: [], ...exported },
  };
}

const byWhat = (checks: ReturnType<typeof checkTargets>) => Object.fromEntries(checks.map((c) => [c.what, [c.met, c.value]]));

describe('the targets of issue 8', () => {
  it('marks each figure met or missed against its limit', () => {
    expect(byWhat(checkTargets(result(size({}))))).toEqual({
      'typing p95 vs bare Lexical, 20,000 words': [true, '1×'],
      'script per key vs bare Lexical, 20,000 words': [false, '1.3×'],
      'open, 20,000 words': [true, '250 ms'],
      'heap after typing, 20,000 words': [true, '30 MB'],
      'attribution p95, 20,000 words': [true, '45 ms'],
      'agenda jump p95, 20,000 words': [false, '80 ms'],
      'autosave cost on typing p95, 20,000 words': [true, '+4%'],
      '1 MB paste responsive again, 20,000 words': [false, '2.5 s'],
      'export in process': [false, '300 ms'],
      'whole CLI vs pandoc': [true, '0.5×'],
    });
  });

  it('leaves a figure that could not be measured neither met nor missed, and says why', () => {
    const checks = byWhat(checkTargets(result(size({ autosaveTypingRatio: null, autosaveMissing: 'no switch' }), { pandocS: null, cliVsPandoc: null })));
    expect(checks['autosave cost on typing p95, 20,000 words']).toEqual([null, 'no autosave switch']);
    expect(checks['whole CLI vs pandoc']).toEqual([null, 'pandoc missing']);
  });
});
