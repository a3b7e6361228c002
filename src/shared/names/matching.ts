import type { Participant } from '../meeting/schema';
import { normalizeNameForMatch } from './normalize';
import { shortNameOf } from './shortName';

export { normalizeNameForMatch } from './normalize';

export type NameMatchKind = 'exact' | 'prefix' | 'initials' | 'similar';
export type NameMatchField = 'fullName' | 'shortName' | 'alias';
export type MatchableParticipant = Pick<Participant, 'id' | 'fullName' | 'shortName' | 'aliases'>;

export interface NameMatch<P extends MatchableParticipant> {
  participant: P;
  kind: NameMatchKind;
  /** Which of the participant's names matched; initials always come from the full name. */
  field: NameMatchField;
}

const KIND_RANK: Readonly<Record<NameMatchKind, number>> = { exact: 0, prefix: 1, initials: 2, similar: 3 };
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|h\.?e|sir|dame|amb|ambassador)\.?$/iu;
// Lower-case particles people leave out of initials ("WN" for Wout de Natris). Compared by
// their matching key, not by case, so "WOUT DE NATRIS" gives the same initials.
const PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'e', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von', 'y', 'zu']);
const EAST_ASIAN_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words of a name as written, without honorifics; hyphenated parts count as words ("Jean-Pierre" → J, P). */
function nameWords(name: string): string[] {
  return name
    .trim()
    .split(/[\s\-‐‑–]+/u)
    .filter((word) => word !== '' && !HONORIFIC.test(word));
}

function firstLetter(word: string): string {
  return /\p{L}/u.exec(word)?.[0] ?? '';
}

/**
 * The initials of a name in capitals: "Wout de Natris" → "WDN", "Dino Dell'Accio" → "DD".
 * Names in East Asian scripts have no initials by convention, so they give "".
 */
export function initialsOf(fullName: string): string {
  if (EAST_ASIAN_LETTER.test(fullName)) return '';
  return nameWords(fullName).map(firstLetter).join('').toUpperCase();
}

/** Initials people actually type: all words ("WDN") or without lower-case particles ("WN"). */
function initialsVariants(fullName: string): string[] {
  const all = normalizeNameForMatch(initialsOf(fullName));
  const withoutParticles = nameWords(fullName).filter((word) => !PARTICLES.has(normalizeNameForMatch(word)));
  const significant = normalizeNameForMatch(withoutParticles.map(firstLetter).join(''));
  return [all, significant].filter((initials) => initials.length >= 2);
}

/** Where a typed prefix may start: each word, and each character of East Asian text (given names come last there). */
function wordStarts(normalized: string): number[] {
  const starts = [0];
  const characters = Array.from(normalized);
  let offset = 0;
  characters.forEach((character, index) => {
    const previous = characters[index - 1];
    const afterSeparator = previous !== undefined && /[\s'-]/u.test(previous);
    if (index > 0 && (afterSeparator || EAST_ASIAN_LETTER.test(character))) starts.push(offset);
    offset += character.length;
  });
  return starts;
}

function isWordPrefix(query: string, normalizedName: string): boolean {
  return wordStarts(normalizedName).some((start) => normalizedName.startsWith(query, start));
}

/** Levenshtein distance, stopping early once it exceeds the limit. */
function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** A typo or a hand-typed drift ("Justin Fair" for "Justine Fair"); short names get no slack. */
function isSimilar(query: string, normalizedName: string): boolean {
  const limit = query.length >= 12 ? 2 : query.length >= 5 ? 1 : 0;
  return limit > 0 && editDistanceWithin(query, normalizedName, limit);
}

interface NamedField {
  field: NameMatchField;
  normalized: string;
}

function namedFields(participant: MatchableParticipant): NamedField[] {
  return [
    { field: 'fullName' as const, normalized: normalizeNameForMatch(participant.fullName) },
    { field: 'shortName' as const, normalized: normalizeNameForMatch(shortNameOf(participant)) },
    ...participant.aliases.map((alias) => ({ field: 'alias' as const, normalized: normalizeNameForMatch(alias) })),
  ].filter((named) => named.normalized !== '');
}

function bestMatchOf(participant: MatchableParticipant, query: string): { kind: NameMatchKind; field: NameMatchField } | undefined {
  const fields = namedFields(participant);
  const exact = fields.find((named) => named.normalized === query);
  if (exact) return { kind: 'exact', field: exact.field };
  const prefix = fields.find((named) => isWordPrefix(query, named.normalized));
  if (prefix) return { kind: 'prefix', field: prefix.field };
  const compactQuery = query.replace(/[\s.]/gu, '');
  if (compactQuery.length >= 2 && initialsVariants(participant.fullName).includes(compactQuery)) return { kind: 'initials', field: 'fullName' };
  const similar = fields.find((named) => named.field !== 'shortName' && isSimilar(query, named.normalized));
  return similar ? { kind: 'similar', field: similar.field } : undefined;
}

/**
 * The participants a typed or imported name may mean, best first: exact matches of the
 * full name, short name or an alias, then names a word of which starts with the query,
 * then initials ("WdN", "C.B."), then near misses of the full name or an alias.
 * Each participant appears once, under its best match; ties keep the list's order.
 */
export function findParticipantsByName<P extends MatchableParticipant>(participants: readonly P[], query: string): NameMatch<P>[] {
  const normalizedQuery = normalizeNameForMatch(query);
  if (normalizedQuery === '') return [];
  const matches: NameMatch<P>[] = [];
  for (const participant of participants) {
    const best = bestMatchOf(participant, normalizedQuery);
    if (best) matches.push({ participant, ...best });
  }
  return matches.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}
