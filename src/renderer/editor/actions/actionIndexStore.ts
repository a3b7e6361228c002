import { create } from 'zustand';

/** An action as the panel lists it: its marker's node key and fields, and the text it marks. */
export interface IndexedAction {
  key: string;
  actionId: string;
  ownerIds: readonly string[];
  due?: string | undefined;
  done: boolean;
  text: string;
}

export interface IndexedDecision {
  key: string;
  decisionId: string;
  text: string;
}

export interface ActionIndexState {
  /** In document order; replaced a moment after the notes change, never read from the file. */
  actions: readonly IndexedAction[];
  decisions: readonly IndexedDecision[];
}

export const useActionIndexStore = create<ActionIndexState>()(() => ({ actions: [], decisions: [] }));
