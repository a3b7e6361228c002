import { useEffect } from 'react';
import { useMeetingStore } from '../store/meetingStore';
import { useDirtyMark } from './dirtyMark';

function windowTitle(): string {
  const { document: file, readOnly } = useMeetingStore.getState();
  return `${useDirtyMark.getState().shown ? '• ' : ''}${file?.fileName ?? 'Untitled meeting'}${readOnly ? ' (read-only)' : ''} — Rapporteur`;
}

/**
 * "• WG-Strategy 60.minutes — Rapporteur": the page title is the window title in Electron.
 * Written from store subscriptions, not React state: the hook sits in App, and a
 * re-render of App re-renders every panel.
 */
export function useWindowTitle(): void {
  useEffect(() => {
    let written = '';
    const write = () => {
      const title = windowTitle();
      if (title === written) return;
      written = title;
      document.title = title;
    };
    write();
    const offMeeting = useMeetingStore.subscribe(write);
    const offMark = useDirtyMark.subscribe(write);
    return () => {
      offMeeting();
      offMark();
    };
  }, []);
}
