import { createContext, useContext } from 'react';

/**
 * Where React renders, in the static layout of index.html. The notes' editable element is in none of them:
 * it lives in `notesHost`, beside `notesEditor` (the notes' placeholder and their plugins' portals).
 */
export interface LayoutSlots {
  root: HTMLElement;
  leftPanel: HTMLElement;
  formatToolbar: HTMLElement;
  notesHost: HTMLElement;
  notesEditor: HTMLElement;
  rightPanel: HTMLElement;
  overlays: HTMLElement;
}

const SLOT_IDS: Record<keyof LayoutSlots, string> = {
  root: 'root',
  leftPanel: 'left-panel-slot',
  formatToolbar: 'format-toolbar-slot',
  notesHost: 'notes-host',
  notesEditor: 'notes-editor-slot',
  rightPanel: 'right-panel-slot',
  overlays: 'overlays-slot',
};

export function findLayoutSlots(doc: Document): LayoutSlots {
  const entries = Object.entries(SLOT_IDS).map(([name, id]) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`The window's layout is incomplete: #${id} is missing from index.html.`);
    return [name, element] as const;
  });
  return Object.fromEntries(entries) as unknown as LayoutSlots;
}

export const LayoutSlotsContext = createContext<LayoutSlots | null>(null);

export function useLayoutSlots(): LayoutSlots {
  const slots = useContext(LayoutSlotsContext);
  if (!slots) throw new Error('useLayoutSlots needs the LayoutSlotsContext that main.tsx provides.');
  return slots;
}
