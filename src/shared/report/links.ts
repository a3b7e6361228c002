/**
 * Only addresses a reader can safely follow become live links, in the preview,
 * the email HTML and the .docx alike. "javascript:" and "data:" could run code in
 * a preview; "file:" reaches into the reader's disk; "#" is what a converted
 * document leaves when the address was lost. Those stay plain text. (The
 * system-browser check in src/shared/links/externalUrl.ts applies the same policy.)
 */

/** The host part may not hold "@": "https://bank.example@evil.example" reads as one site and opens another. */
const SAFE_ADDRESS = /^(?:https?:\/\/[^\s\u0000-\u001F\u007F/?#@]+(?:[/?#][^\s\u0000-\u001F\u007F]*)?|mailto:[^\s\u0000-\u001F\u007F]+)$/i;

/** The address trimmed, if it is an http(s) or mailto address; otherwise undefined. */
export function safeLinkTarget(address: string | null | undefined): string | undefined {
  const trimmed = (address ?? '').trim();
  return SAFE_ADDRESS.test(trimmed) ? trimmed : undefined;
}
