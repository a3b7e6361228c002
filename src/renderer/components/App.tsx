import { useEffect } from 'react';
import { applyOpenResult } from '../commands/fileCommands';
import { useCommandShortcuts } from '../commands/useCommandShortcuts';
import { getBridge } from '../bridge';
import { NotesEditor } from '../editor/NotesEditor';
import { useMeetingStore } from '../store/meetingStore';
import type { Platform } from '../../shared/commands/registry';
import { Banners } from './Banners';
import { MeetingBar } from './MeetingBar';
import { MetadataForm } from './MetadataForm';
import { useWindowTitle } from './useWindowTitle';

export function App() {
  const session = useMeetingStore((state) => state.session);
  const notes = useMeetingStore((state) => state.meeting.notes);
  const readOnly = useMeetingStore((state) => state.readOnly);
  useCommandShortcuts();
  useWindowTitle();
  useEffect(() => {
    const bridge = getBridge();
    void bridge.getAppInfo({}).then(({ platform }) => useMeetingStore.getState().setPlatform(platform as Platform));
    return bridge.onMeetingOpenedFromOs(applyOpenResult);
  }, []);
  return (
    <div className="app">
      <MeetingBar />
      <Banners />
      <main className="workspace">
        <aside className="side-panel side-panel--left" aria-label="Meeting details panel">
          <MetadataForm />
        </aside>
        <section className="notes-pane" aria-label="Notes">
          {/* Notes are read once per loaded meeting; the key gives each meeting a fresh editor and history. */}
          <NotesEditor key={session} notes={notes} readOnly={readOnly} />
        </section>
      </main>
    </div>
  );
}
