import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { electronBinaryStatus } from '../../../scripts/electronBinary.mjs';

const root = resolve(__dirname, '../../..');
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema validation', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    // A logger that records nothing: the test only wants the verdict.
    const quietLogger = { isEnabled: false, add: () => undefined, data: {}, save: async () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(structuredClone(config), quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNode: 'off' } }, quietLogger)).rejects.toThrow(/runAsNode/);
  });

  it('builds installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg)', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('registers .minutes as the app\'s own file type with an icon and MIME type', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'minutes', mimeType: 'application/x-rapporteur-minutes', role: 'Editor' }));
    expect(existsSync(resolve(root, config.fileAssociations[0].icon))).toBe(true);
    expect(config.linux.mimeTypes).toContain('application/x-rapporteur-minutes');
  });

  it('flips Electron\'s fuses: no RunAsNode, no NODE_OPTIONS or inspect flags, asar only and its integrity checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packs only the built app, with an icon large enough for every platform', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/renderer/**']));
    expect(config.files.some((pattern: string) => pattern.startsWith('src'))).toBe(false);
    const png = readFileSync(resolve(root, config.icon));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  const electron = electronBinaryStatus(root);
  if (!electron.available) console.log(`Packaged-build check skipped: ${electron.reason}, so electron-builder cannot package the app here.`);
  it.skipIf(!electron.available)('builds an unpacked app with the fuses flipped where an Electron binary exists', () => {
    const build = spawnSync('npx', ['electron-builder', '--dir', '--config', 'electron-builder.yml', `-c.electronDist=${resolve(electron.executable!, '..')}`], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    expect(build.status, build.stderr).toBe(0);
    const fuses = spawnSync('npx', ['@electron/fuses', 'read', '--app', resolve(root, 'release/linux-unpacked/rapporteur')], { cwd: root, encoding: 'utf8' });
    expect(fuses.stdout).toMatch(/RunAsNode is Disabled/);
  }, 600_000);
});
