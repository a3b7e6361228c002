import type { Browser } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { typingText } from '../generateMeeting';
import { placeCaret, settle, typeText } from './keystrokes';
import type { BenchDocument } from './measureSize';
import { loadFloor, openApp, openFloor, openInApp, waitBeforeFirstOpen } from './targets';
import { cpuProfileWhile, summarizeProfile } from './cpuProfile';
import { measureAgendaJump, measureAttribution } from './measureInteractions';
import { readProbes, startProbes } from './pageProbes';
import { selfTimeByProcess, traceWhile } from './traceBreakdown';

const KEYS = 600;
const CLICKS = 12;
const OUT_DIR = resolve('.tmp/bench');

type Row = [string, ...string[]];
const table = (rows: Row[]) => rows.map((r) => `  ${r[0].slice(0, 60).padEnd(62)}${r.slice(1).map((c) => c.padStart(14)).join('')}`).join('\n');
const msRows = (entries: Array<[string, number]>, divisor = 1): Row[] => entries.map(([name, ms]) => [name, (ms / divisor).toFixed(divisor === 1 ? 1 : 3)]);
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * `npm run bench -- --profile`: where the app's extra time goes, as evidence.
 * Traces the app and bare Lexical typing the same keys interleaved (so machine
 * noise hits both), and the app opening the file; prints the main-thread self
 * time per trace event and saves the traces for DevTools' Performance panel.
 */
