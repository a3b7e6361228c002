/**
 * XML 1.0 forbids some characters outright; the docx library writes them as they
 * are, and Word and LibreOffice then refuse to open the file. Pasted text brings
 * them in (form feeds from PDFs, NULs from broken encodings, half an emoji from a
 * truncated clipboard), so every string is cleaned before it reaches a report.
 */

/** Line ends become "\n": XML would keep a "\r", and writers only understand "\n". */
const CARRIAGE_RETURNS = /\r\n?/g;
/** C0 controls other than tab and line feed, and the two non-characters U+FFFE and U+FFFF. */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character one of the three above could change: most strings have none, and are kept as they are after one scan. */
const MAYBE_UNCLEAN = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The string without the characters XML 1.0 forbids; everything else (any script, emoji, combining marks) is kept. */
export function sanitizeText(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(CARRIAGE_RETURNS, '\n').replace(FORBIDDEN_CHARACTERS, '').replace(LONE_SURROGATES, '');
}

/** A copy of a JSON-like value with every string (keys too) sanitised. */
export function sanitizeDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // Assigning "__proto__" would replace the copy's prototype instead of adding a field.
      if (key !== '__proto__') copy[sanitizeText(key)] = cleanValue((value as Record<string, unknown>)[key]);
    }
    return copy;
  }
  return value;
}
