import { checkTargets, type BenchResult } from './report';

const LABELS = { app: 'Rapporteur', bareLexical: 'bare Lexical', textarea: 'textarea' } as const;
const NOT_BUILT = 'not built yet';

/** Left-aligns the first `textColumns`, right-aligns the rest; markdown pipes so docs/performance.md can take it as is. */
function grid(header: string[], rows: string[][], textColumns = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < textColumns ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const n = (value: number | null | undefined, suffix = '') => (value === null || value === undefined ? NOT_BUILT : `${value}${suffix}`);
const words = (count: number) => count.toLocaleString('en');

export function renderTable(result: BenchResult): string {
  const typingRows: string[][] = [];
  for (const size of result.sizes) {
    for (const name of ['app', 'bareLexical', 'textarea'] as const) {
      const t = size.typing[name];
      typingRows.push([name === 'app' ? words(size.words) : '', LABELS[name], n(t.p50), n(t.p95), n(t.max), n(t.scriptMsPerKey), n(t.wallS),
        n(t.byPosition.end.p95), n(t.byPosition.middle.p95), n(t.layoutMsPerKey), n(t.taskMsPerKey)]);
    }
    for (const floor of ['bareLexical', 'textarea'] as const) {
      const a = size.typing.app;
      const f = size.typing[floor];
      const ratio = (x: number, y: number) => (y > 0.001 ? `${(x / y).toFixed(2)}×` : '—');
      typingRows.push(['', `Rapporteur ÷ ${LABELS[floor]}`, ratio(a.p50, f.p50), ratio(a.p95, f.p95), '', ratio(a.scriptMsPerKey, f.scriptMsPerKey), ratio(a.wallS, f.wallS),
        ratio(a.byPosition.end.p95, f.byPosition.end.p95), ratio(a.byPosition.middle.p95, f.byPosition.middle.p95), ratio(a.layoutMsPerKey, f.layoutMsPerKey), ratio(a.taskMsPerKey, f.taskMsPerKey)]);
    }
  }
  const otherRows = result.sizes.map((s) => [words(s.words), `${s.openMs}`, `${s.openMainProcessMs}`, `${s.openWarmMs}`, `${s.heapLoadedMb}`, `${s.heapMb}`,
    n(s.attribution?.p95), n(s.agendaJump?.p95), n(s.paste1mbMs), n(s.autosaveTypingRatio)]);
  const checks = checkTargets(result).map((c) => [c.met === null ? '—' : c.met ? 'met' : 'MISSED', c.what, c.limit, c.value]);
  const ex = result.export;
  return [
    `Rapporteur benchmark, ${result.mode}: ${result.rounds} round(s), ${result.keysPerPosition.toLocaleString('en')} keys at the end + as many in the middle per target and round`,
    `${result.date} · ${result.machine} · Chromium ${result.chromium} · renderer built ${result.rendererBuiltAt}`,
    '',
    'Typing, per key (ms; script, layout, task = DevTools Performance metrics per key, task being all renderer main-thread work; wall = seconds for one round\'s keys)',
    grid(['words', 'target', 'p50', 'p95', 'max', 'script/key', 'wall s', 'end p95', 'middle p95', 'layout/key', 'task/key'], typingRows),
    '',
    'Open and memory (open = Ctrl+O to editable with the last paragraph painted, first open in a fresh window; of which main process = reading and',
    'validating the file; warm open = two more opens of a copy in the same window; heap = renderer JS heap after GC, MB)',
    grid(['words', 'open ms', 'of which main process', 'warm open ms', 'heap loaded', 'heap typed', 'attribution p95', 'agenda jump p95', '1 MB paste ms', 'autosave ratio'], otherRows, 1),
    '',
    `Export: in process ${n(ex.inProcessMs, ' ms')} · CLI ${n(ex.cliS, ' s')} · pandoc ${n(ex.pandocS, ' s')}`,
    '',
    'Targets (issue 8)',
    grid(['', 'target', 'limit', 'measured'], checks),
  ].join('\n');
}
