const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Whether a link from the notes may be handed to the system browser: only
 * http, https and mailto, parsed with the URL class (never matched as text),
 * without credentials, and of a sane length.
 */
export function checkExternalUrl(candidate: string): ExternalUrlCheck {
  if (candidate.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'the address is too long to be a real link' };
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return { ok: false, reason: 'it is not a complete web or e-mail address' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return { ok: false, reason: `"${url.protocol}" links are not opened, only http, https and mailto` };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'addresses with a user name or password are not opened' };
  if (url.protocol !== 'mailto:' && url.hostname === '') return { ok: false, reason: 'the address has no host' };
  return { ok: true, url: url.href };
}
