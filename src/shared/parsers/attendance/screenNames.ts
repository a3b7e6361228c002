/**
 * Screen names as conferencing tools show them, turned into names people can be matched
 * by: "Timea Suto (Guest)" → "Timea Suto", "Jim's iPhone" → a device of "Jim".
 */

// Teams (and Zoom in some locales) append the account kind; English plus the common locales.
const ACCOUNT_SUFFIX = /\s*[([](?:guest|external|unverified|gast|extern|externe?|externo|invité|invitado|convidado|ospite|non vérifié)[)\]]\s*$/iu;
const PRONOUNS = /\s*[([](?:she|he|they|ze|xe|ey|il|elle|sie|er)(?:\s*\/\s*\p{L}+){1,2}[)\]]\s*$/iu;
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const TRAILING_PARENTHESES = /^(.*\S)\s*\(([^()]+)\)$/u;
// An affiliation people write after their name: an acronym ("Chris Buckridge (RIPE NCC)")
// or the name of a body ("Rosalind Kenny Birch (UK Government)"), not a renamed person.
const ACRONYM = /^[\p{Lu}\d&.\- ]+$/u;
const BODY_WORD = /\b(?:government|ministry|university|secretariat|council|commission|committee|foundation|institute|association|society|agency|office|department|embassy|mission|company|group|network|inc|ltd|llc|gmbh|org)\b/iu;

// "Timea Suto - ICC", "Anja Gengo | IGF Secretariat", "Rosalind Kenny Birch (UK Government)".
const AFFILIATION_TAIL = /\s+(?:[-–—|]\s+([^()]+)|\(([^()]+)\))$/u;
// Directory-style "Surname, Given" ("Prendergast, Jim", "de Natris, Wout").
const SURNAME_FIRST = /^((?:\p{Ll}+\s+)?\p{Lu}[\p{L}\p{M}'’-]*),\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)?)$/u;

function isAffiliation(text: string): boolean {
  return ACRONYM.test(text.trim()) || BODY_WORD.test(text);
}

function withoutAffiliation(name: string): string {
  const tail = AFFILIATION_TAIL.exec(name);
  const affiliation = tail?.[1] ?? tail?.[2];
  return tail && affiliation !== undefined && isAffiliation(affiliation) ? name.slice(0, tail.index) : name;
}

/** "Prendergast, Jim" → "Jim Prendergast"; acronyms after the comma ("Chris, ICC") stay as they are. */
function givenNameFirst(name: string): string {
  const match = SURNAME_FIRST.exec(name);
  if (!match || ACRONYM.test(match[2] ?? '')) return name;
  return `${match[2]} ${match[1]}`;
}

export interface CleanScreenName {
  name: string;
  /** Whether a "(Guest)", "(External)" or "(Unverified)" suffix was removed. */
  isGuest: boolean;
}

/**
 * The person's name in a screen name: without account-kind and pronoun suffixes, an
 * affiliation tail ("- ICC", "(UK Government)"), invisible characters or stray spaces,
 * and with a directory-style "Surname, Given" turned round.
 */
export function cleanScreenName(raw: string): CleanScreenName {
  let name = raw.replace(INVISIBLES, '').replace(/\s+/gu, ' ').trim().replace(/^"(.*)"$/u, '$1');
  let isGuest = false;
  for (let changed = true; changed; ) {
    const withoutSuffix = name.replace(ACCOUNT_SUFFIX, '');
    isGuest ||= withoutSuffix !== name;
    const withoutPronouns = withoutSuffix.replace(PRONOUNS, '');
    const withoutTail = withoutAffiliation(withoutPronouns.trim());
    changed = withoutTail !== name;
    name = withoutTail.trim();
  }
  return { name: givenNameFirst(name), isGuest };
}

/**
 * Splits Zoom's "Name (Original Name)" cell: a person who renamed themselves during the
 * meeting appears as "New name (Name they joined with)". Trailing parentheses that hold an
 * account suffix, pronouns or an acronym ("(RIPE NCC)") are part of the name instead.
 */
export function splitZoomNameCell(cell: string): { current: string; original?: string } {
  const trimmed = cell.trim();
  if (ACCOUNT_SUFFIX.test(trimmed) || PRONOUNS.test(trimmed)) return { current: trimmed };
  const match = TRAILING_PARENTHESES.exec(trimmed);
  const inner = match?.[2]?.trim() ?? '';
  if (!match || inner === '' || ACRONYM.test(inner) || BODY_WORD.test(inner)) return { current: trimmed };
  return { current: (match[1] ?? '').trim(), original: inner };
}

const DEVICE_WORD = String.raw`(?:i?phone|ipad|ipod|android|galaxy(?:\s+[\p{L}\d+]+)?|pixel(?:\s*\d+\w*)?|samsung|huawei|xiaomi|redmi|oneplus|oppo|motorola|macbook(?:\s+(?:pro|air))?|imac|mac\s?mini|laptop|desktop|notebook|surface(?:\s+(?:pro|laptop|go))?|chromebook|thinkpad|tablet|smartphone|zoom\s*rooms?|teams\s+room|conference\s+room|meeting\s+room|board\s*room|polycom|poly\s+studio|crestron|logitech\s+rally)`;
const DEVICE = new RegExp(String.raw`(?:^|[\s'’_-])${DEVICE_WORD}(?=$|[\s'’_\-)\d])`, 'iu');
const HOSTNAME = /^(?:DESKTOP|LAPTOP|WIN|PC|MACBOOK|IPHONE|IPAD|ANDROID)-[A-Z0-9]{4,}$/iu;
// Dial-in callers appear as their number, or as Zoom's "Call-In User".
const PHONE_NUMBER = /^\+?[\d\s().-]{7,}$/u;
const CALL_IN_USER = /^call[-\s]?in\s+user(?:[\s_#-]*\d+)?$/iu;
const OWNER_BEFORE = new RegExp(String.raw`^(.+?)['’]s\s+${DEVICE_WORD}\b`, 'iu');
const OWNER_AFTER = new RegExp(String.raw`^${DEVICE_WORD}\s+(?:de|di|da|von|van|of|do|del)\s+(.+)$`, 'iu');

export interface DeviceInfo {
  isDevice: boolean;
  ownerHint?: string;
}

/** Whether a screen name is a device, a room or a phone number rather than a person's name, and whose it says it is. */
export function deviceInfo(name: string): DeviceInfo {
  const trimmed = name.trim();
  const digits = trimmed.replace(/\D/gu, '').length;
  const isDevice = DEVICE.test(trimmed) || HOSTNAME.test(trimmed) || CALL_IN_USER.test(trimmed) || (PHONE_NUMBER.test(trimmed) && digits >= 7);
  if (!isDevice) return { isDevice: false };
  const owner = (OWNER_BEFORE.exec(trimmed)?.[1] ?? OWNER_AFTER.exec(trimmed)?.[1])?.trim();
  return owner ? { isDevice: true, ownerHint: owner } : { isDevice: true };
}
