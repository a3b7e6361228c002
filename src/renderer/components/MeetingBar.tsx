import { getCommand, shortcutFor, type CommandId } from '../../shared/commands/registry';
import { runCommand } from '../commands/commandHandlers';
import { useMeetingStore } from '../store/meetingStore';
import { useDirtyMark } from './dirtyMark';
import { MeetingClock } from './MeetingClock';
import { SaveStatusText } from './SaveStatusText';
import { displayShortcut } from './displayShortcut';

function CommandButton({ id }: { id: CommandId }) {
  const platform = useMeetingStore((state) => state.platform);
  const command = getCommand(id);
  const accelerator = shortcutFor(command, platform);
  const shortcut = accelerator && displayShortcut(accelerator, platform);
  return (
    <button type="button" className="toolbar-button" onClick={() => runCommand(id)} title={shortcut ? `${command.label} (${shortcut})` : command.label}>
      {command.label.replace('…', '')}
    </button>
  );
}

function FileName() {
  const fileName = useMeetingStore((state) => state.document?.fileName);
  const dirty = useDirtyMark((state) => state.shown);
  return (
    <div className="meeting-bar__file" data-testid="file-name">
      {fileName ?? 'Untitled meeting'}
      {dirty ? <span className="meeting-bar__dirty" aria-label="unsaved changes"> •</span> : null}
    </div>
  );
}

/**
 * The top bar: file commands, which meeting this is, and whether its notes are safe.
 * Each part reads its own state: autosave changes the status about once a second
 * while someone types, and that must not re-render the rest.
 */
export function MeetingBar() {
  return (
    <header className="meeting-bar">
      <nav className="meeting-bar__commands" aria-label="File">
        <CommandButton id="file.new" />
        <CommandButton id="file.open" />
        <CommandButton id="file.save" />
        <CommandButton id="file.saveAs" />
      </nav>
      <FileName />
      <MeetingClock />
      <SaveStatusText />
    </header>
  );
}
