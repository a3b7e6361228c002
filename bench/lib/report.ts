import type { ExportFigures } from './measureExport';
import type { ExtrasSample } from './measureAppExtras';
import type { SizeSample, TargetSample } from './measureSize';
import { median, percentile, round, type BusyTime } from './metrics';
import { p95RatioInterval } from './ratioInterval';
import type { TargetName } from './targets';

export interface Percentiles { p50: number; p95: number }

export interface TypingFigures {
  p50: number; p95: number; max: number; scriptMsPerKey: number; wallS: number;
  /** Not in the shape: the renderer's layout time and whole busy time (all tasks) per key. */
  layoutMsPerKey: number; taskMsPerKey: number;
  /** Not in the shape: per-position p50/p95, to see whether the middle or the end is slow. */
  byPosition: { end: { p50: number; p95: number }; middle: { p50: number; p95: number } };
}

export interface SizeResult {
  words: number;
  typing: Record<TargetName, TypingFigures>;
  attribution: Percentiles | null;
  agendaJump: Percentiles | null;
  openMs: number;
  paste1mbMs: number | null;
  autosaveTypingRatio: number | null;
  heapMb: number;
  /** Not in the shape: the parts of the paste and autosave figures, and why one is missing. */
  paste: PasteFigures | null;
  autosave: AutosaveFigures | null;
  autosaveMissing: string | null;
  /** Every click's latency, per round: a p95 over 30 clicks is the second-slowest, so the list says whether it was one stall or many. */
  clickSamplesMs: { attribution: number[][]; agendaJump: number[][] };
  /** Not in the shape: heap right after opening, later opens (warm), open samples per round, and the table's ratios. */
  heapLoadedMb: number;
  openWarmMs: number;
  /** The first open again, until both side panels are built too (they follow the notes). */
  openPanelsMs: number;
  openMainProcessMs: number;
  /** Bare Lexical showing the same paragraphs from memory in a fresh page (no file, no IPC): the library's floor for opening. */
  openBareLexicalMs: number;
  openSamplesMs: number[][];
  ratios: { p95VsBareLexical: number; scriptVsBareLexical: number; p95VsTextarea: number };
}

export interface BenchResult {
  date: string;
  machine: string;
  chromium: string;
  rendererBuiltAt: string;
  mode: string;
  rounds: number;
  keysPerPosition: number;
  sizes: SizeResult[];
  /** The issue's { inProcessMs, cliS, pandocS }, and more. */
  export: ExportFigures;
}

export interface PasteFigures {
  dispatchMs: number; paintedMs: number; firstKeyMs: number;
  typingAfter: Percentiles; chars: number; paragraphs: number; dialogs: string[];
}

export interface AutosaveFigures {
  on: Percentiles; off: Percentiles; p50Ratio: number; keysEach: number;
  /** 90% block-bootstrap interval of the p95 ratio (ratioInterval.ts): how much of a ratio above 1 could be noise. */
  p95RatioInterval: [number, number];
  saves: number; saveMainMs: Percentiles; captureMs: Percentiles;
}

const percentiles = (values: readonly number[]): Percentiles => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) });
const medianOf = (values: readonly number[], digits = 1) => round(median(values), digits);

function pasteFigures(extras: ExtrasSample[]): PasteFigures {
  const pastes = extras.map((e) => e.paste);
  return {
    dispatchMs: medianOf(pastes.map((p) => p.dispatchMs)), paintedMs: medianOf(pastes.map((p) => p.paintedMs)), firstKeyMs: medianOf(pastes.map((p) => p.firstKeyMs)),
    typingAfter: percentiles(pastes.flatMap((p) => p.typingAfter)),
    chars: pastes[0]!.chars, paragraphs: pastes[0]!.paragraphs, dialogs: pastes.flatMap((p) => p.dialogs),
  };
}

function autosaveFigures(extras: ExtrasSample[]): AutosaveFigures | null {
  const samples = extras.flatMap((e) => (e.autosave ? [e.autosave] : []));
  if (samples.length === 0) return null;
  const onBlocks = samples.flatMap((s) => s.blocks.on);
  const offBlocks = samples.flatMap((s) => s.blocks.off);
  const on = percentiles(onBlocks.flat());
  const off = percentiles(offBlocks.flat());
  return {
    on, off, p50Ratio: round(on.p50 / off.p50), p95RatioInterval: p95RatioInterval(onBlocks, offBlocks), keysEach: onBlocks.flat().length,
    saves: samples.reduce((sum, s) => sum + s.saves, 0),
    saveMainMs: percentiles(samples.flatMap((s) => s.saveMainMs)),
    captureMs: percentiles(samples.flatMap((s) => s.captureMs)),
  };
}

function typingFigures(samples: TargetSample[]): TypingFigures {
  const all = samples.flatMap((s) => [...s.latencies.end, ...s.latencies.middle]);
  const at = (position: 'end' | 'middle') => {
    const values = samples.flatMap((s) => s.latencies[position]);
    return { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) };
  };
  const keys = samples.reduce((sum, s) => sum + s.keys, 0);
  const perKey = (kind: keyof BusyTime) => round((samples.reduce((sum, s) => sum + s.busy[kind], 0) * 1000) / keys, 3);
  return {
    p50: round(percentile(all, 50)), p95: round(percentile(all, 95)), max: round(Math.max(...all)),
    scriptMsPerKey: perKey('script'), layoutMsPerKey: perKey('layout'), taskMsPerKey: perKey('task'),
    // One round's typing time; the median round when there are several.
    wallS: round(median(samples.map((s) => s.wallS)), 1),
    byPosition: { end: at('end'), middle: at('middle') },
  };
}

