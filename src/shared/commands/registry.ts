/**
 * Every user command, once. The native menu is built from this list and sends
 * command ids as events; the renderer binds the same shortcuts, so a command
 * behaves alike from the menu, the keyboard and the browser test harness.
 *
 * Shortcuts use Electron's accelerator syntax; "CmdOrCtrl" is Cmd on macOS and Ctrl elsewhere.
 */
export type MenuName = 'File' | 'Edit' | 'Insert' | 'Meeting' | 'View' | 'Help';
export type Platform = 'darwin' | 'win32' | 'linux';

export interface CommandSpec {
  readonly id: string;
  readonly label: string;
  readonly menu: MenuName;
  /** Shortcut on every platform unless `macShortcut` says otherwise. */
  readonly shortcut?: string;
  readonly macShortcut?: string;
  /** Why the command deliberately has no shortcut. */
  readonly noShortcutReason?: string;
  /** Items with the same group are kept together in the menu, separated from the next group. */
  readonly group: number;
}

type SpeakerDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
const speakerChords = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => ({
  id: `insert.speaker${n}` as `insert.speaker${SpeakerDigit}`,
  label: `Speaker ${n}`,
  menu: 'Insert' as const,
  // Alt+digit types nothing on Windows and Linux; on macOS Option+digit types characters, so Ctrl is used.
  shortcut: `Alt+${n}`,
  macShortcut: `Ctrl+${n}`,
  group: 3,
}));

