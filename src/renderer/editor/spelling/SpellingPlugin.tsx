import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, ParagraphNode, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { MeetingMetadata } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';
import { ignoredWordsFor } from './ignoredWords';
import { effectiveLanguage } from './languages';
import { registerSpellingSession, SpellingSession } from './spellingSession';
import { loadSpellingPreferences, requestDictionary, useSpellingStore } from './spellingStore';

const NAME_FIELDS = ['groupTitle', 'groupLongName', 'groupShortName', 'seriesName'] as const;

function groupNamesChanged(now: MeetingMetadata, before: MeetingMetadata): boolean {
  return now !== before && NAME_FIELDS.some((field) => now[field] !== before[field]);
}

function currentIgnoredWords() {
  const { participants, metadata } = useMeetingStore.getState().meeting;
  return ignoredWordsFor(participants, metadata, useSpellingStore.getState().words);
}

/** The locale being typed in the meeting form ("e", "en", "en-", "en-G"…) settles before it swaps dictionaries. */
const LOCALE_SETTLE_MS = 800;

function useSettledLocale(): string {
  const locale = useMeetingStore((state) => state.meeting.metadata.locale);
  const [settled, setSettled] = useState(locale);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(locale), LOCALE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [locale]);
  return settled;
}

/** Whether the notes hold any text yet (the root's text is cached once reconciled, so this is cheap). */
function hasText(editor: LexicalEditor): boolean {
  return editor.getEditorState().read(() => /\S/u.test($getRoot().getTextContent()));
}

/**
 * Whether a dictionary is wanted yet: not for notes without words (the empty meeting shown at start), and
 * not while a just opened meeting is being shown. Then the worker, the dictionary's files and its parsing
 * (on the worker's thread) wait for an idle period after the next frame, rather than share the machine with
 * the first file opened; for an empty meeting, for its first words.
 */
function useWordsToCheck(editor: LexicalEditor): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let frame: number | undefined;
    let idle: number | undefined;
    const stopListening = editor.registerUpdateListener(({ dirtyLeaves }) => {
      if (frame === undefined && dirtyLeaves.size > 0 && hasText(editor)) want();
    });
    function want() {
      stopListening();
      frame = requestAnimationFrame(() => {
        idle = requestIdleCallback(() => setWanted(true), { timeout: 1000 });
      });
    }
    if (hasText(editor)) want();
    return () => {
      stopListening();
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [editor]);
  return wanted;
}

/** Chooses the dictionary: the View menu's choice, or the meeting's language; nothing until preferences are read. */
function useDictionaryChoice(editor: LexicalEditor): void {
  const choice = useSpellingStore((state) => state.choice);
  const ready = useSpellingStore((state) => state.preferencesLoaded);
  const locale = useSettledLocale();
  const wanted = useWordsToCheck(editor);
  useEffect(() => {
    void loadSpellingPreferences();
  }, []);
  useEffect(() => {
    const language = effectiveLanguage(choice, locale);
    // Turning spelling off (or to a language without a dictionary) takes effect at once.
    if (ready && (wanted || language === null)) requestDictionary(language);
  }, [ready, wanted, choice, locale]);
}

/**
 * Marks misspelled words in the notes with a wavy underline (see
 * SpellingSession for how it stays off the keystroke path). Names of the
 * meeting's people and group, and the user's own words, are never marked.
 */
export function SpellingPlugin() {
  const [editor] = useLexicalComposerContext();
  useDictionaryChoice(editor);
  useEffect(() => {
    const session = new SpellingSession(editor);
    registerSpellingSession(editor, session);
    session.setIgnored(currentIgnoredWords());
    session.setChecker(useSpellingStore.getState().dictionary?.checker ?? null);
    // Both stores change often (the meeting on every keystroke, as it marks itself dirty): compare references only.
    const unsubscribeMeeting = useMeetingStore.subscribe((state, previous) => {
      // Another meeting loaded: this editor and its session are about to be replaced by ones of its own.
      if (state.session !== previous.session) return;
      if (state.meeting.participants !== previous.meeting.participants || groupNamesChanged(state.meeting.metadata, previous.meeting.metadata)) {
        session.setIgnored(currentIgnoredWords());
      }
    });
    const unsubscribeSpelling = useSpellingStore.subscribe((state, previous) => {
      if (state.words !== previous.words) session.setIgnored(currentIgnoredWords());
      if (state.dictionary !== previous.dictionary) session.setChecker(state.dictionary?.checker ?? null);
    });
    const onViewportChange = () => session.viewportChanged();
    // Capturing catches the scrolling of whichever panel holds the notes.
    document.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', onViewportChange, { passive: true });
    return mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyLeaves, dirtyElements }) => session.noteUpdate(editorState, dirtyLeaves, dirtyElements)),
      editor.registerMutationListener(ParagraphNode, (mutations) => session.noteMutations(mutations), { skipInitialization: true }),
      editor.registerMutationListener(ListItemNode, (mutations) => session.noteMutations(mutations), { skipInitialization: true }),
      unsubscribeMeeting,
      unsubscribeSpelling,
      () => {
        document.removeEventListener('scroll', onViewportChange, { capture: true });
        window.removeEventListener('resize', onViewportChange);
        registerSpellingSession(editor, null);
        session.dispose();
      },
    );
  }, [editor]);
  return null;
}
