import AxeBuilder from '@axe-core/playwright';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { link, openMeeting, openNewerVersionMeeting, outline, paragraph, paste, saveMeeting, settle, text } from './richTextSupport';

const IGF = 'https://www.intgovforum.org/en';

async function openNotesWithLinks(app: AppHarness): Promise<void> {
  await openMeeting(app, [], [
    paragraph(text('See the '), link(IGF, 'IGF site'), text(' or write to '), link('mailto:secretariat@intgovforum.org', 'the Secretariat'), text('.')),
    // As an old or hostile file may hold them: the app never makes such links, and main refuses to open them.
    paragraph(text('Suspicious: '), link('javascript:alert(1)', 'script link'), text(' and '), link('file:///etc/passwd', 'file link'), text('.')),
  ]);
}

test('Ctrl+click opens web and e-mail links in the system browser; a plain click only places the caret', async ({ app }) => {
  const { page } = app;
  await openNotesWithLinks(app);
  await app.notes().getByText('IGF site').click();
  await page.keyboard.type('X');
  expect(app.openedLinks).toEqual([]);
  await expect(app.notes().locator('a').first()).toContainText('X');
  await app.notes().locator('a').first().click({ modifiers: ['Control'] });
  await app.notes().getByText('the Secretariat').click({ modifiers: ['Control'] });
  await expect.poll(() => app.openedLinks).toEqual([IGF, 'mailto:secretariat@intgovforum.org']);
  await expect(page).toHaveURL(/rapporteur\.test\/index\.html$/);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});

test('a link main refuses is not opened and the reason is shown', async ({ app }) => {
  const { page } = app;
  await openNotesWithLinks(app);
  await app.notes().getByText('script link').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('error-banner')).toHaveText(/^This link was not opened: "javascript:" links are not opened, only http, https and mailto\./);
  await page.getByRole('button', { name: 'Dismiss error' }).click();
  await app.notes().getByText('file link').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('error-banner')).toContainText('"file:" links are not opened');
  expect(app.openedLinks).toEqual([]);
  await expect(page).toHaveURL(/rapporteur\.test\/index\.html$/);
});

test('in read-only notes a plain click opens a link', async ({ app }) => {
  await openNewerVersionMeeting(app, [paragraph(text('Read '), link(IGF, 'the site'))]);
  await app.notes().getByText('the site').click();
  await expect.poll(() => app.openedLinks).toEqual([IGF]);
});

test('Ctrl+K links the selected words, edits the link at the caret and removes it', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [], [paragraph(text('Read the terms of reference today.'))]);
  await app.notes().getByText('Read the terms').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Read '.length; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'the terms of reference'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await settle(app);
  await page.keyboard.press('Control+K');
  const addDialog = page.getByRole('dialog', { name: 'Add link' });
  await addDialog.getByLabel('Web or e-mail address').fill('www.intgovforum.org/en/content/wg-strategy');
  await addDialog.getByRole('button', { name: 'Add link' }).click();
  await expect(app.notes().locator('a')).toHaveText('the terms of reference');

  await app.notes().getByText('terms of reference').click();
  await page.keyboard.press('Control+K');
  const editDialog = page.getByRole('dialog', { name: 'Edit link' });
  await expect(editDialog.getByLabel('Web or e-mail address')).toHaveValue('https://www.intgovforum.org/en/content/wg-strategy');
  await editDialog.getByLabel('Web or e-mail address').fill('https://www.intgovforum.org/en/content/terms');
  await editDialog.getByRole('button', { name: 'Update link' }).click();
  let saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual(['Read [the terms of reference](https://www.intgovforum.org/en/content/terms) today.']);

  await app.notes().getByText('terms of reference').click();
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Edit link' }).getByRole('button', { name: 'Remove link' }).click();
  await expect(app.notes().locator('a')).toHaveCount(0);
  saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual(['Read the terms of reference today.']);
});

test('Ctrl+K at the caret inserts a new link, refusing addresses that would not open, with the reason', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('Comments to ');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  await dialog.getByLabel('Web or e-mail address').fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('This address cannot be a link: "javascript:" links are not opened, only http, https and mailto.');
  const audit = await new AxeBuilder({ page }).include('.link-dialog').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await dialog.getByLabel('Web or e-mail address').fill('secretariat@intgovforum.org');
  await dialog.getByLabel(/Text to show/).fill('the Secretariat');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.keyboard.type(' by Friday.');
  const saved = await saveMeeting(app, 'new-link.minutes');
  expect(outline(saved.notes)).toEqual(['Comments to [the Secretariat](mailto:secretariat@intgovforum.org) by Friday.']);
});

test('pasting an address over selected words links them; Escape leaves the link dialog without a change', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [], [paragraph(text('The policy brief is out.'))]);
  await app.notes().getByText('The policy brief').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The '.length; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'policy brief'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await settle(app);
  await paste(app, { 'text/plain': 'https://www.un.org/techenvoy/global-digital-compact' });
  await expect(app.notes().locator('a')).toHaveText('policy brief');
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Edit link' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(app.notes()).toBeFocused();
  const saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual(['The [policy brief](https://www.un.org/techenvoy/global-digital-compact) is out.']);
});