export const commands = [
  { id: 'file.new', label: 'New Meeting', menu: 'File', shortcut: 'CmdOrCtrl+N', group: 1 },
  { id: 'file.open', label: 'Open…', menu: 'File', shortcut: 'CmdOrCtrl+O', group: 1 },
  // Recurring meetings (src/renderer/commands/seriesCommands.ts).
  { id: 'file.newFromPrevious', label: 'New Meeting from Previous…', menu: 'File', shortcut: 'CmdOrCtrl+Shift+N', group: 1 },
  { id: 'file.library', label: 'Meetings Library…', menu: 'File', shortcut: 'CmdOrCtrl+Shift+L', group: 1 },
  { id: 'file.groupProfiles', label: 'Group Profiles…', menu: 'File', noShortcutReason: 'a group is set up once; New Meeting from Previous uses its profile from then on', group: 1 },
  { id: 'file.importReport', label: 'Import Previous Report…', menu: 'File', noShortcutReason: 'done once per group, to start its profile', group: 1 },
  { id: 'file.save', label: 'Save', menu: 'File', shortcut: 'CmdOrCtrl+S', group: 2 },
  { id: 'file.saveAs', label: 'Save As…', menu: 'File', shortcut: 'CmdOrCtrl+Shift+S', group: 2 },
  { id: 'file.restoreVersion', label: 'Restore Previous Version…', menu: 'File', noShortcutReason: 'needed rarely, after something went wrong; the menu is enough', group: 3 },
  { id: 'file.export', label: 'Export to Word…', menu: 'File', shortcut: 'CmdOrCtrl+E', group: 5 },
  { id: 'file.copyReport', label: 'Copy Report for Email', menu: 'File', shortcut: 'CmdOrCtrl+Shift+E', group: 5 },

  { id: 'edit.find', label: 'Find and Replace…', menu: 'Edit', shortcut: 'CmdOrCtrl+F', group: 10 },
  { id: 'format.bold', label: 'Bold', menu: 'Edit', shortcut: 'CmdOrCtrl+B', group: 11 },
  { id: 'format.italic', label: 'Italic', menu: 'Edit', shortcut: 'CmdOrCtrl+I', group: 11 },
  { id: 'format.underline', label: 'Underline', menu: 'Edit', shortcut: 'CmdOrCtrl+U', group: 11 },

  { id: 'insert.link', label: 'Link…', menu: 'Insert', shortcut: 'CmdOrCtrl+K', group: 1 },
  { id: 'insert.bulletList', label: 'Bulleted List', menu: 'Insert', shortcut: 'CmdOrCtrl+Shift+8', group: 2 },
  { id: 'insert.numberedList', label: 'Numbered List', menu: 'Insert', shortcut: 'CmdOrCtrl+Shift+7', group: 2 },
  { id: 'insert.mention', label: 'Speaker…', menu: 'Insert', shortcut: 'CmdOrCtrl+Shift+P', group: 3 },
  // Action items and decisions (src/renderer/commands/actionCommands.ts).
  { id: 'insert.action', label: 'Mark as Action…', menu: 'Insert', shortcut: 'CmdOrCtrl+Shift+A', group: 4 },
  { id: 'insert.decision', label: 'Mark as Decision', menu: 'Insert', shortcut: 'CmdOrCtrl+Shift+D', group: 4 },
  ...speakerChords,

  { id: 'meeting.nextItem', label: 'Next Agenda Item', menu: 'Meeting', shortcut: 'CmdOrCtrl+Alt+Down', group: 1 },
  { id: 'meeting.previousItem', label: 'Previous Agenda Item', menu: 'Meeting', shortcut: 'CmdOrCtrl+Alt+Up', group: 1 },
  { id: 'meeting.startClock', label: 'Start Meeting Clock', menu: 'Meeting', noShortcutReason: 'pressed once per meeting; a chord would only risk restarting it by accident', group: 2 },
  { id: 'meeting.endClock', label: 'End Meeting Clock', menu: 'Meeting', noShortcutReason: 'pressed once per meeting; a chord would only risk ending it by accident', group: 2 },
  { id: 'agenda.addItem', label: 'Add Agenda Item', menu: 'Meeting', noShortcutReason: 'the agenda panel\'s own keys add items where the focus is', group: 3 },
  { id: 'agenda.paste', label: 'Paste Agenda…', menu: 'Meeting', noShortcutReason: 'done once while preparing a meeting', group: 3 },
  { id: 'participants.paste', label: 'Paste Participant List…', menu: 'Meeting', noShortcutReason: 'done once while preparing a meeting', group: 4 },
  { id: 'participants.importAttendance', label: 'Import Attendance Report…', menu: 'Meeting', noShortcutReason: 'done once after the call', group: 4 },

  { id: 'view.focusMode', label: 'Focus Mode', menu: 'View', shortcut: 'CmdOrCtrl+Shift+F', group: 1 },
  { id: 'view.themeSystem', label: 'Theme: Follow the System', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 2 },
  { id: 'view.themeLight', label: 'Theme: Light', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 2 },
  { id: 'view.themeDark', label: 'Theme: Dark', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 2 },
  // Spelling in the notes (src/renderer/commands/spellingCommands.ts); the choice is kept in preferences.
  { id: 'view.spellingAuto', label: 'Spelling: Language of the Meeting', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 3 },
  { id: 'view.spellingEnUs', label: 'Spelling: English (US)', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 3 },
  { id: 'view.spellingEnGb', label: 'Spelling: English (UK)', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 3 },
  { id: 'view.spellingFr', label: 'Spelling: French', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 3 },
  { id: 'view.spellingOff', label: 'Spelling: Off', menu: 'View', noShortcutReason: 'chosen once; the menu is enough', group: 3 },

  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', menu: 'Help', shortcut: 'CmdOrCtrl+/', group: 1 },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof commands)[number]['id'];

const byId = new Map<string, CommandSpec>(commands.map((command) => [command.id, command]));

export function isCommandId(value: string): value is CommandId {
  return byId.has(value);
}

export function getCommand(id: CommandId): CommandSpec {
  return byId.get(id)!;
}

export function shortcutFor(command: CommandSpec, platform: Platform): string | undefined {
  return platform === 'darwin' && command.macShortcut ? command.macShortcut : command.shortcut;
}

export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface ParsedAccelerator { ctrl: boolean; meta: boolean; alt: boolean; shift: boolean; key: string }

export function parseAccelerator(accelerator: string, platform: Platform): ParsedAccelerator {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const parsed: ParsedAccelerator = { ctrl: false, meta: false, alt: false, shift: false, key };
  for (const part of parts.map((p) => p.toLowerCase())) {
    if (part === 'cmdorctrl' || part === 'commandorcontrol') {
      if (platform === 'darwin') parsed.meta = true;
      else parsed.ctrl = true;
    } else if (part === 'ctrl' || part === 'control') parsed.ctrl = true;
    else if (part === 'cmd' || part === 'command' || part === 'meta' || part === 'super') parsed.meta = true;
    else if (part === 'alt' || part === 'option') parsed.alt = true;
    else if (part === 'shift') parsed.shift = true;
  }
  return parsed;
}

const KEY_ALIASES: Record<string, string> = { arrowdown: 'down', arrowup: 'up', arrowleft: 'left', arrowright: 'right', ' ': 'space', escape: 'esc' };

function pressedKey(chord: KeyChord): string {
  const pressed = chord.key.toLowerCase();
  return KEY_ALIASES[pressed] ?? pressed;
}

function modifiersMatch(want: ParsedAccelerator, chord: KeyChord): boolean {
  return chord.ctrlKey === want.ctrl && chord.metaKey === want.meta && chord.altKey === want.alt && chord.shiftKey === want.shift;
}

function chordMatches(want: ParsedAccelerator, chord: KeyChord): boolean {
  return pressedKey(chord) === want.key && modifiersMatch(want, chord);
}

export function matchesShortcut(shortcut: string, chord: KeyChord, platform: Platform): boolean {
  return chordMatches(parseAccelerator(shortcut, platform), chord);
}

interface Shortcut { command: CommandSpec; want: ParsedAccelerator }

// Every keystroke in the notes asks for its command (the chord is a KeyboardEvent, whose fields are DOM
// getters): parse each platform's shortcuts once, grouped by key, so a key costs one lookup, not a scan.
const shortcutsByKey = new Map<Platform, ReadonlyMap<string, readonly Shortcut[]>>();

function shortcutsOn(platform: Platform): ReadonlyMap<string, readonly Shortcut[]> {
  let byKey = shortcutsByKey.get(platform);
  if (!byKey) {
    const grouped = new Map<string, Shortcut[]>();
    for (const command of commands) {
      const shortcut = shortcutFor(command, platform);
      if (shortcut === undefined) continue;
      const want = parseAccelerator(shortcut, platform);
      grouped.set(want.key, [...(grouped.get(want.key) ?? []), { command, want }]);
    }
    byKey = grouped;
    shortcutsByKey.set(platform, byKey);
  }
  return byKey;
}

/** The command whose shortcut this key chord is on this platform, if any. */
export function commandForChord(chord: KeyChord, platform: Platform): CommandSpec | undefined {
  const candidates = shortcutsOn(platform).get(pressedKey(chord));
  return candidates?.find(({ want }) => modifiersMatch(want, chord))?.command;
}
