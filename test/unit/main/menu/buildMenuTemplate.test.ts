import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../../src/shared/commands/registry';
import { buildMenuTemplate } from '../../../../src/main/menu/buildMenuTemplate';

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...allItems((menu.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('buildMenuTemplate', () => {
  it('holds every registry command, with its shortcut, sending its id when clicked', () => {
    const sent: string[] = [];
    const items = allItems(buildMenuTemplate('linux', (id) => sent.push(id)));
    for (const command of commands) {
      const item = items.find((candidate) => candidate.id === command.id);
      expect(item?.label, command.id).toBe(command.label);
      expect(item?.accelerator).toBe((command as { shortcut?: string }).shortcut);
      (item!.click as () => void)();
    }
    expect(sent).toEqual(commands.map((c) => c.id));
  });

  it('has the standard menus in order, and the macOS app menu only on macOS', () => {
    const menusWithCommands = ['File', 'Edit', 'Insert', 'Meeting', 'View', 'Help'].filter((menu) => menu === 'View' || commands.some((c) => c.menu === menu));
    expect(buildMenuTemplate('win32', () => {}).map((m) => m.label)).toEqual(menusWithCommands);
    expect(buildMenuTemplate('darwin', () => {}).map((m) => m.label)).toEqual(['Rapporteur', ...menusWithCommands]);
  });

  it('keeps the platform editing roles and Quit', () => {
    const items = allItems(buildMenuTemplate('linux', () => {}));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) {
      expect(items.some((item) => item.role === role), role).toBe(true);
    }
  });
});
