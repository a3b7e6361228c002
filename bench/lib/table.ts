import { checkTargets, type BenchResult, type SizeResult } from './report';

const LABELS = { app: 'Rapporteur', bareLexical: 'bare Lexical', textarea: 'textarea' } as const;
const MISSING = 'not measured';

/** Left-aligns the first `textColumns`, right-aligns the rest; markdown pipes so docs/performance.md can take it as is. */
function grid(header: string[], rows: string[][], textColumns = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < textColumns ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const n = (value: number | null | undefined, suffix = '') => (value === null || value === undefined ? MISSING : `${value}${suffix}`);
const words = (count: number) => count.toLocaleString('en');

function typingRows(size: SizeResult): string[][] {
  const rows: string[][] = [];
  for (const name of ['app', 'bareLexical', 'textarea'] as const) {
    const t = size.typing[name];
    rows.push([name === 'app' ? words(size.words) : '', LABELS[name], n(t.p50), n(t.p95), n(t.max), n(t.scriptMsPerKey), n(t.wallS),
      n(t.byPosition.end.p95), n(t.byPosition.middle.p95), n(t.layoutMsPerKey), n(t.taskMsPerKey)]);
  }
  for (const floor of ['bareLexical', 'textarea'] as const) {
    const a = size.typing.app;
    const f = size.typing[floor];
    const ratio = (x: number, y: number) => (y > 0.001 ? `${(x / y).toFixed(2)}×` : '—');
    rows.push(['', `Rapporteur ÷ ${LABELS[floor]}`, ratio(a.p50, f.p50), ratio(a.p95, f.p95), '', ratio(a.scriptMsPerKey, f.scriptMsPerKey), ratio(a.wallS, f.wallS),
      ratio(a.byPosition.end.p95, f.byPosition.end.p95), ratio(a.byPosition.middle.p95, f.byPosition.middle.p95), ratio(a.layoutMsPerKey, f.layoutMsPerKey), ratio(a.taskMsPerKey, f.taskMsPerKey)]);
  }
  return rows;
}

function autosaveRow(s: SizeResult): string[] {
  const a = s.autosave;
  if (!a) return [words(s.words), n(null), '', '', '', '', '', '', '', '', ''];
  return [words(s.words), `${a.on.p50}`, `${a.on.p95}`, `${a.off.p50}`, `${a.off.p95}`, `${a.p50Ratio}×`, `${s.autosaveTypingRatio}×`, `${a.p95RatioInterval[0].toFixed(2)}–${a.p95RatioInterval[1].toFixed(2)}×`, `${a.saves}`, `${a.saveMainMs.p50}`, `${a.captureMs.p50}`];
}

export function renderTable(result: BenchResult): string {
  const otherRows = result.sizes.map((s) => [words(s.words), `${s.openMs}`, `${s.openPanelsMs}`, `${s.openMainProcessMs}`, `${s.openWarmMs}`, `${s.openBareLexicalMs}`, `${s.heapLoadedMb}`, `${s.heapMb}`]);
  const clickRows = result.sizes.map((s) => [words(s.words), n(s.attribution?.p50), n(s.attribution?.p95), n(s.agendaJump?.p50), n(s.agendaJump?.p95),
    n(s.paste1mbMs), n(s.paste?.dispatchMs), n(s.paste?.paintedMs), n(s.paste?.firstKeyMs), n(s.paste?.typingAfter.p50), n(s.paste?.typingAfter.p95)]);
  const dialogs = result.sizes.flatMap((s) => s.paste?.dialogs ?? []);
  const pasted = result.sizes.find((s) => s.paste)?.paste;
  const autosaved = result.sizes.find((s) => s.autosave)?.autosave;
  const missing = [...new Set(result.sizes.flatMap((s) => (s.autosaveMissing ? [s.autosaveMissing] : [])))];
  const checks = checkTargets(result).map((c) => [c.met === null ? '—' : c.met ? 'met' : 'MISSED', c.what, c.limit, c.value]);
  const ex = result.export;
  return [
    `Rapporteur benchmark, ${result.mode}: ${result.rounds} round(s), ${result.keysPerPosition.toLocaleString('en')} keys at the end + as many in the middle per target and round`,
    `${result.date} · ${result.machine} · Chromium ${result.chromium} · renderer built ${result.rendererBuiltAt}`,
    '',
    'Typing, per key (ms; script, layout, task = DevTools Performance metrics per key, task being all renderer main-thread work; wall = seconds for one round\'s keys)',
    grid(['words', 'target', 'p50', 'p95', 'max', 'script/key', 'wall s', 'end p95', 'middle p95', 'layout/key', 'task/key'], result.sizes.flatMap(typingRows)),
    '',
    'Open and memory (open = Ctrl+O to editable with the last paragraph painted, first open in a fresh window, 2 s after it showed; panels = the',
    'same open until both side panels are built too, right after the notes; of which main process = reading and validating the file; warm open =',
    'two more opens of a copy in the same window; bare Lexical = the same paragraphs from memory in a fresh page, no file, no IPC: the floor;',
    'heap = renderer JS heap after GC, MB)',
    grid(['words', 'open ms', 'panels ms', 'of which main process', 'warm open ms', 'bare Lexical ms', 'heap loaded', 'heap typed'], otherRows, 1),
    '',
    'Clicks and paste, app only, ms. Click: its event\'s timestamp to the task after the frame showing the mention / the caret in view. Paste of',
    `${pasted ? `${pasted.chars.toLocaleString('en')} characters in ${pasted.paragraphs.toLocaleString('en')} paragraphs` : '1 MB'}: dispatched to both the last paragraph painted and a keystroke answered`,
    '(handler = the paste event itself; painted; first key = that keystroke\'s answer), then typing after it, per key.',
    grid(['words', 'attribution p50', 'attribution p95', 'agenda jump p50', 'agenda jump p95', '1 MB paste', 'handler', 'painted', 'first key', 'typing after p50', 'typing after p95'], clickRows, 1),
    dialogs.length > 0 ? `Dialogs accepted during the paste, inside its figure: ${dialogs.join('; ')}` : 'No dialog appeared during the paste.',
    '',
    `Autosave on vs off: ${autosaved ? autosaved.keysEach.toLocaleString('en') : 'no'} keys each, at the end of the middle paragraph, in alternating blocks (ms per key; saves =`,
    'autosave requests while on; save = the main process\'s handler per request, capture = the renderer\'s work per save: changed blocks to JSON and the changes since the last save main received, medians;',
    'p95 90% = the range that holds 90% of the p95 ratios of the same 150-key blocks resampled: a ratio whose range reaches below 1 is within noise)',
    grid(['words', 'on p50', 'on p95', 'off p50', 'off p95', 'p50 ratio', 'p95 ratio', 'p95 90%', 'saves', 'save ms', 'capture ms'], result.sizes.map(autosaveRow), 1),
    ...missing.map((reason) => `  not measured: ${reason}`),
    '',
    `Export of the 20,000-word meeting to .docx (${Math.round(ex.docxBytes / 1024)} KB): in process ${n(ex.inProcessMs, ' ms')} (median of ${ex.inProcessSamplesMs.length} after a warm-up);`,
    `whole CLI process ${n(ex.cliS, ' s')}, pandoc from the app's Markdown ${n(ex.pandocS, ' s')} (${ex.pandocVersion ?? 'pandoc not installed'}; medians of interleaved runs); CLI ÷ pandoc ${n(ex.cliVsPandoc, '×')}`,
    ...ex.missing.map((reason) => `  not measured: ${reason}`),
    '',
    'Targets (issue 8)',
    grid(['', 'target', 'limit', 'measured'], checks),
  ].join('\n');
}
