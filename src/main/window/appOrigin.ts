/** The renderer is served from a privileged custom scheme, never file:// or http(s). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapporteur';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a URL of the app's own origin. Parsed with URL, so "app://rapporteur.evil" does not pass. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
