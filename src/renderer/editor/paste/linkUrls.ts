import { checkExternalUrl } from '../../../shared/links/externalUrl';

/**
 * Which addresses may become links in the notes. The rule is the main
 * process's own (checkExternalUrl): a link is kept only if the app would open
 * it, so the notes and the saved file never hold a javascript:, file: or
 * relative link, whatever was pasted, typed or detected.
 */
export function openableUrl(candidate: string | null | undefined): string | null {
  if (typeof candidate !== 'string' || candidate.trim() === '') return null;
  const checked = checkExternalUrl(candidate);
  return checked.ok ? unwrapSafeLink(checked.url) : null;
}

const SAFE_LINKS_HOST = /(^|\.)safelinks\.protection\.outlook\.com$/i;

/**
 * Outlook's "Safe Links" wrap every address in a redirect that expires and
 * hides where it goes; the report needs the address itself, which the
 * redirect carries in its `url` parameter. Anything else is left as it is.
 */
export function unwrapSafeLink(url: string): string {
  const parsed = new URL(url);
  if (!SAFE_LINKS_HOST.test(parsed.hostname)) return url;
  const inner = parsed.searchParams.get('url');
  const checked = inner ? checkExternalUrl(inner) : null;
  return checked?.ok && !SAFE_LINKS_HOST.test(new URL(checked.url).hostname) ? checked.url : url;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LOOKS_LIKE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/** What the rapporteur meant by a typed address: "www.x.org" is https, "a@b.org" is mail. */
export function urlFromTypedText(typed: string): string {
  const text = typed.trim();
  if (HAS_SCHEME.test(text) && !/^[^:]+:\d/.test(text)) return text;
  if (LOOKS_LIKE_EMAIL.test(text)) return `mailto:${text}`;
  return `https://${text}`;
}

export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

/** The link dialog's check: the typed address completed, then held to the same rule as every link. */
export function checkTypedLink(typed: string): LinkCheck {
  if (typed.trim() === '') return { ok: false, reason: 'Type a web or e-mail address.' };
  const checked = checkExternalUrl(urlFromTypedText(typed));
  return checked.ok ? checked : { ok: false, reason: `This address cannot be a link: ${checked.reason}.` };
}

/** The clipboard's plain text when it is one openable address and nothing else (pasting it over a selection links the selection). */
export function singleUrlIn(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed) || !/^(https?:\/\/|mailto:)/i.test(trimmed)) return null;
  return openableUrl(trimmed);
}
