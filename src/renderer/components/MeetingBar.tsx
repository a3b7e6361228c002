import { getCommand, shortcutFor, type CommandId } from '../../shared/commands/registry';
import { runCommand } from '../commands/commandHandlers';
import { useMeetingStore } from '../store/meetingStore';
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

/** The top bar: file commands, which meeting this is, and whether its notes are safe. */
export function MeetingBar() {
  const document = useMeetingStore((state) => state.document);
  const dirty = useMeetingStore((state) => state.dirty);
  const saveStatus = useMeetingStore((state) => state.saveStatus);
  const readOnly = useMeetingStore((state) => state.readOnly);
  return (
    <header className="meeting-bar">
      <nav className="meeting-bar__commands" aria-label="File">
        <CommandButton id="file.new" />
        <CommandButton id="file.open" />
        <CommandButton id="file.save" />
        <CommandButton id="file.saveAs" />
      </nav>
      <div className="meeting-bar__file" data-testid="file-name">
        {document?.fileName ?? 'Untitled meeting'}
        {dirty ? <span className="meeting-bar__dirty" aria-label="unsaved changes"> •</span> : null}
      </div>
      <MeetingClock />
      <SaveStatusText status={saveStatus} readOnly={readOnly} />
    </header>
  );
}
