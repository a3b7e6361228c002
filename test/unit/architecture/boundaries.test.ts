import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

// The runtime boundaries, enforced on every import of every source file:
// what each folder may depend on is decided here, not by good intentions.

const root = resolve(__dirname, '../../..');
const src = join(root, 'src');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface ImportRef { file: string; specifier: string; typeOnly: boolean; target?: string }

function importsOf(file: string): ImportRef[] {
  const text = readFileSync(file, 'utf8');
  const found: ImportRef[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    const ref: ImportRef = { file: relative(root, file), specifier, typeOnly: Boolean(match[2]) };
    if (specifier.startsWith('.')) ref.target = relative(root, resolve(dirname(file), specifier));
    found.push(ref);
  }
  return found;
}

const all = sourceFiles(src).flatMap(importsOf);
const from = (folder: string) => all.filter((ref) => ref.file.startsWith(`src/${folder}/`));
const packageName = (specifier: string) => specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
const describeRefs = (refs: ImportRef[]) => refs.map((ref) => `${ref.file} imports ${ref.specifier}`);

describe('runtime boundaries', () => {
  it('found the imports it checks', () => {
    expect(from('shared').length).toBeGreaterThan(5);
    expect(from('renderer').length).toBeGreaterThan(5);
  });

  it('src/shared imports only itself and pure libraries: no Node, Electron, React or DOM runtime', () => {
    const allowedPackages = new Set(['zod', 'docx', 'papaparse']);
    const bad = from('shared').filter((ref) => ref.target
      ? !ref.target.startsWith('src/shared')
      : !allowedPackages.has(packageName(ref.specifier)));
    expect(describeRefs(bad)).toEqual([]);
  });

  it('src/renderer never reaches Node, Electron or the main process', () => {
    const bad = from('renderer').filter((ref) => ref.target
      ? !(ref.target.startsWith('src/renderer') || ref.target.startsWith('src/shared'))
      : NODE_BUILTINS.has(ref.specifier) || packageName(ref.specifier) === 'electron' || packageName(ref.specifier).startsWith('electron-'));
    expect(describeRefs(bad)).toEqual([]);
  });

  it('src/preload requires only electron at run time (types may come from the shared contract)', () => {
    const bad = from('preload').filter((ref) => ref.target
      ? !(ref.target === 'src/shared/bridge/channels' || (ref.typeOnly && ref.target.startsWith('src/shared/bridge')))
      : ref.specifier !== 'electron');
    expect(describeRefs(bad)).toEqual([]);
  });

  it('main-process services load without Electron, so vitest and the CLI can run them', () => {
    const bad = from('main/services').filter((ref) => !ref.file.endsWith('electronStorePreferences.ts')
      && (packageName(ref.specifier) === 'electron' || packageName(ref.specifier) === 'electron-store'));
    expect(describeRefs(bad)).toEqual([]);
  });

  it('src/cli never imports Electron, the preferences adapter, or main-process glue', () => {
    const bad = from('cli').filter((ref) => ref.target
      ? !(ref.target.startsWith('src/cli') || ref.target.startsWith('src/shared') || ref.target.startsWith('src/main/services'))
        || ref.target.endsWith('electronStorePreferences')
      : packageName(ref.specifier) === 'electron' || packageName(ref.specifier) === 'electron-store');
    expect(describeRefs(bad)).toEqual([]);
  });

  it('nothing outside src/main imports the main process, and main never imports the renderer', () => {
    const intoMain = all.filter((ref) => ref.target?.startsWith('src/main') && !ref.file.startsWith('src/main') && !ref.file.startsWith('src/cli'));
    const intoRenderer = all.filter((ref) => ref.target?.startsWith('src/renderer') && !ref.file.startsWith('src/renderer'));
    expect(describeRefs([...intoMain, ...intoRenderer])).toEqual([]);
  });

  it('channel strings are written only in the contract', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !file.endsWith(join('bridge', 'channels.ts')))
      .filter((file) => /['"`](meeting|recent|app|event):[a-z-]+['"`]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
