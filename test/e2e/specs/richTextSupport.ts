import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedNote } from '../../../src/shared/meeting/notesSchema';
import { expect, type AppHarness } from '../harness/appFixture';
import { waitForCaretToSettle } from '../harness/caret';

/** Shared steps of the rich-text, paste, find and link specs (not a spec itself: Playwright runs *.spec.ts only). */

const FIXTURES = join(__dirname, '../../fixtures/clipboard');

export function readClipboardFixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), 'utf8');
}

/** A real paste event at the caret, carrying what a program put on the clipboard (Lexical reads event.clipboardData). */
export async function paste(app: AppHarness, data: Record<string, string>): Promise<void> {
  await app.notes().evaluate((root, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/**
 * Lets the page handle the selectionchange of keys that only move the caret.
 * Lexical reads the caret for Enter and Tab from its own state, which the
 * browser updates a task later; a script types faster than that, a person
 * does not.
 */
/** Waits until the editor holds the caret the browser moved, then for one frame. */
export async function settle(app: AppHarness): Promise<void> {
  await waitForCaretToSettle(app.notes());
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

export interface SavedMeeting {
  raw: string;
  notes: SerializedNote[];
}

/**
 * Saves with Ctrl+S and reads the file back. A new meeting's first save asks
 * where (answered with `fileName` in the test's folder); after that, the file
 * is the one the window title names.
 */
export async function saveMeeting(app: AppHarness, fileName: string): Promise<SavedMeeting> {
  const title = await app.page.title();
  const untitled = title.includes('Untitled meeting');
  const path = join(app.documentsDir, untitled ? fileName : title.replace(/^• /, '').split(' — ')[0]!);
  if (untitled) app.dialogs.answerNextSave(path);
  // "Saved" may still show from an earlier autosave: wait for the write this Save asked for.
  const sentBefore = app.requests.length;
  await app.page.keyboard.press('Control+S');
  const saveName = untitled ? 'saveMeetingAs' : 'autosaveMeeting';
  await expect.poll(() => app.requests.slice(sentBefore).some((request) => request.name === saveName && request.done), { message: `${saveName} answered` }).toBe(true);
  await expect(app.page.getByTestId('save-status')).toContainText('Saved');
  await expect(app.page).not.toHaveTitle(/^• /);
  const raw = await readFile(path, 'utf8');
  return { raw, notes: JSON.parse(raw).meeting.notes.root.children };
}

/** Opens a meeting written for the test: an agenda and notes given as Lexical nodes. */
export async function openMeeting(app: AppHarness, agenda: Array<{ id: string; title: string }>, notes: SerializedNote[]): Promise<void> {
  const path = join(app.documentsDir, 'prepared.minutes');
  const meeting = {
    metadata: { groupTitle: 'WG-Strategy', groupLongName: '', groupShortName: 'WG-Strategy', seriesName: 'Online Meeting' },
    participants: [], agenda: agenda.map((item) => ({ ...item, children: [] })), links: [],
    notes: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: notes } },
  };
  await writeFile(path, `${JSON.stringify({ app: 'Rapporteur', formatVersion: 1, minReaderVersion: 1, meeting })}\n`);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page).toHaveTitle(/prepared\.minutes/);
}

/** Opens a meeting file written by a newer version of the app (format 3), which this one opens read-only. */
export async function openNewerVersionMeeting(app: AppHarness, notes: SerializedNote[]): Promise<void> {
  const path = join(app.documentsDir, 'newer.minutes');
  await writeFile(path, `${JSON.stringify({
    app: 'Rapporteur', formatVersion: 3, minReaderVersion: 1,
    meeting: {
      metadata: { groupTitle: 'Future group', groupLongName: '', groupShortName: 'FG', seriesName: 'Online Meeting' },
      participants: [], agenda: [], links: [],
      notes: { root: { type: 'root', version: 1, children: notes } },
    },
  })}\n`);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page.getByTestId('save-status')).toContainText('Read-only');
}

export const text = (value: string, format = 0): SerializedNote => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
export const paragraph = (...children: SerializedNote[]): SerializedNote => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children });
export const heading = (itemId: string): SerializedNote => ({ type: 'agenda-heading', version: 1, itemId });
export const link = (url: string, words: string): SerializedNote => (
  { type: 'link', version: 1, url, rel: 'noreferrer', target: null, title: null, direction: null, format: '', indent: 0, children: [text(words)] }
);

