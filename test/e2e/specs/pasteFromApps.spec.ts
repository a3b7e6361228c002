import { expect, test, type AppHarness } from '../harness/appFixture';
import { pressCaretKey } from '../harness/caret';
import {
  expectCleanEditorDom, expectCleanSavedNotes, formattedRuns, heading, openMeeting, outline, paragraph, paste,
  readClipboardFixture, saveMeeting, text,
} from './richTextSupport';


// Format bits in the saved file: 1 bold, 2 italic, 8 underline.
interface AppCase {
  fixture: string;
  outline: string[];
  formatted: string[];
  /** Text of a list item the editor must show nested inside another list. */
  nestedItem: string;
}

const APPS: Record<string, AppCase> = {
  'Word for Windows': {
    fixture: 'word-windows.html',
    outline: [
      'Outcomes of the II Open Consultations',
      'Chris gave an update on the II Open Consultations and the MAG meeting; the full summary is on the [IGF website](https://www.intgovforum.org/en/content/igf-2023-second-open-consultations-and-mag-meeting).',
      '* Intersessional work to be reflected in the programme',
      '  * Best Practice Forums',
      '  * Policy Networks',
      '    * Policy Network on Artificial Intelligence',
      '* Dynamic Coalitions',
      'Decision: the Secretariat will  circulate the summary.',
      '1. Circulate the draft summary',
      '1. Collect comments',
      '  1. from MAG members',
      '  1. from the Secretariat',
      '1. Publish',
    ],
    formatted: ['Outcomes of the II Open Consultations|1', 'II Open Consultations|2', 'MAG meeting|8', 'Decision:|1', 'Secretariat|2'],
    nestedItem: 'Policy Network on Artificial Intelligence',
  },
  'Word for Mac': {
    fixture: 'word-mac.html',
    outline: [
      '1. Policy Brief on the [Global Digital Compact](https://www.un.org/techenvoy/global-digital-compact)',
      '  1. Comments due 31 July',
      '    1. by e-mail to the co-facilitators',
      '  1. Draft to be shared with the MAG list',
      '1. Public discussion on GDC and WSIS+20',
      'Participants raised three points:',
      '* timing',
      '* outreach to stakeholders',
    ],
    formatted: ['31 July|1', 'co-facilitators|2', 'MAG list|8'],
    nestedItem: 'by e-mail to the co-facilitators',
  },
  'Google Docs': {
    fixture: 'google-docs.html',
    outline: [
      'Update from the IGF Secretariat',
      'Chengetai reported that registration for the Kyoto meeting is open; details are on the [IGF 2023 page](https://www.intgovforum.org/en/igf-2023).',
      '* Host country arrangements',
      '  * visas',
      '  * venue (Kyoto International Conference Center)',
      '* Remote participation hubs',
      '1. Finalise the schedule',
      '  1. main sessions',
      '  1. open forums',
      '1. Publish the programme',
      'Next call: 20 July, 14:00 UTC.',
    ],
    // The wrapper's <b style="font-weight:normal"> bolds nothing; the link's underline is the link's own look.
    formatted: ['Update from the IGF Secretariat|1', 'registration|2', 'open|8', ' (Kyoto International Conference Center)|2', 'Remote participation hubs|1', '20 July|3'],
    nestedItem: 'open forums',
  },
  Outlook: {
    fixture: 'outlook.html',
    outline: [
      'Dear WG-Strategy members,',
      'Following our call, please note the three action items below and send comments to [secretariat@intgovforum.org](mailto:secretariat@intgovforum.org) by Friday:',
      // The Safe Links redirect is replaced by the address it stands for.
      '* Review the [WG-Strategy page](https://www.intgovforum.org/en/content/wg-strategy)',
      '  * especially the terms of reference',
      '* Confirm the date of the next call',
      '* Nominate a rapporteur',
      'Valeria Betancourt',
      'Co-facilitator, WG-Strategy',
      'From: Chris Buckridge <chris@example.org>⏎Sent: Thursday, July 20, 2023 4:02 PM⏎Subject: WG-Strategy call',
    ],
    formatted: ['three action items|1', 'especially|2', 'rapporteur|8', 'Valeria Betancourt|1', 'From:|1', 'Sent:|1', 'Subject:|1'],
    nestedItem: 'especially the terms of reference',
  },
  'a web page': {
    fixture: 'web-page.html',
    outline: [
      'Summary of resolutions',
      '1. [Resolution 1](https://www.w3.org/2023/07/20-igf-minutes.html#r01): the group adopts the work plan',
      '1. The draft goes to the MAG',
      '  * with the annex',
      '  * without the budget table[1](https://www.w3.org/2023/07/20-igf-minutes.html#fn1)',
      'Scribe: timea, present: 8 of 12 members.',
      'Hosted by W3C',
      'Next meeting',
      '3 August',
    ],
    formatted: ['adopts|1', 'annex|2', 'timea|1'],
    nestedItem: 'with the annex',
  },
};

async function pasteFixture(app: AppHarness, fixture: string, plain = 'the plain-text version'): Promise<void> {
  await paste(app, { 'text/html': await readClipboardFixture(fixture), 'text/plain': plain });
}

for (const [program, expected] of Object.entries(APPS)) {
  test(`paste from ${program} keeps paragraphs, nested lists, links and emphasis, and nothing else`, async ({ app }) => {
    await app.notes().click();
    await pasteFixture(app, expected.fixture);
    // Real nested list elements in the editor, not indented paragraphs.
    await expect(app.notes().locator('li.notes-li--nested > :is(ul, ol) > li:not(.notes-li--nested)', { hasText: expected.nestedItem })).toHaveCount(1);
    await expectCleanEditorDom(app);
    const saved = await saveMeeting(app, 'pasted.minutes');
    expect(outline(saved.notes)).toEqual(expected.outline);
    expect(formattedRuns(saved.notes)).toEqual(expected.formatted);
    expectCleanSavedNotes(saved);
    expect(app.blockedRequests).toEqual([]);
  });
}

