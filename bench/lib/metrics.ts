import type { CDPSession } from './targets';

/** The renderer's cumulative busy time, seconds, from DevTools' Performance.getMetrics. */
export interface BusyTime { script: number; layout: number; task: number }

const BUSY_METRICS = { script: 'ScriptDuration', layout: 'LayoutDuration', task: 'TaskDuration' } as const;

export async function busyTime(cdp: CDPSession): Promise<BusyTime> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => {
    const found = metrics.find((m) => m.name === name);
    if (!found) throw new Error(`Chromium reported no ${name}`);
    return found.value;
  };
  return { script: value(BUSY_METRICS.script), layout: value(BUSY_METRICS.layout), task: value(BUSY_METRICS.task) };
}

export const busySince = (before: BusyTime, after: BusyTime): BusyTime => ({
  script: after.script - before.script, layout: after.layout - before.layout, task: after.task - before.task,
});

export const addBusy = (a: BusyTime, b: BusyTime): BusyTime => ({ script: a.script + b.script, layout: a.layout + b.layout, task: a.task + b.task });

export const NO_BUSY: BusyTime = { script: 0, layout: 0, task: 0 };

/** Live JS heap after a full collection, so garbage from the last burst does not count as memory held. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
