import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SPELLING_LICENSES } from '../../src/renderer/editor/spelling/dictionaryLicenses';

export interface LicenseAsset { fileName: string; source: string }

/**
 * The licence files the renderer build writes under licenses/: each shipped
 * package's own licence, word for word, and an index saying what each covers.
 * Read from node_modules at build time, so a dependency update brings its
 * current terms along.
 */
export function licenseAssets(root: string): LicenseAsset[] {
  const assets: LicenseAsset[] = [];
  const index = [
    'Rapporteur ships these third-party files for spell checking, each under its own licence.',
    'The full text of each licence is in the file named beside it, in this folder.',
    '',
  ];
  for (const shipped of SPELLING_LICENSES) {
    const folder = join(root, 'node_modules', shipped.package);
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license: string };
    const fileName = `licenses/${shipped.package}.txt`;
    assets.push({ fileName, source: readFileSync(join(folder, shipped.file), 'utf8') });
    index.push(`${shipped.package} ${version}, licence ${license}: ${shipped.ships}. Full text: ${shipped.package}.txt`);
  }
  assets.push({ fileName: 'licenses/README.txt', source: `${index.join('\n')}\n` });
  return assets;
}

/** Adds the licence files to the renderer build, which electron-builder packages whole (dist/renderer/**). */
export function shipLicenses(root: string): Plugin {
  return {
    name: 'rapporteur-ship-licenses',
    apply: 'build',
    generateBundle() {
      for (const asset of licenseAssets(root)) this.emitFile({ type: 'asset', ...asset });
    },
  };
}
