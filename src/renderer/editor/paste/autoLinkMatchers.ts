import { autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { openableUrl } from './linkUrls';

/** Lexical's matcher, but only for addresses the app would open, and with the address in its checked form. */
function openableOnly(matcher: LinkMatcher): LinkMatcher {
  return (text) => {
    const match = matcher(text);
    if (!match) return null;
    const url = openableUrl(match.url);
    return url ? { ...match, url } : null;
  };
}

/** Typed or pasted web addresses (http, https, www.) and e-mail addresses become links. */
export const notesLinkMatchers: LinkMatcher[] = [openableOnly(autoLinkUrlMatcher), openableOnly(autoLinkEmailMatcher)];
