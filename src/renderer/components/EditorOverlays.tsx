import { useUiStore } from '../store/uiStore';

/**
 * The dialogs and bars opened by commands, one at a time. Each feature adds its
 * dialog here; a kind without one yet closes at once rather than trapping focus.
 */
export function EditorOverlays() {
  const dialog = useUiStore((state) => state.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    default:
      queueMicrotask(() => useUiStore.getState().closeDialog());
      return null;
  }
}