export async function profile(browser: Browser, doc: BenchDocument): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const app = await openApp(browser);
  await startProbes(app.page);
  let bare: Awaited<ReturnType<typeof openFloor>> | undefined;
  try {
    let openMs = 0;
    await waitBeforeFirstOpen();
    const open = await traceWhile(browser, { app: app.page }, async () => {
      ({ notesMs: openMs } = await openInApp(app, doc.paths[0]!, doc.plain.paragraphs.at(-1)!));
    });
    await writeFile(join(OUT_DIR, `open-${doc.words}.trace.json`), JSON.stringify({ traceEvents: open.events }));
    const openSelf = selfTimeByProcess(open.events).get(open.pids.get('app')!) ?? new Map<string, number>();
    console.log(`\nOpen, ${doc.words.toLocaleString('en')} words: ${openMs.toFixed(0)} ms from Ctrl+O to painted; main process handler ${(app.handlerMs.get('openMeeting')?.[0] ?? NaN).toFixed(0)} ms; renderer main thread busy ${sum(openSelf).toFixed(0)} ms, of which (self ms):`);
    console.log(table([...openSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, ms]) => [name, ms.toFixed(1)])));
    const openProbes = await readProbes(app.page, 'stop');
    console.log(`Lexical updates in the opened editor by the time it was painted: ${openProbes.updates} (tags: ${openProbes.tags.map(([t, n]) => `${t} ×${n}`).join(', ') || 'none'})`);

    // JavaScript of a second open (warm), by function and by package, through the source maps.
    const openJs = await summarizeProfile(await cpuProfileWhile(app.cdp, async () => {
      await openInApp(app, doc.paths[1]!, doc.plain.paragraphs.at(-1)!);
    }));
    console.log('\nJavaScript self time of a second open, by package (ms):');
    console.log(table(msRows(openJs.byPackage)));
    console.log('… and by function (ms):');
    console.log(table(msRows(openJs.byFunction.slice(0, 10))));

    const floor = await openFloor(browser, 'bareLexical');
    bare = floor;
    const bareMs = await loadFloor(floor, doc.plain.paragraphs);
    console.log(`\nFor comparison, bare Lexical showing the same text from memory (no file, no IPC): ${bareMs.toFixed(0)} ms to painted.`);
    const middle = Math.floor(doc.plain.bodyIndexes.length / 2);
    await placeCaret(app.page, { paragraph: middle });
    await placeCaret(floor.page, { paragraph: doc.plain.bodyIndexes[middle]! });
    for (const target of [app, floor]) await typeText(target.cdp, ' Warm-up keys.');
    await settle(app.page);
    const text = ` ${typingText(99, KEYS - 1)}`;
    const requestsBefore = new Map([...app.handlerMs].map(([name, list]) => [name, list.length]));
    const typing = await traceWhile(browser, { app: app.page, bareLexical: floor.page }, async () => {
      for (let start = 0; start < text.length; start += 10) {
        for (const target of start % 20 ? [app, floor] : [floor, app]) await typeText(target.cdp, text.slice(start, start + 10));
      }
    });
    await writeFile(join(OUT_DIR, `typing-${doc.words}.trace.json`), JSON.stringify({ traceEvents: typing.events }));
    const self = selfTimeByProcess(typing.events);
    const appSelf = self.get(typing.pids.get('app')!)!;
    const bareSelf = self.get(typing.pids.get('bareLexical')!)!;
    const names = [...new Set([...appSelf.keys(), ...bareSelf.keys()])]
      .sort((a, b) => ((appSelf.get(b) ?? 0) - (bareSelf.get(b) ?? 0)) - ((appSelf.get(a) ?? 0) - (bareSelf.get(a) ?? 0)));
    const perKey = (m: Map<string, number>, name: string) => ((m.get(name) ?? 0) / KEYS).toFixed(3);
    console.log(`\nTyping ${KEYS} keys in the middle, ${doc.words.toLocaleString('en')} words, interleaved: renderer main thread ms per key (self time per trace event), largest app excess first`);
    console.log(table([
      ['event', 'Rapporteur', 'bare Lexical', 'excess'],
      ['all main-thread work', (sum(appSelf) / KEYS).toFixed(3), (sum(bareSelf) / KEYS).toFixed(3), ((sum(appSelf) - sum(bareSelf)) / KEYS).toFixed(3)],
      ...names.slice(0, 12).map((name): Row => [name, perKey(appSelf, name), perKey(bareSelf, name), (((appSelf.get(name) ?? 0) - (bareSelf.get(name) ?? 0)) / KEYS).toFixed(3)]),
    ]));
    const requests = [...app.handlerMs].map(([name, list]): Row => [name, `${list.length - (requestsBefore.get(name) ?? 0)}`]).filter((row) => row[1] !== '0');
    console.log(`\nRequests the app sent to the main process while typing those ${KEYS} keys:`);
    console.log(requests.length > 0 ? table(requests) : '  none');
    // Last, so their own cost stays out of the figures above: updates per key and DOM changed outside the notes.
    await startProbes(app.page);
    await typeText(app.cdp, text.slice(0, 50));
    await settle(app.page);
    const typingProbes = await readProbes(app.page, 'stop');
    console.log(`\nOver 50 more keys: ${typingProbes.updates} Lexical updates (tags: ${typingProbes.tags.map(([t, n]) => `${t} ×${n}`).join(', ') || 'none'}); DOM changes outside the notes:`);
    console.log(typingProbes.mutations.length > 0 ? table(typingProbes.mutations.map(([what, n]): Row => [what, `${n}`])) : '  none');
    const typingJs = await summarizeProfile(await cpuProfileWhile(app.cdp, async () => {
      await typeText(app.cdp, text.slice(0, KEYS / 2));
    }));
    console.log(`\nRapporteur's JavaScript per key over ${KEYS / 2} more keys, by package (ms):`);
    console.log(table(msRows(typingJs.byPackage, KEYS / 2)));
    console.log('… and by function (ms per key):');
    console.log(table(msRows(typingJs.byFunction.filter(([name]) => !name.startsWith('(idle)')).slice(0, 12), KEYS / 2)));

    // Clicks, last: their mentions and jumps change the notes the figures above were taken on.
    for (const [what, run] of [
      ['attribution clicks', () => measureAttribution(app, doc, CLICKS)],
      ['agenda jumps', () => measureAgendaJump(app, CLICKS)],
    ] as const) {
      let latencies: number[] = [];
      const js = await summarizeProfile(await cpuProfileWhile(app.cdp, async () => { latencies = await run(); }));
      console.log(`\n${CLICKS} ${what} (${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms under the profiler): JavaScript per click by package, then by function (ms):`);
      console.log(table(msRows(js.byPackage.filter(([name]) => !name.startsWith('(')), CLICKS)));
      console.log(table(msRows(js.byFunction.filter(([name]) => !name.startsWith('(')).slice(0, 12), CLICKS)));
      console.log('… and in the app\'s own functions, callees included (ms):');
      console.log(table(msRows(js.appInclusive.slice(0, 12), CLICKS)));
      // The JavaScript above is only part of a click: the trace shows the style, layout and paint of the frame that shows it.
      const traced = await traceWhile(browser, { app: app.page }, async () => { latencies = await run(); });
      await writeFile(join(OUT_DIR, `${what.replace(' ', '-')}-${doc.words}.trace.json`), JSON.stringify({ traceEvents: traced.events }));
      const clickSelf = selfTimeByProcess(traced.events).get(traced.pids.get('app')!) ?? new Map<string, number>();
      console.log(`… traced (${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms): renderer main thread per click, self ms per trace event, ${(sum(clickSelf) / CLICKS).toFixed(1)} in all:`);
      console.log(table(msRows([...clickSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10), CLICKS)));
    }
    console.log(`\nTraces saved in ${OUT_DIR} (open them in Chromium DevTools' Performance panel).`);
  } finally {
    await app.close();
    await bare?.close();
  }
}
