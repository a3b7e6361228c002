import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { licenseAssets } from '../../../../../scripts/vite/shipLicenses';
import { SOURCES } from '../../../../../src/renderer/editor/spelling/dictionaries';
import { DICTIONARY_PACKAGES, SPELLING_LICENSES } from '../../../../../src/renderer/editor/spelling/dictionaryLicenses';
import { DICTIONARY_LANGUAGES } from '../../../../../src/renderer/editor/spelling/languages';

const ROOT = join(__dirname, '../../../../..');
const packageOf = (url: string) => /node_modules\/([^/]+)\//u.exec(fileURLToPath(url))?.[1];

describe('the dictionaries and their licences stay in step', () => {
  it('every language loads its files from the package named for it, and those files exist', () => {
    for (const language of DICTIONARY_LANGUAGES) {
      const { aff, dic } = SOURCES[language];
      expect([packageOf(aff), packageOf(dic)], language).toEqual([DICTIONARY_PACKAGES[language], DICTIONARY_PACKAGES[language]]);
      expect(existsSync(fileURLToPath(aff)) && existsSync(fileURLToPath(dic)), language).toBe(true);
    }
  });

  it('every dictionary package, and nspell, ships with its licence file', () => {
    const licensed = SPELLING_LICENSES.map((entry) => entry.package);
    expect(licensed).toEqual(expect.arrayContaining([...Object.values(DICTIONARY_PACKAGES), 'nspell']));
    expect(new Set(licensed).size).toBe(licensed.length);
    for (const entry of SPELLING_LICENSES) expect(existsSync(join(ROOT, 'node_modules', entry.package, entry.file)), entry.package).toBe(true);
  });

  it('the renderer build writes each licence word for word under licenses/, with an index', () => {
    const assets = new Map(licenseAssets(ROOT).map((asset) => [asset.fileName, asset.source]));
    expect([...assets.keys()].sort()).toEqual([...SPELLING_LICENSES.map((entry) => `licenses/${entry.package}.txt`), 'licenses/README.txt'].sort());
    for (const entry of SPELLING_LICENSES) {
      expect(assets.get(`licenses/${entry.package}.txt`)).toBe(readFileSync(join(ROOT, 'node_modules', entry.package, entry.file), 'utf8'));
    }
    expect(assets.get('licenses/dictionary-fr.txt')).toContain('MPL');
    const index = assets.get('licenses/README.txt')!;
    for (const entry of SPELLING_LICENSES) expect(index).toContain(`${entry.package}.txt`);
    expect(index).toMatch(/dictionary-fr \d+\.\d+\.\d+, licence MPL-2\.0/u);
  });
});
