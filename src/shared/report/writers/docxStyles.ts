import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions, type IStylesOptions } from 'docx';
import { levelFormat, MAX_LIST_LEVEL, type NumberFormat } from '../listMarkers';
import type { ListStyle } from '../model';

/**
 * The Word styles and numbering of the report. Readers restyle a report by
 * editing Title, Heading 1–3 and Normal; lists are Word lists, so renumbering
 * after an edit is Word's job, not the rapporteur's.
 */

const LATIN_FONT = 'Calibri';
/** Arial carries Arabic and Hebrew on every Windows and macOS machine. */
const COMPLEX_SCRIPT_FONT = 'Arial';
const CODE_FONT = 'Consolas';

/** A CJK font that writes the language's own glyph forms; Chinese forms by default. */
function eastAsianFont(locale: string): string {
  const tag = locale.toLowerCase();
  if (tag.startsWith('ja')) return 'Yu Gothic';
  if (tag.startsWith('ko')) return 'Malgun Gothic';
  if (/^zh-(hant|tw|hk|mo)/.test(tag)) return 'Microsoft JhengHei';
  return 'Microsoft YaHei';
}

const EAST_ASIAN_LANGUAGES = /^(ja|ko|zh)\b/i;
const RIGHT_TO_LEFT_LANGUAGES = /^(ar|he|fa|ur|ps|sd|yi|dv|ug|ckb)\b/i;

/** Word's proofing and font choice follow w:lang, one value per script family. */
function documentLanguage(locale: string) {
  return {
    value: locale,
    ...(EAST_ASIAN_LANGUAGES.test(locale) ? { eastAsia: locale } : {}),
    ...(RIGHT_TO_LEFT_LANGUAGES.test(locale) ? { bidirectional: locale } : {}),
  };
}

export function codeFont() {
  return { ascii: CODE_FONT, hAnsi: CODE_FONT };
}

export const TITLE_STYLE = { group: 'Title', kind: 'Title', series: 'Subtitle', date: 'Subtitle', draft: 'DraftMarker' } as const;

const heading = (size: number, outlineLevel: number, before: number) => ({
  run: { bold: true, size },
  paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
});

export function reportStyles(locale: string): IStylesOptions {
  const centred = { alignment: AlignmentType.CENTER, spacing: { after: 80 } };
  return {
    default: {
      document: {
        run: {
          font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: eastAsianFont(locale), cs: COMPLEX_SCRIPT_FONT },
          size: 22,
          language: documentLanguage(locale),
        },
        paragraph: { spacing: { after: 160, line: 264 } },
      },
      title: { run: { bold: true, size: 32 }, paragraph: centred },
      heading1: heading(28, 0, 360),
      heading2: heading(24, 1, 240),
      heading3: heading(22, 2, 200),
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26 }, paragraph: centred },
      { id: 'DraftMarker', name: 'Draft Marker', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 28, color: 'C00000' }, paragraph: centred },
    ],
  };
}

const WORD_FORMATS: Readonly<Record<NumberFormat, (typeof LevelFormat)[keyof typeof LevelFormat]>> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  bullet: LevelFormat.BULLET,
};

/** The numbering reference of a list style starting at a number. */
export function numberingReference(style: ListStyle, start: number): string {
  return `${style}-from-${start}`;
}

/** One numbering definition per list style and start number the report uses, with the markers of listMarkers.ts. */
export function reportNumbering(used: ReadonlyArray<{ style: ListStyle; start: number }>): INumberingOptions {
  const seen = new Map(used.map((entry) => [numberingReference(entry.style, entry.start), entry]));
  return {
    config: [...seen].map(([reference, { style, start }]) => ({
      reference,
      levels: Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => wordLevel(style, start, level)),
    })),
  };
}

function wordLevel(style: ListStyle, start: number, level: number): ILevelsOptions {
  const { format, suffix, bullet } = levelFormat(style, level);
  return {
    level,
    format: WORD_FORMATS[format],
    text: format === 'bullet' ? bullet : `%${level + 1}${suffix}`,
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  };
}
