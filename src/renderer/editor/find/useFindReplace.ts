import { HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearFindHighlights, showFindHighlights } from './findHighlights';
import { $findMatches, $replaceAll, $replaceMatch, $selectMatch, type FoundMatch } from './searchNotes';
import type { FindOptions } from './textMatches';

/** How long the notes must stay unchanged before an open find bar searches them again. */
const RESCAN_DELAY_MS = 300;

export interface FindReplace {
  count: number;
  /** Index of the current match; meaningful when count > 0. */
  current: number;
  next(): void;
  previous(): void;
  /** Replaces the current match; returns how many matches are left. */
  replace(replacement: string): number;
  /** Replaces every match; returns how many were replaced. */
  replaceAll(replacement: string): number;
  /** Puts the notes' selection on the current match and removes the highlights (when the bar closes). */
  finish(): void;
}

function firstAtOrAfter(matches: readonly FoundMatch[], blockIndex: number, start: number): number {
  const index = matches.findIndex((match) => match.blockIndex > blockIndex || (match.blockIndex === blockIndex && match.start >= start));
  return index >= 0 ? index : 0;
}

/**
 * The find bar's engine. The notes are scanned when the query or options
 * change, on each find or replace, and after typing in the notes pauses while
 * the bar is open; never per keystroke.
 */
export function useFindReplace(editor: LexicalEditor | null, query: string, { matchCase, wholeWord }: FindOptions): FindReplace {
  const matches = useRef<FoundMatch[]>([]);
  const currentRef = useRef(0);
  const [status, setStatus] = useState({ count: 0, current: 0 });

  const scan = useCallback((choose: (found: FoundMatch[]) => number): number => {
    if (!editor) return 0;
    const found = editor.read(() => $findMatches(query, { matchCase, wholeWord }));
    const current = found.length === 0 ? 0 : Math.min(Math.max(choose(found), 0), found.length - 1);
    matches.current = found;
    currentRef.current = current;
    setStatus({ count: found.length, current });
    showFindHighlights(editor, found, current);
    return found.length;
  }, [editor, query, matchCase, wholeWord]);

  useEffect(() => {
    scan(() => 0);
  }, [scan]);

  useEffect(() => {
    if (!editor) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => scan(() => currentRef.current), RESCAN_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, scan]);

  useEffect(() => clearFindHighlights, []);

  const step = useCallback((by: number) => {
    return scan((found) => (currentRef.current + by + found.length) % Math.max(found.length, 1));
  }, [scan]);

  const replace = useCallback((replacement: string) => {
    const target = matches.current[currentRef.current];
    if (!editor || !editor.isEditable() || !target) return matches.current.length;
    editor.update(() => {
      const same = $findMatches(query, { matchCase, wholeWord }).find((match) => match.blockIndex === target.blockIndex && match.start === target.start);
      if (same) $replaceMatch(same, replacement);
    }, { discrete: true, tag: HISTORY_PUSH_TAG });
    // Go on after the new text, so a replacement that contains the query is not found again.
    return scan((found) => firstAtOrAfter(found, target.blockIndex, target.start + replacement.length));
  }, [editor, query, matchCase, wholeWord, scan]);

  const replaceAll = useCallback((replacement: string) => {
    if (!editor || !editor.isEditable()) return 0;
    let replaced = 0;
    editor.update(() => {
      replaced = $replaceAll(query, { matchCase, wholeWord }, replacement);
    }, { discrete: true, tag: HISTORY_PUSH_TAG });
    scan(() => 0);
    return replaced;
  }, [editor, query, matchCase, wholeWord, scan]);

  const finish = useCallback(() => {
    clearFindHighlights();
    const target = matches.current[currentRef.current];
    if (editor && target) editor.update(() => $selectMatch(target), { discrete: true });
  }, [editor]);

  return { ...status, next: () => step(1), previous: () => step(-1), replace, replaceAll, finish };
}
