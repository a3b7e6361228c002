import { describe, expect, it } from 'vitest';
import { commandForChord, commands, getCommand, matchesShortcut, parseAccelerator, shortcutFor } from '../../../../src/shared/commands/registry';

const chord = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('command registry', () => {
  it('has unique ids and labels, and each command has a shortcut or says why not', () => {
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
    expect(new Set(commands.map((c) => c.label)).size).toBe(commands.length);
    for (const command of commands) {
      const spec: { shortcut?: string; noShortcutReason?: string } = command;
      expect(spec.shortcut ?? spec.noShortcutReason, command.id).toBeTruthy();
    }
  });

  it('no two commands share a shortcut on any platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shortcuts = commands.map((c) => shortcutFor(c, platform)).filter(Boolean).map((s) => JSON.stringify(parseAccelerator(s!, platform)));
      expect(new Set(shortcuts).size, platform).toBe(shortcuts.length);
    }
  });

  it('maps CmdOrCtrl to Cmd on macOS and Ctrl elsewhere', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toEqual({ ctrl: false, meta: true, alt: false, shift: true, key: 's' });
    expect(parseAccelerator('CmdOrCtrl+Shift+S', 'linux')).toEqual({ ctrl: true, meta: false, alt: false, shift: true, key: 's' });
  });

  it('finds the command for a key chord, and only with exactly its modifiers', () => {
    expect(commandForChord(chord('s', { ctrlKey: true }), 'linux')?.id).toBe('file.save');
    expect(commandForChord(chord('S', { ctrlKey: true, shiftKey: true }), 'win32')?.id).toBe('file.saveAs');
    expect(commandForChord(chord('s', { metaKey: true }), 'darwin')?.id).toBe('file.save');
    expect(commandForChord(chord('s', { metaKey: true }), 'linux')).toBeUndefined();
    expect(commandForChord(chord('s', { ctrlKey: true, altKey: true }), 'linux')).toBeUndefined();
    expect(commandForChord(chord('s'), 'linux')).toBeUndefined();
  });

  it('finds every command by its own chord on every platform, named keys included', () => {
    const eventKey: Record<string, string> = { down: 'ArrowDown', up: 'ArrowUp', left: 'ArrowLeft', right: 'ArrowRight', space: ' ', esc: 'Escape' };
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const command of commands) {
        const shortcut = shortcutFor(command, platform);
        if (shortcut === undefined) continue;
        const want = parseAccelerator(shortcut, platform);
        const pressed = chord(eventKey[want.key] ?? want.key, { ctrlKey: want.ctrl, metaKey: want.meta, altKey: want.alt, shiftKey: want.shift });
        expect(commandForChord(pressed, platform)?.id, `${command.id} on ${platform}`).toBe(command.id);
      }
    }
    expect(commandForChord(chord('ArrowDown', { ctrlKey: true, altKey: true }), 'linux')?.id).toBe('meeting.nextItem');
    expect(commandForChord(chord('ArrowDown', { ctrlKey: true }), 'linux')).toBeUndefined();
  });

  it('understands named keys', () => {
    expect(matchesShortcut('Alt+Down', chord('ArrowDown', { altKey: true }), 'linux')).toBe(true);
    expect(matchesShortcut('Alt+Down', chord('ArrowUp', { altKey: true }), 'linux')).toBe(false);
  });

  it('looks commands up by id', () => {
    expect(getCommand('file.open').label).toBe('Open…');
  });
});
