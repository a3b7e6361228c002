import { useDeferredValue, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { applyOpenResult } from '../commands/fileCommands';
import { useCommandShortcuts } from '../commands/useCommandShortcuts';
import { getBridge } from '../bridge';
import { NotesEditor } from '../editor/NotesEditor';
import { useMeetingStore } from '../store/meetingStore';
import type { Platform } from '../../shared/commands/registry';
import { Banners } from './Banners';
import { MeetingBar } from './MeetingBar';
import { EditorOverlays } from './EditorOverlays';
import { FormatToolbar } from './editorChrome/FormatToolbar';
import { LeftPanel } from './LeftPanel';
import { ParticipantsPanel } from './participants/ParticipantsPanel';
import { useUiStore } from '../store/uiStore';
import { useDropToOpen } from './useDropToOpen';
import { useTheme } from './useTheme';
import { useWindowTitle } from './useWindowTitle';
import { flushAutosave } from '../autosave/autosaveController';
import { useNotesSafety } from '../autosave/useNotesSafety';
import { warmUpAgendaState } from '../editor/agenda/agendaState';
import { useLayoutSlots } from '../layout/layoutSlots';

export function App() {
  const session = useMeetingStore((state) => state.session);
  const notes = useMeetingStore((state) => state.meeting.notes);
  const readOnly = useMeetingStore((state) => state.readOnly);
  // The agenda is read when a meeting loads; from then on the editor owns it (shared undo history).
  const agenda = useMeetingStore((state) => state.loadedAgenda);
  const focusMode = useUiStore((state) => state.focusMode);
  // A loaded meeting's notes come first. The side panels (about 900 elements at 40 participants and 30 agenda rows,
  // ~70 ms to build here) are built in a deferred render right after the notes are on screen and editable.
  const panelsReady = useDeferredValue(session) === session;
  const slots = useLayoutSlots();
  useCommandShortcuts();
  useWindowTitle();
  useTheme();
  useDropToOpen();
  useNotesSafety();
  useEffect(() => {
    const bridge = getBridge();
    void bridge.getAppInfo({}).then(({ platform }) => useMeetingStore.getState().setPlatform(platform as Platform));
    const unsubscribeNotices = bridge.onAppNotice(({ message }) => useMeetingStore.setState({ appNotice: message }));
    const unsubscribeOpened = bridge.onMeetingOpenedFromOs((result) => void flushAutosave().then(() => applyOpenResult(result)));
    // Once the window has shown and is idle: what only the first opened meeting would otherwise set up.
    const warmUp = requestIdleCallback(() => warmUpAgendaState(), { timeout: 2000 });
    return () => {
      cancelIdleCallback(warmUp);
      unsubscribeNotices();
      unsubscribeOpened();
    };
  }, []);
  // The layout around the notes is static (index.html); React fills its slots, so the notes are in no React container.
  return (
    <>
      <MeetingBar />
      <Banners />
      {focusMode ? null : createPortal(
        <aside className="side-panel side-panel--left" aria-label="Agenda and meeting details">
          <LeftPanel ready={panelsReady} />
        </aside>,
        slots.leftPanel,
      )}
      {createPortal(<FormatToolbar />, slots.formatToolbar)}
      {/* Notes are read once per loaded meeting; the key gives each meeting a fresh editor and history. */}
      {createPortal(<NotesEditor key={session} notes={notes} agenda={agenda} readOnly={readOnly} host={slots.notesHost} />, slots.notesEditor)}
      {focusMode ? null : createPortal(
        <aside className="side-panel side-panel--right" aria-label="Participants panel">
          {panelsReady ? <ParticipantsPanel /> : <section className="participants-panel" aria-label="Participants" aria-busy="true" />}
        </aside>,
        slots.rightPanel,
      )}
      {createPortal(<EditorOverlays />, slots.overlays)}
    </>
  );
}
