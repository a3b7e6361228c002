import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinaryStatus } from '../../../scripts/electronBinary.mjs';

const root = resolve(__dirname, '../../..');
const binary = electronBinaryStatus(root);

const skipReason = `Electron app suite skipped: ${binary.reason ?? 'no Electron binary was found'} (Electron's release server cannot be reached from this machine), so the real app cannot start here.`;
if (!binary.available) console.log(skipReason);

test.describe('the real Electron app', () => {
  test.skip(!binary.available, skipReason);

  test('starts with a secure, usable window and saves a meeting', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'rapporteur-electron-'));
    const app = await electron.launch({
      executablePath: binary.executable!,
      args: [root, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, RAPPORTEUR_USER_DATA: userData },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('textbox', { name: 'Meeting notes' })).toBeVisible();
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return { url: contents.getURL(), title: BrowserWindow.getAllWindows()[0]!.getTitle() };
      });
      expect(preferences.url).toBe('app://rapporteur/index.html');
      const target = join(userData, 'electron-suite.minutes');
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
      }, target);
      await window.getByRole('textbox', { name: 'Meeting notes' }).fill('Typed in the real app.');
      await window.keyboard.press('Control+S');
      await expect(window.getByTestId('save-status')).toContainText('Saved');
      expect(await readFile(target, 'utf8')).toContain('Typed in the real app.');
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
