import { autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { openableUrl } from './linkUrls';

/**
 * Lexical's matcher, but only for addresses the app would open, and with the address in its checked form.
 * `mayMatch` is a cheap test that every text the matcher could match passes: Lexical runs the matchers on
 * each text node it creates or changes (the whole notes when a meeting opens), and its e-mail pattern is
 * slow to fail on a long paragraph without an "@".
 */
function openableOnly(matcher: LinkMatcher, mayMatch: (text: string) => boolean): LinkMatcher {
  return (text) => {
    if (!mayMatch(text)) return null;
    const match = matcher(text);
    if (!match) return null;
    const url = openableUrl(match.url);
    return url ? { ...match, url } : null;
  };
}

// Lexical's URL pattern starts with "http://", "https://" or "www." (case as written); its e-mail pattern needs an "@".
const MAY_BE_URL = /https?:\/\/|www\./u;

const mayBeUrl = (text: string) => MAY_BE_URL.test(text);
const mayBeEmail = (text: string) => text.includes('@');

/** Whether any of notesLinkMatchers could match in this text, or in any part of it. */
export function mayHoldLink(text: string): boolean {
  return mayBeEmail(text) || mayBeUrl(text);
}

/** Typed or pasted web addresses (http, https, www.) and e-mail addresses become links. */
export const notesLinkMatchers: LinkMatcher[] = [
  openableOnly(autoLinkUrlMatcher, mayBeUrl),
  openableOnly(autoLinkEmailMatcher, mayBeEmail),
];
