import type { Participant } from '../meeting/schema';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'h.e', 'sir', 'dame', 'amb', 'ambassador']);

/**
 * Arabic given names built on "Abd" ("servant of") or "Abu" ("father of") are one name
 * written as two words: "Abdul Rahman Almutairi" is called "Abdul Rahman", never "Abdul".
 */
const BINDS_TO_NEXT_WORD = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdoul', 'abu', 'abou', 'عبد', 'أبو', 'ابو']);

/** East Asian names put the family name first and are not shortened to one part by the report's convention. */
const EAST_ASIAN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** "HE" (His/Her Excellency) counts only in capitals: "He" is also a common Chinese family name. */
function isHonorific(word: string): boolean {
  return word === 'HE' || HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * The name a report uses after the first mention: usually the first given name
 * ("Jim" for "Jim Prendergast"), skipping honorifics ("Ms. Maria Ressa" → "Maria").
 * A name written without spaces (as Chinese or Japanese names often are) is used whole,
 * and so is any name in an East Asian script.
 */
export function defaultShortName(fullName: string): string {
  const trimmed = fullName.trim().replace(/\s+/gu, ' ');
  if (EAST_ASIAN_SCRIPT.test(trimmed)) return trimmed;
  const words = trimmed.split(' ').filter(Boolean);
  const givenIndex = words.findIndex((word) => !isHonorific(word));
  if (givenIndex < 0) return trimmed;
  const given = words[givenIndex] ?? trimmed;
  const next = words[givenIndex + 1];
  if (next !== undefined && BINDS_TO_NEXT_WORD.has(given.toLowerCase())) return `${given} ${next}`;
  return given;
}

/** The participant's short name: the one the user set, or the default from the full name. */
export function shortNameOf(participant: Pick<Participant, 'fullName' | 'shortName'>): string {
  return participant.shortName.trim() !== '' ? participant.shortName.trim() : defaultShortName(participant.fullName);
}
