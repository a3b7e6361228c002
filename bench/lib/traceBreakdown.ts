import type { Browser, Page } from '@playwright/test';

/**
 * Where a renderer's main thread spends its time while something runs: a
 * Chromium trace, reduced to self time per trace event name (Paint, Layout,
 * FunctionCall, …). This is the evidence behind "the app is slower because…".
 */

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'toplevel', 'blink', 'v8', 'cc', 'renderer.scheduler'];

/** Traces the whole browser while `run` runs; `pages` are labelled so their renderer processes can be told apart. */
export async function traceWhile(browser: Browser, pages: Record<string, Page>, run: () => Promise<void>): Promise<{ events: TraceEvent[]; pids: Map<string, number> }> {
  await browser.startTracing(undefined, { categories: CATEGORIES });
  // console.timeStamp leaves a TimeStamp event on the page's own renderer: that is how its pid is found.
  for (const [label, page] of Object.entries(pages)) await page.evaluate((text) => console.timeStamp(text), `bench:${label}`);
  await run();
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const pids = new Map<string, number>();
  for (const e of events) {
    const message = (e.args as { data?: { message?: string } } | undefined)?.data?.message;
    if (e.name === 'TimeStamp' && message?.startsWith('bench:')) pids.set(message.slice('bench:'.length), e.pid);
  }
  return { events, pids };
}

/** Self milliseconds per event name on each renderer main thread, keyed by renderer process id. */
export function selfTimeByProcess(events: TraceEvent[]): Map<number, Map<string, number>> {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const spans = new Map<string, Array<{ name: string; start: number; end: number }>>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    const list = spans.get(thread) ?? spans.set(thread, []).get(thread)!;
    if (e.ph === 'X' && e.dur !== undefined) list.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') (open.get(thread) ?? open.set(thread, []).get(thread)!).push(e);
    else if (e.ph === 'E') {
      const begin = open.get(thread)?.pop();
      if (begin) list.push({ name: begin.name, start: begin.ts, end: e.ts });
    }
  }
  const result = new Map<number, Map<string, number>>();
  for (const [thread, list] of spans) result.set(Number(thread.split(':')[0]), selfTimes(list));
  return result;
}

/** Nesting by time: a span's self time is its length minus its direct children's. */
function selfTimes(list: Array<{ name: string; start: number; end: number }>): Map<string, number> {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map<string, number>();
  const stack: Array<{ name: string; end: number; childTime: number; length: number }> = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      self.set(done.name, (self.get(done.name) ?? 0) + (done.length - done.childTime) / 1000);
    }
  };
  for (const span of list) {
    close(span.start);
    const parent = stack.at(-1);
    if (parent) parent.childTime += span.end - span.start;
    stack.push({ name: span.name, end: span.end, childTime: 0, length: span.end - span.start });
  }
  close(Infinity);
  return self;
}
