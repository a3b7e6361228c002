import { describe, expect, it } from 'vitest';
import {
  createMemoryPreferences, defaultPreferences, parsePreferences, type PreferencesData,
} from '../../../../src/main/services/preferences';

describe('preferences', () => {
  it('start from typed defaults', () => {
    expect(defaultPreferences()).toEqual({ recentFiles: [], theme: 'system', authorName: '', spellingLanguage: 'auto', spellingWords: [] });
    const preferences = createMemoryPreferences();
    expect(preferences.get('theme')).toBe('system');
    expect(preferences.get('windowBounds')).toBeUndefined();
  });

  it('set validates each value and reports every change with the whole data', () => {
    const seen: PreferencesData[] = [];
    const preferences = createMemoryPreferences({}, (all) => seen.push(all));
    preferences.set('theme', 'dark');
    preferences.set('windowBounds', { x: -1200, y: 40, width: 1024, height: 768, maximized: false });
    preferences.set('authorName', 'Anja Gengo');
    expect(preferences.getAll()).toEqual({
      recentFiles: [], theme: 'dark', authorName: 'Anja Gengo', spellingLanguage: 'auto', spellingWords: [],
      windowBounds: { x: -1200, y: 40, width: 1024, height: 768, maximized: false },
    });
    expect(seen).toHaveLength(3);
    expect(seen[2]).toEqual(preferences.getAll());
    preferences.set('windowBounds', undefined);
    expect('windowBounds' in preferences.getAll()).toBe(false);
  });

  it('refuse a value of the wrong shape without changing anything', () => {
    const preferences = createMemoryPreferences();
    expect(() => preferences.set('theme', 'purple' as never)).toThrow();
    expect(() => preferences.set('recentFiles', Array.from({ length: 11 }, (_, i) => `/m/${i}.minutes`))).toThrow();
    expect(() => preferences.set('windowBounds', { x: 0, y: 0, width: 0, height: 10 })).toThrow();
    expect(preferences.getAll()).toEqual(defaultPreferences());
  });

  it('hand out copies, so a caller cannot change them behind their back', () => {
    const preferences = createMemoryPreferences({ recentFiles: ['/a.minutes'] });
    preferences.get('recentFiles').push('/b.minutes');
    preferences.getAll().recentFiles.push('/c.minutes');
    expect(preferences.get('recentFiles')).toEqual(['/a.minutes']);
  });

  it('keep keys written by a newer version, and refuse a wrong shape when parsing', () => {
    const preferences = createMemoryPreferences({ theme: 'light', spellCheckLanguage: 'fr' });
    preferences.set('authorName', 'A');
    expect(preferences.getAll()).toMatchObject({ spellCheckLanguage: 'fr', theme: 'light', authorName: 'A' });
    expect(parsePreferences({ theme: 42 })).toEqual({ ok: false, problem: expect.stringContaining('theme') });
    expect(parsePreferences([])).toMatchObject({ ok: false, problem: expect.stringContaining('the top level') });
    expect(() => createMemoryPreferences({ recentFiles: 'not a list' as never })).toThrow(/Invalid preferences: recentFiles/);
  });
});