/** Pools the rounds of one size: percentiles over every key and click of every round, medians of once-a-round figures. */
export function summarizeSize(rounds: SizeSample[], extras: ExtrasSample[] = []): SizeResult {
  const typing = Object.fromEntries((['app', 'bareLexical', 'textarea'] as const).map((name) => [name, typingFigures(rounds.map((r) => r.targets[name]))])) as Record<TargetName, TypingFigures>;
  const openSamplesMs = rounds.map((r) => r.openMs.map((ms) => round(ms, 1)));
  const autosave = autosaveFigures(extras);
  return {
    words: rounds[0]!.words,
    typing,
    attribution: extras.length > 0 ? percentiles(extras.flatMap((e) => e.attributionMs)) : null,
    agendaJump: extras.length > 0 ? percentiles(extras.flatMap((e) => e.agendaJumpMs)) : null,
    paste1mbMs: extras.length > 0 ? medianOf(extras.map((e) => e.paste.responsiveMs)) : null,
    autosaveTypingRatio: autosave ? round(autosave.on.p95 / autosave.off.p95) : null,
    paste: extras.length > 0 ? pasteFigures(extras) : null,
    autosave,
    autosaveMissing: extras.find((e) => e.autosaveMissing)?.autosaveMissing ?? null,
    clickSamplesMs: {
      attribution: extras.map((e) => e.attributionMs.map((ms) => round(ms, 1))),
      agendaJump: extras.map((e) => e.agendaJumpMs.map((ms) => round(ms, 1))),
    },
    // The first open in a fresh window is what a rapporteur waits for: that is the figure checked.
    openMs: round(median(openSamplesMs.map((samples) => samples[0]!)), 1),
    openWarmMs: round(median(openSamplesMs.flatMap((samples) => samples.slice(1))), 1),
    openPanelsMs: round(median(rounds.map((r) => r.openPanelsMs[0]!)), 1),
    openMainProcessMs: round(median(rounds.map((r) => r.openHandlerMs[0]!)), 1),
    openBareLexicalMs: round(median(rounds.map((r) => r.bareLexicalLoadMs)), 1),
    heapMb: round(median(rounds.map((r) => r.targets.app.heapTypedMb)), 1),
    heapLoadedMb: round(median(rounds.map((r) => r.targets.app.heapLoadedMb)), 1),
    openSamplesMs,
    ratios: {
      p95VsBareLexical: round(typing.app.p95 / typing.bareLexical.p95),
      scriptVsBareLexical: round(typing.app.scriptMsPerKey / typing.bareLexical.scriptMsPerKey),
      p95VsTextarea: round(typing.app.p95 / typing.textarea.p95),
    },
  };
}

export interface TargetCheck { what: string; limit: string; value: string; met: boolean | null }

/** A target whose figure may be missing (its measurement skipped, or pandoc absent): then it is neither met nor missed. */
function check(what: string, limit: string, value: number | null, unit: string | ((v: number) => string), met: (v: number) => boolean, missing = 'not measured'): TargetCheck {
  if (value === null) return { what, limit, value: missing, met: null };
  return { what, limit, value: typeof unit === 'string' ? `${value}${unit}` : unit(value), met: met(value) };
}

/** The targets, each marked met, missed, or null when its figure is missing from this run. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of result.sizes) {
    const at = `${size.words.toLocaleString('en')} words`;
    checks.push(check(`typing p95 vs bare Lexical, ${at}`, '≤ 1.25×', size.ratios.p95VsBareLexical, '×', (v) => v <= 1.25));
    checks.push(check(`script per key vs bare Lexical, ${at}`, '≤ 1.25×', size.ratios.scriptVsBareLexical, '×', (v) => v <= 1.25));
  }
  const at20k = result.sizes.find((s) => s.words === 20_000);
  if (at20k) {
    checks.push(check('open, 20,000 words', '≤ 300 ms', at20k.openMs, ' ms', (v) => v <= 300));
    checks.push(check('heap after typing, 20,000 words', '≤ 150 MB', at20k.heapMb, ' MB', (v) => v <= 150));
    checks.push(check('attribution p95, 20,000 words', '≤ 50 ms', at20k.attribution?.p95 ?? null, ' ms', (v) => v <= 50));
    checks.push(check('agenda jump p95, 20,000 words', '≤ 50 ms', at20k.agendaJump?.p95 ?? null, ' ms', (v) => v <= 50));
    const cost = at20k.autosaveTypingRatio === null ? null : round((at20k.autosaveTypingRatio - 1) * 100, 1);
    checks.push(check('autosave cost on typing p95, 20,000 words', '≤ +5%', cost, (v) => `${v >= 0 ? '+' : ''}${v}%`, (v) => v <= 5, at20k.autosaveMissing ? 'no autosave switch' : undefined));
    checks.push(check('1 MB paste responsive again, 20,000 words', '≤ 2 s', at20k.paste1mbMs === null ? null : round(at20k.paste1mbMs / 1000, 2), ' s', (v) => v <= 2));
  }
  const ex = result.export;
  checks.push(check('export in process', '≤ 250 ms', ex.inProcessMs, ' ms', (v) => v <= 250));
  const ratio = ex.cliS !== null && ex.pandocS !== null ? round(ex.cliS / ex.pandocS) : null;
  checks.push(check('whole CLI vs pandoc', '≤ 0.8×', ratio, '×', (v) => v <= 0.8, ex.pandocS === null ? 'pandoc missing' : 'CLI missing'));
  return checks;
}
