import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RENDERER_DIST } from '../../test/e2e/harness/serveRenderer';
import type { CDPSession } from './targets';

/**
 * A V8 CPU profile of the renderer while something runs, reduced to self time
 * per original source file and per function, read back through the build's
 * source maps (the bundles are minified, their names mean nothing).
 */

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
interface Consumer { originalPositionFor(p: { line: number; column: number }): { source: string | null; line: number | null; name: string | null } }

export async function cpuProfileWhile(cdp: CDPSession, run: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as Profile;
}

/** Self milliseconds per function and per source package ("lexical", "react-dom", "src/renderer/…"). */
export async function summarizeProfile(profile: Profile, distDir = RENDERER_DIST) {
  const maps = await loadMaps(profile, distDir);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const where = maps(node.callFrame);
    byFunction.set(`${where.name} (${where.file})`, (byFunction.get(`${where.name} (${where.file})`) ?? 0) + ms);
    const pkg = where.file.startsWith('src/') ? where.file.replace(/:\d+$/, '') : where.file.split('/').slice(0, where.file.startsWith('@') ? 2 : 1).join('/').replace(/:\d+$/, '');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { byFunction: top(byFunction, 15), byPackage: top(byPackage, 10), appInclusive: top(appInclusive(profile, self, maps), 15) };
}

/** Milliseconds inside each of the app's own functions, callees included: which component or plugin a cost comes from. */
function appInclusive(profile: Profile, self: Map<number, number>, maps: (frame: CallFrame) => { file: string; name: string }): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const where = maps(nodes.get(at)!.callFrame);
      const key = `${where.name} (${where.file})`;
      if (!where.file.startsWith('src/') || counted.has(key)) continue;
      counted.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  return inclusive;
}

/** The build's source maps (source-map-js ships with Vite; without it, names stay minified). */
async function loadMaps(profile: Profile, distDir: string): Promise<(frame: CallFrame) => { file: string; name: string }> {
  let Consumer: (new (map: unknown) => Consumer) | undefined;
  try {
    Consumer = ((await import('source-map-js')) as unknown as { SourceMapConsumer: new (map: unknown) => Consumer }).SourceMapConsumer;
  } catch {
    Consumer = undefined;
  }
  const consumers = new Map<string, Consumer>();
  if (Consumer) {
    for (const url of new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.endsWith('.js')))) {
      try {
        consumers.set(url, new Consumer(JSON.parse(await readFile(join(distDir, 'assets', `${basename(new URL(url).pathname)}.map`), 'utf8'))));
      } catch {
        // Not one of the app's bundles (an injected script, say): its frames keep their own names.
      }
    }
  }
  return (frame) => {
    const consumer = consumers.get(frame.url);
    const original = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!original?.source) return { file: frame.url ? basename(frame.url) : `(${frame.functionName || 'native'})`, name: frame.functionName || '(anonymous)' };
    const file = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return { file: `${file}:${original.line}`, name: original.name ?? (frame.functionName || '(anonymous)') };
  };
}