function inlineText(node: SerializedNote): string {
  return (node.children ?? []).map((child) => {
    if (child.type === 'text' || child.type === 'tab') return String(child['text'] ?? '\t');
    if (child.type === 'linebreak') return '⏎';
    if (child.type === 'link' || child.type === 'autolink') return `[${inlineText(child)}](${String(child['url'])})`;
    return `<${child.type}>`;
  }).join('');
}

/**
 * The saved notes as readable lines: a paragraph's text (links as [text](url)),
 * list items as "* " or "1. " indented by level, headings as "# item-id".
 */
export function outline(nodes: readonly SerializedNote[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'agenda-heading') return [`# ${String(node['itemId'])}`];
    if (node.type !== 'list') return [inlineText(node)];
    return (node.children ?? []).flatMap((item) => {
      const nested = item.children?.[0]?.type === 'list' ? item.children : null;
      if (nested) return outline(nested, depth + 1);
      return [`${'  '.repeat(depth)}${node['listType'] === 'number' ? '1.' : '*'} ${inlineText(item)}`];
    });
  });
}

/** Text runs that carry a format, as "text|bits" (1 bold, 2 italic, 4 strike, 8 underline). */
export function formattedRuns(nodes: readonly SerializedNote[]): string[] {
  return nodes.flatMap((node) => {
    const own = node.type === 'text' && node['format'] !== 0 ? [`${String(node['text'])}|${String(node['format'])}`] : [];
    return [...own, ...formattedRuns(node.children ?? [])];
  });
}

const ALLOWED_TYPES = new Set(['text', 'linebreak', 'tab', 'paragraph', 'list', 'listitem', 'link', 'autolink', 'agenda-heading', 'speaker-mention']);
const FORBIDDEN_IN_FILE = [
  'evil.invalid', 'tracker.invalid', 'googleusercontent', 'javascript', 'vbscript', 'data:text', 'file:', 'cid:', 'alert(',
  '<script', '<iframe', '<img', 'onerror', 'onclick', 'onload', 'mso-', 'font-family', 'background',
];

/** What a saved file must never hold after a paste: other node types, styles, links that would not open, anything of the source's markup. */
export function expectCleanSavedNotes(saved: SavedMeeting): void {
  for (const needle of FORBIDDEN_IN_FILE) expect(saved.raw, `the saved file contains "${needle}"`).not.toContain(needle);
  const walk = (node: SerializedNote): void => {
    expect(ALLOWED_TYPES.has(node.type), `node type ${node.type}`).toBe(true);
    if (node.type === 'text') expect(node['style']).toBe('');
    if (node.type === 'link' || node.type === 'autolink') expect(String(node['url'])).toMatch(/^(https?:\/\/|mailto:)/);
    for (const key of ['class', 'src', 'html', 'srcset']) expect(node).not.toHaveProperty(key);
    node.children?.forEach(walk);
  };
  saved.notes.forEach(walk);
}

const FORBIDDEN_ELEMENTS = 'script, style, iframe, object, embed, svg, math, video, audio, picture, source, form, input, button, textarea, font, marquee, img[src], img[srcset], link, meta, base';

/** The editor's DOM after a paste: none of the source's elements, event handlers, inline styles, classes or non-web links. */
export async function expectCleanEditorDom(app: AppHarness): Promise<void> {
  const problems = await app.notes().evaluate((root, forbidden) => {
    const found: string[] = [...root.querySelectorAll(forbidden)].map((element) => `<${element.localName}>`);
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('[data-lexical-decorator]')) continue;
      for (const attribute of element.attributes) {
        const { name, value } = attribute;
        if (name.startsWith('on') || ['src', 'srcset', 'poster', 'action', 'formaction', 'ping', 'background', 'style'].includes(name)) found.push(`${element.localName}[${name}]`);
        if (name === 'href' && !/^(https?:\/\/|mailto:)/.test(value)) found.push(`href=${value}`);
        if (name === 'class' && value.split(/\s+/).some((name) => name !== '' && !name.startsWith('notes-'))) found.push(`class=${value}`);
      }
    }
    return found;
  }, FORBIDDEN_ELEMENTS);
  expect(problems).toEqual([]);
}
