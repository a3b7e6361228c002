import type { Page } from '@playwright/test';

/**
 * Counters installed in the app's page for the profile: how many Lexical
 * updates a key or an open causes, and which DOM outside the notes changes
 * while typing (each such change means a React render and a repaint the bare
 * editor does not pay). Lexical keeps its editor on the root element as
 * `__lexicalEditor`; an editor created later (by an open) is caught as it mounts.
 */
export async function startProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Editor = { registerUpdateListener(listener: (payload: { tags: Set<string> }) => void): () => void };
    const state = { active: true, updates: 0, tags: new Map<string, number>(), mutations: new Map<string, number>(), watched: new WeakSet<Element>(), observer: null as MutationObserver | null };
    const watchEditor = (root: Element | null) => {
      const editor = (root as unknown as { __lexicalEditor?: Editor } | null)?.__lexicalEditor;
      if (!root || !editor || state.watched.has(root)) return;
      state.watched.add(root);
      editor.registerUpdateListener(({ tags }) => {
        if (!state.active) return;
        state.updates += 1;
        for (const tag of tags) state.tags.set(tag, (state.tags.get(tag) ?? 0) + 1);
      });
    };
    const notes = () => document.querySelector('[aria-label="Meeting notes"]');
    const describe = (node: Node) => {
      const element = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as Element | null;
      return element ? `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}` : node.nodeName;
    };
    state.observer = new MutationObserver((records) => {
      watchEditor(notes());
      for (const record of records) {
        if (notes()?.contains(record.target)) continue;
        const key = `${record.type} ${describe(record.target)}${record.attributeName ? ` [${record.attributeName}]` : ''}`;
        state.mutations.set(key, (state.mutations.get(key) ?? 0) + 1);
      }
    });
    state.observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    watchEditor(notes());
    (window as unknown as { __benchProbes: typeof state }).__benchProbes = state;
  });
}

export interface ProbeReading { updates: number; tags: Array<[string, number]>; mutations: Array<[string, number]> }

/** What the probes counted since the last reading; they start again from zero, or stop (so they cost nothing in later measurements). */
export function readProbes(page: Page, then: 'continue' | 'stop'): Promise<ProbeReading> {
  return page.evaluate((stop) => {
    type State = { active: boolean; updates: number; tags: Map<string, number>; mutations: Map<string, number>; observer: MutationObserver | null };
    const state = (window as unknown as { __benchProbes: State }).__benchProbes;
    const reading = {
      updates: state.updates,
      tags: [...state.tags.entries()].sort((a, b) => b[1] - a[1]),
      mutations: [...state.mutations.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12),
    };
    state.updates = 0;
    state.tags.clear();
    state.mutations.clear();
    if (stop) {
      state.active = false;
      state.observer?.disconnect();
    }
    return reading;
  }, then === 'stop');
}
