import type { MenuItemConstructorOptions } from 'electron';
import { commands, shortcutFor, type CommandSpec, type MenuName, type Platform } from '../../shared/commands/registry';

const MENU_ORDER: readonly MenuName[] = ['File', 'Edit', 'Insert', 'Meeting', 'View', 'Help'];

/** Standard editing items keep the platform's own behaviour (and accelerators) through roles. */
const EDIT_ROLES: MenuItemConstructorOptions[] = [
  { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
  { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle' }, { role: 'selectAll' },
];

function commandItem(command: CommandSpec, platform: Platform, send: (commandId: string) => void): MenuItemConstructorOptions {
  const accelerator = shortcutFor(command, platform);
  return {
    id: command.id,
    label: command.label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command.id),
  };
}

function itemsOf(menu: MenuName, platform: Platform, send: (commandId: string) => void): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let lastGroup: number | undefined;
  for (const command of commands.filter((c) => c.menu === menu)) {
    if (lastGroup !== undefined && command.group !== lastGroup) items.push({ type: 'separator' });
    items.push(commandItem(command, platform, send));
    lastGroup = command.group;
  }
  return items;
}

/**
 * The native menu, built from the command registry: a click sends the command
 * id to the focused window, which runs it exactly as its shortcut would.
 */
export function buildMenuTemplate(platform: Platform, send: (commandId: string) => void): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') {
    template.push({
      label: 'Rapporteur',
      submenu: [
        { role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' },
        { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' },
      ],
    });
  }
  for (const menu of MENU_ORDER) {
    const items = itemsOf(menu, platform, send);
    if (menu === 'Edit') items.unshift(...EDIT_ROLES, ...(items.length > 0 ? [{ type: 'separator' as const }] : []));
    if (menu === 'File' && platform !== 'darwin') items.push({ type: 'separator' }, { role: 'quit' });
    if (menu === 'View') items.push(...(items.length > 0 ? [{ type: 'separator' as const }] : []), { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' });
    if (items.length > 0) template.push({ label: menu, submenu: items });
  }
  return template;
}