test('a hostile page\'s scripts, frames, objects, handlers, script links and remote images reach neither the editor nor the file', async ({ app }) => {
  await app.notes().click();
  await pasteFixture(app, 'hostile-page.html');
  await pressCaretKey(app.page, app.notes(), 'Control+End');
  await app.page.keyboard.press('Enter');
  // The same attacks through Lexical's own clipboard format, which any page can also write.
  await paste(app, { 'application/x-lexical-editor': await readClipboardFixture('hostile-lexical.json'), 'text/plain': 'x' });
  await expectCleanEditorDom(app);
  const saved = await saveMeeting(app, 'hostile.minutes');
  expect(outline(saved.notes)).toEqual([
    'Safe text before bold survives and a scripted link.',
    'Tricky schemes: spaced, tabbed, encoded, data, vb, file, relative, and [a real link](https://www.intgovforum.org/en).',
    'Summary kept',
    'Details kept',
    'Styled overlay font tag.',
    '* List item [with link](https://www.intgovforum.org/en/about)',
    'Marquee text [download link](https://www.intgovforum.org/)',
    'Safe text after.',
    'Lexical payload text unlinked words',
    'embedded words',
  ]);
  expect(formattedRuns(saved.notes)).toEqual(['bold survives|1', 'Lexical payload text|1']);
  expectCleanSavedNotes(saved);
  expect(app.blockedRequests).toEqual([]);
});

test('hostile HTML dropped from another program is cleaned like a paste', async ({ app }) => {
  await app.notes().click();
  await app.page.keyboard.type('Dropped here: ');
  await app.notes().evaluate((root, html) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', html);
    transfer.setData('text/plain', 'dropped');
    root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromDrop', dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, await readClipboardFixture('hostile-page.html'));
  await expect(app.notes()).toContainText('Safe text after.');
  await expectCleanEditorDom(app);
  const saved = await saveMeeting(app, 'dropped.minutes');
  expect(outline(saved.notes)[0]).toBe('Dropped here: Safe text before bold survives and a scripted link.');
  expectCleanSavedNotes(saved);
  expect(app.blockedRequests).toEqual([]);
});

test('a pasted phrase joins the paragraph at the caret, and undo takes the paste back in one step', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('The chair thanked  for the update.');
  for (let i = 0; i < 'for the update.'.length + 1; i += 1) await page.keyboard.press('ArrowLeft');
  await paste(app, {
    'text/html': '<meta charset=\'utf-8\'><span style="color: rgb(32, 33, 36); font-family: Arial; font-size: 14px; font-weight: 700;">Chengetai Masango</span>',
    'text/plain': 'Chengetai Masango',
  });
  await expect(app.notes().locator('p')).toHaveText(['The chair thanked Chengetai Masango for the update.']);
  await expect(app.notes().locator('strong')).toHaveText('Chengetai Masango');
  await page.keyboard.press('Control+Z');
  await expect(app.notes().locator('p')).toHaveText(['The chair thanked  for the update.']);
  await page.keyboard.press('Control+Shift+Z');
  await expect(app.notes().locator('p')).toHaveText(['The chair thanked Chengetai Masango for the update.']);
});

test('plain text pastes as paragraphs and its addresses become links', async ({ app }) => {
  await app.notes().click();
  await paste(app, { 'text/plain': 'Slides: https://www.intgovforum.org/en/wg-strategy\nQuestions to secretariat@intgovforum.org\njavascript:alert(1) stays text' });
  const saved = await saveMeeting(app, 'plain.minutes');
  expect(outline(saved.notes)).toEqual([
    'Slides: [https://www.intgovforum.org/en/wg-strategy](https://www.intgovforum.org/en/wg-strategy)',
    'Questions to [secretariat@intgovforum.org](mailto:secretariat@intgovforum.org)',
    'javascript:alert(1) stays text',
  ]);
});

test('pasting into a section keeps every agenda heading, even over a selection that spans them', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [{ id: 'item-1', title: 'Policy Brief on GDC' }, { id: 'item-2', title: 'AoB' }], [
    heading('item-1'), paragraph(text('Notes on the brief.')), heading('item-2'), paragraph(text('Any other business.')),
  ]);
  await app.notes().getByText('Notes on the brief.').click();
  await pressCaretKey(page, app.notes(), 'End');
  await page.keyboard.press('Enter');
  await pasteFixture(app, 'word-mac.html');
  let saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual([
    '# item-1', 'Notes on the brief.',
    '1. Policy Brief on the [Global Digital Compact](https://www.un.org/techenvoy/global-digital-compact)',
    '  1. Comments due 31 July', '    1. by e-mail to the co-facilitators', '  1. Draft to be shared with the MAG list',
    '1. Public discussion on GDC and WSIS+20', 'Participants raised three points:', '* timing', '* outreach to stakeholders',
    '# item-2', 'Any other business.',
  ]);

  await page.keyboard.press('Control+A');
  await pasteFixture(app, 'google-docs.html');
  saved = await saveMeeting(app, 'prepared.minutes');
  const headings = outline(saved.notes).filter((line) => line.startsWith('# '));
  expect(headings).toEqual(['# item-1', '# item-2']);
  expect(outline(saved.notes)).toContain('Update from the IGF Secretariat');
  expectCleanSavedNotes(saved);
});
