/**
 * Reads the few facts a pasted element's `style` attribute may tell us —
 * emphasis, white-space handling, hidden content and Word's list markers —
 * from the raw attribute text. The raw text is used because browsers drop
 * properties they do not know (`mso-list`) from `element.style`, and because
 * the style itself is never kept.
 */

export interface WordListLevel {
  /** Word's list id ("l0"): paragraphs of different lists never join one list. */
  listId: string;
  /** 1 for top-level items. */
  level: number;
}

export interface StyleFacts {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  preserveWhitespace?: boolean;
  /** Not shown by the source (display:none, Word's mso-hide:all): not pasted either. */
  hidden?: boolean;
  /** Word's generated list marker ("1.", "·"), which the editor's lists replace. */
  wordListMarker?: boolean;
  wordListLevel?: WordListLevel;
  /** Word writes a tab as a span of no-break spaces marked `mso-tab-count`: it stands for one gap. */
  wordTab?: boolean;
}

/** The declarations of a style attribute, lower-cased property names, without `!important`. */
export function parseStyleAttribute(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important/i, '').replace(/\s+/g, ' ').trim();
    if (property !== '' && value !== '') declarations.set(property, value);
  }
  return declarations;
}

function fontWeightIsBold(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (lower === 'bold' || lower === 'bolder') return true;
  if (lower === 'normal' || lower === 'lighter') return false;
  const numeric = Number.parseInt(lower, 10);
  return Number.isNaN(numeric) ? undefined : numeric >= 600;
}

function fontStyleIsItalic(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (lower.startsWith('italic') || lower.startsWith('oblique')) return true;
  return lower === 'normal' ? false : undefined;
}

function decorationFacts(value: string): Pick<StyleFacts, 'underline' | 'strike'> {
  const words = value.toLowerCase().split(/\s+/);
  if (words.includes('none')) return { underline: false, strike: false };
  const facts: Pick<StyleFacts, 'underline' | 'strike'> = {};
  if (words.includes('underline')) facts.underline = true;
  if (words.includes('line-through')) facts.strike = true;
  return facts;
}

function whiteSpaceIsPreserved(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (/^(pre|pre-wrap|pre-line|break-spaces)$/.test(lower)) return true;
  return lower === 'normal' || lower === 'nowrap' ? false : undefined;
}

/** `mso-list: l0 level2 lfo1` → list l0, level 2; `mso-list: Ignore` marks the generated marker. */
function wordListFacts(value: string): Pick<StyleFacts, 'wordListMarker' | 'wordListLevel'> {
  if (/^ignore$/i.test(value)) return { wordListMarker: true };
  const match = /^(l\d+)\s+level(\d+)/i.exec(value);
  if (!match) return {};
  return { wordListLevel: { listId: match[1]!.toLowerCase(), level: Math.min(Math.max(Number(match[2]), 1), 9) } };
}

function setIfKnown<K extends keyof StyleFacts>(facts: StyleFacts, key: K, value: StyleFacts[K] | undefined): void {
  if (value !== undefined) facts[key] = value;
}

export function styleFacts(style: string | null): StyleFacts {
  const facts: StyleFacts = {};
  if (!style) return facts;
  const declarations = parseStyleAttribute(style);
  const weight = declarations.get('font-weight');
  if (weight) setIfKnown(facts, 'bold', fontWeightIsBold(weight));
  const fontStyle = declarations.get('font-style');
  if (fontStyle) setIfKnown(facts, 'italic', fontStyleIsItalic(fontStyle));
  const decoration = declarations.get('text-decoration-line') ?? declarations.get('text-decoration');
  if (decoration) Object.assign(facts, decorationFacts(decoration));
  const whiteSpace = declarations.get('white-space');
  if (whiteSpace) setIfKnown(facts, 'preserveWhitespace', whiteSpaceIsPreserved(whiteSpace));
  const display = declarations.get('display')?.toLowerCase();
  const visibility = declarations.get('visibility')?.toLowerCase();
  if (display === 'none' || visibility === 'hidden' || declarations.get('mso-hide')?.toLowerCase() === 'all') facts.hidden = true;
  if (declarations.has('mso-tab-count')) facts.wordTab = true;
  const msoList = declarations.get('mso-list');
  if (msoList) Object.assign(facts, wordListFacts(msoList));
  return facts;
}
