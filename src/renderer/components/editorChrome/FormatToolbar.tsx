import { getCommand, type CommandId } from '../../../shared/commands/registry';
import { runCommand } from '../../commands/commandHandlers';

const BUTTONS: Array<{ id: CommandId; text: string }> = [
  { id: 'format.bold', text: 'B' },
  { id: 'format.italic', text: 'I' },
  { id: 'format.underline', text: 'U' },
  { id: 'insert.bulletList', text: '• List' },
  { id: 'insert.numberedList', text: '1. List' },
  { id: 'insert.link', text: 'Link' },
  { id: 'edit.find', text: 'Find' },
  // Action items and decisions (src/renderer/commands/actionCommands.ts).
  { id: 'insert.action', text: 'Action' },
  { id: 'insert.decision', text: 'Decision' },
];

/** Formatting the report needs, one click each; the same commands as the menu and shortcuts. */
export function FormatToolbar() {
  return (
    <div className="format-toolbar" role="toolbar" aria-label="Formatting">
      {BUTTONS.map(({ id, text }) => (
        <button key={id} type="button" className={`format-button format-button--${id.split('.')[1]}`} aria-label={getCommand(id).label.replace('…', '')}
          // Keep the caret in the notes: a mouse press must not move focus to the button.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => runCommand(id)}>
          {text}
        </button>
      ))}
    </div>
  );
}
