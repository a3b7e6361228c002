import { expect, test, type AppHarness } from '../harness/appFixture';
import { saveMeeting61BesideMeeting60 } from './seriesSupport';

/** Meetings 60 and 61 saved side by side, and the library opened on their folder. */
async function openLibraryOnTwoMeetings(app: AppHarness) {
  await saveMeeting61BesideMeeting60(app);
  await app.page.keyboard.press('Control+Shift+L');
  const library = app.page.getByRole('dialog', { name: 'Meetings library' });
  const group = library.getByRole('region', { name: 'WG-Strategy — Online Meeting' });
  await expect(group.getByRole('button')).toHaveCount(2);
  return { library, group };
}

test('words typed while the chosen folder is still being read search it, without asking for the folder again', async ({ app }) => {
  const { library, group } = await openLibraryOnTwoMeetings(app);
  // The folder dialog answers once; the folder's reading is held while the words are typed.
  app.dialogs.answerNextSeriesDialog('chooseLibraryFolder', app.documentsDir);
  const release = app.holdRequests('listLibrary');
  await library.getByRole('button', { name: 'Choose folder…' }).click();
  await library.getByLabel('Search the meetings').fill('kyoto program');
  await app.page.waitForTimeout(400);
  release();
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(group.getByRole('button')).toContainText('shaping the Kyoto program');
  await expect(library.getByRole('alert')).toHaveCount(0);
});

test('cancelling the folder dialog keeps the folder listed, and searching afterwards does not ask for a folder again', async ({ app }) => {
  const { library, group } = await openLibraryOnTwoMeetings(app);
  // One answer only: Cancel. A second folder dialog would find no answer and fail the listing with an alert.
  app.dialogs.answerNextSeriesDialog('chooseLibraryFolder', null);
  await library.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(group.getByRole('button')).toHaveCount(2);
  await library.getByLabel('Search the meetings').fill('kyoto program');
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(group.getByRole('button')).toContainText('shaping the Kyoto program');
  await library.getByLabel('Search the meetings').fill('');
  await expect(group.getByRole('button')).toHaveCount(2);
  await expect(library.getByRole('alert')).toHaveCount(0);
});
