import type { MeetingMetadata, Participant } from '../../../shared/meeting/schema';
import { normalizeNameForMatch } from '../../../shared/names/normalize';
import { hyphenParts, tokenize } from './words';

/**
 * Words never marked as misspelled: the participants' names (full, short,
 * aliases, affiliation), the group's names, and the words the user added.
 * Compared as names are elsewhere in the app: without case, accents or
 * apostrophe style, so "Kleinwachter" typed in haste passes for "Kleinwächter".
 */
export interface IgnoredWords {
  has(word: string): boolean;
  /** The words as they are written (for suggestions: "Buckrige" → "Buckridge"). */
  readonly written: readonly string[];
}

type MetadataNames = Pick<MeetingMetadata, 'groupTitle' | 'groupLongName' | 'groupShortName' | 'seriesName'>;

function wordsOf(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    const parts = hyphenParts(token).map((part) => part.text);
    return parts.length > 1 ? [token.text, ...parts] : parts;
  });
}

/**
 * Worked out when first asked, not when made: a meeting's names change the set (a new one is made when a
 * meeting loads or a name is edited), but it is read only when words are checked, in idle time; the first
 * time in a window costs tens of milliseconds, which opening a meeting need not pay.
 */
export function ignoredWordsFor(participants: readonly Participant[], metadata: MetadataNames, userWords: readonly string[]): IgnoredWords {
  let known: Map<string, string> | undefined;
  const written = () => {
    if (known) return known;
    known = new Map<string, string>();
    const sources = [
      ...participants.flatMap((person) => [person.fullName, person.shortName, person.affiliation, ...person.aliases]),
      metadata.groupTitle, metadata.groupLongName, metadata.groupShortName, metadata.seriesName,
    ];
    for (const word of [...sources.flatMap(wordsOf), ...userWords]) {
      const key = normalizeNameForMatch(word);
      if (key !== '' && !known.has(key)) known.set(key, word);
    }
    return known;
  };
  let list: string[] | undefined;
  return {
    has: (word) => written().has(normalizeNameForMatch(word)),
    get written() {
      list ??= [...written().values()];
      return list;
    },
  };
}
