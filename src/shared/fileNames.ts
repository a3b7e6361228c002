/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BASE_LENGTH = 120;

/**
 * A file name built from a meeting title that is safe on every platform:
 * no folder separators or traversal, no characters Windows forbids, no
 * reserved device names, no trailing dots or spaces, and a bounded length.
 */
export function safeFileName(title: string, extension: string, fallback = 'Untitled meeting'): string {
  let base = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (base.length > MAX_BASE_LENGTH) base = Array.from(base).slice(0, MAX_BASE_LENGTH).join('').trim();
  if (base === '') base = fallback;
  if (RESERVED.test(base.split('.')[0] ?? '')) base = `_${base}`;
  return `${base}${extension.startsWith('.') ? extension : `.${extension}`}`;
}

/** The name a new meeting file is offered under: "WG-Strategy Online Meeting 60". */
export function suggestedMeetingName(parts: { groupShortName: string; seriesName: string; number?: number | undefined }): string {
  return [parts.groupShortName, parts.seriesName, parts.number?.toString()].filter((part) => part && part.trim() !== '').join(' ');
}
