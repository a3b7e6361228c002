// Leaves the CLI's V8 code cache (src/cli/codeCache.ts) next to a built CLI, by one export of the reference
// meeting through its launcher: used by scripts/build.mjs for dist/cli and by bench/run.mjs for its private copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function warmCliCodeCache(launcher) {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-cli-warm-up-'));
  try {
    execFileSync(process.execPath, [launcher, 'export', 'test/fixtures/wg-strategy-60.minutes', '--out', join(folder, 'warm-up.docx')], {
      env: { ...process.env, RAPPORTEUR_REFRESH_CODE_CACHE: '1' }, stdio: 'ignore',
    });
  } catch (error) {
    // Only speed is lost: the CLI compiles without a cache and writes one on its first run.
    console.warn(`The CLI's code cache was not made (${error.message.split('\n')[0]}).`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
