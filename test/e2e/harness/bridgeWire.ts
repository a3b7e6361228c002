/**
 * How a request travels from the page's bridge worker to main's handlers. Plain
 * JSON would escape an autosave's 250–400 KB `meetingJson` string (itself JSON:
 * every quote escaped) and main would parse it back, ~2–5 ms per save that
 * Electron's IPC does not spend (a structured clone copies a string as it is).
 * So long, well-formed strings go after the JSON, raw, and the JSON holds
 * `{"\u0000raw": i}` in their place; anything else is plain JSON text as before.
 *
 *   RAW1 <json length> <raw 0 length> <raw 1 length>…\n<json><raw 0><raw 1>…
 *
 * Lengths count UTF-16 code units, which the UTF-8 trip through fetch keeps for well-formed strings.
 */
const RAW_KEY = '\u0000raw';
const RAW_MAGIC = 'RAW1 ';
/** Shorter strings cost less to escape than to carry apart. */
export const RAW_MIN_LENGTH = 16_384;

/** The encoder as source for the worker script (a page worker cannot import modules of this repo). */
export const ENCODE_REQUEST_SOURCE = `function encodeRequest(request) {
  const raws = [];
  const json = JSON.stringify(request === undefined ? {} : request, (key, value) =>
    typeof value === 'string' && value.length >= ${RAW_MIN_LENGTH} && value.isWellFormed()
      ? { ${JSON.stringify(RAW_KEY)}: raws.push(value) - 1 } : value);
  if (raws.length === 0) return json;
  return ${JSON.stringify(RAW_MAGIC)} + [json.length, ...raws.map((raw) => raw.length)].join(' ') + '\\n' + json + raws.join('');
}`;

function isRawPlaceholder(value: unknown): value is Record<typeof RAW_KEY, number> {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[RAW_KEY] === 'number';
}

/** The request the page sent, from either form of the body. */
export function decodeRequestText(text: string): unknown {
  if (!text.startsWith(RAW_MAGIC)) return JSON.parse(text);
  const headerEnd = text.indexOf('\n');
  const [jsonLength = NaN, ...rawLengths] = text.slice(RAW_MAGIC.length, headerEnd).split(' ').map(Number);
  let at = headerEnd + 1 + jsonLength;
  const json = text.slice(headerEnd + 1, at);
  const raws = rawLengths.map((length) => text.slice(at, (at += length)));
  if (!Number.isInteger(jsonLength) || at !== text.length) throw new Error('The bridge request body is cut short or mislabelled.');
  return JSON.parse(json, (_key, value: unknown) => (isRawPlaceholder(value) ? raws[value[RAW_KEY]] : value));
}
