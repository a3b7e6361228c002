import type { Participant } from '../meeting/schema';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'h.e.', 'he', 'sir', 'dame', 'amb', 'ambassador']);

/**
 * The name a report uses after the first mention: usually the first given name
 * ("Jim" for "Jim Prendergast"), skipping honorifics ("Ms. Maria Ressa" → "Maria").
 * A name written without spaces (as Chinese or Japanese names often are) is used whole.
 */
export function defaultShortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  const given = words.find((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.$/u, '')) && !HONORIFICS.has(word.toLowerCase()));
  return given ?? fullName.trim();
}

/** The participant's short name: the one the user set, or the default from the full name. */
export function shortNameOf(participant: Pick<Participant, 'fullName' | 'shortName'>): string {
  return participant.shortName.trim() !== '' ? participant.shortName.trim() : defaultShortName(participant.fullName);
}
