import { create } from 'zustand';
import type { SpellingLanguageChoice, SpellingPreferences } from '../../../shared/bridge/contract';
import { getBridge } from '../../bridge';
import { useMeetingStore } from '../../store/meetingStore';
import { isAbort } from './idle';
import { LANGUAGE_NAMES, type DictionaryLanguage } from './languages';
import { SpellChecker } from './spellChecker';

export interface DictionaryState {
  language: DictionaryLanguage;
  status: 'loading' | 'ready' | 'failed';
  checker: SpellChecker | null;
}

export interface SpellingState {
  /** The View menu's choice, kept in preferences; "auto" follows the meeting's locale. */
  choice: SpellingLanguageChoice;
  /** The user's own dictionary, kept in preferences. */
  words: readonly string[];
  preferencesLoaded: boolean;
  /** The dictionary in use, null when spelling is off or no dictionary fits the meeting's language. */
  dictionary: DictionaryState | null;
}

export const useSpellingStore = create<SpellingState>()(() => ({ choice: 'auto', words: [], preferencesLoaded: false, dictionary: null }));

function applyPreferences(saved: SpellingPreferences): void {
  useSpellingStore.setState({ choice: saved.language, words: saved.words, preferencesLoaded: true });
}

let preferencesRead: Promise<void> | null = null;

/** Reads the choice and the user's words once per window; without them spelling follows the meeting. */
export function loadSpellingPreferences(): Promise<void> {
  preferencesRead ??= getBridge().getSpellingPreferences({}).then(applyPreferences, () => {
    useSpellingStore.setState({ preferencesLoaded: true });
  });
  return preferencesRead;
}

export async function chooseSpellingLanguage(choice: SpellingLanguageChoice): Promise<void> {
  useSpellingStore.setState({ choice });
  await getBridge().setSpellingLanguage({ language: choice });
}

/** Never marked again, in any meeting. Shown at once; kept through the bridge. */
export async function addWordToDictionary(word: string): Promise<void> {
  const { words } = useSpellingStore.getState();
  if (words.some((known) => known.toLowerCase() === word.toLowerCase())) return;
  useSpellingStore.setState({ words: [...words, word] });
  applyPreferences(await getBridge().addSpellingWord({ word }));
}

let loading: AbortController | null = null;

/**
 * Makes `language` the dictionary in use, loading it in a worker of its own.
 * Only one dictionary is held at a time (French alone takes a few hundred
 * megabytes once expanded): the worker of the one replaced, or of a load no
 * longer wanted, is stopped, which frees its memory at once.
 */
export function requestDictionary(language: DictionaryLanguage | null): void {
  const current = useSpellingStore.getState().dictionary;
  if (language !== null && current?.language === language && current.status !== 'failed') return;
  loading?.abort();
  loading = null;
  current?.checker?.dispose();
  if (language === null) {
    useSpellingStore.setState({ dictionary: null });
    return;
  }
  const controller = new AbortController();
  loading = controller;
  useSpellingStore.setState({ dictionary: { language, status: 'loading', checker: null } });
  SpellChecker.load(language, controller.signal).then((checker) => {
    if (loading !== controller) {
      checker.dispose();
      return;
    }
    loading = null;
    useSpellingStore.setState({ dictionary: { language, status: 'ready', checker } });
  }, (error: unknown) => {
    if (isAbort(error) || loading !== controller) return;
    loading = null;
    useSpellingStore.setState({ dictionary: { language, status: 'failed', checker: null } });
    useMeetingStore.getState().showError(`Spelling is not checked: the ${LANGUAGE_NAMES[language]} dictionary could not be loaded.`);
  });
}
