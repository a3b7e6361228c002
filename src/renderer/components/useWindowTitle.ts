import { useEffect } from 'react';
import { useMeetingStore } from '../store/meetingStore';

/** "WG-Strategy 60.minutes • — Rapporteur": the page title is the window title in Electron. */
export function useWindowTitle(): void {
  const fileName = useMeetingStore((state) => state.document?.fileName ?? 'Untitled meeting');
  const dirty = useMeetingStore((state) => state.dirty);
  const readOnly = useMeetingStore((state) => state.readOnly);
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${fileName}${readOnly ? ' (read-only)' : ''} — Rapporteur`;
  }, [fileName, dirty, readOnly]);
}
