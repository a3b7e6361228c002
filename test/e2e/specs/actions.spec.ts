import { join } from 'node:path';
import { expect, test } from '../harness/appFixture';
import { waitForCaretToSettle } from '../harness/caret';
import { actionsPanel, actionsTab, markActionByShortcut, openReferenceMeeting, SCREENSHOTS, typeAtEnd, typeLine } from './seriesSupport';


test('actions and decisions: prefixes, shortcut, an owner added on the spot, the panel by owner, done, and the report\'s sections', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await typeAtEnd(app);
  await typeLine(app, 'ACTION: Chris and Jim to circulate the SWOT summary (due 31 August 2023)');
  await typeLine(app, '#action Bob Stone to book the room for Kyoto');
  await typeLine(app, '#agreed The WG will send its input to the LP by September');
  await typeLine(app, '#link https://example.org/swot SWOT draft');
  await page.keyboard.type('Valeria will collect the GDC submissions');
  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Mark as action' });
  await dialog.getByRole('checkbox', { name: 'Valeria Betancourt', exact: true }).check();
  await dialog.getByLabel('Find or add a person').fill('Maria Fernanda Garza');
  await dialog.getByRole('button', { name: 'Add “Maria Fernanda Garza” as a new person' }).click();
  await dialog.getByLabel('Due date').fill('2023-09-15');
  await dialog.getByRole('button', { name: 'Mark as action' }).click();

  // Owners who were not in the call join the list as absent: they owe work, they did not attend.
  await expect(page.getByRole('heading', { name: 'Participants (24)' })).toBeVisible();
  await expect(page.locator('.participant-row--absent')).toHaveText([/Bob Stone/, /Maria Fernanda Garza/]);
  await expect(app.notes().getByTestId('decision-marker')).toHaveCount(1);
  await expect(app.notes()).not.toContainText('#link');

  await actionsTab(app).click();
  const panel = actionsPanel(app);
  await expect(panel.locator('.action-group__owner')).toHaveText(['Chris Buckridge', 'Jim Prendergast', 'Valeria Betancourt', 'Bob Stone', 'Maria Fernanda Garza']);
  await expect(panel).toContainText('Chris and Jim to circulate the SWOT summary · due 31 August 2023');
  await expect(panel.getByRole('list').last()).toContainText('The WG will send its input to the LP by September');
  await panel.getByRole('checkbox', { name: 'Done: Bob Stone to book the room for Kyoto' }).check();
  await expect(app.notes().getByTestId('action-marker').filter({ hasText: 'Bob' })).toHaveText(/^✓ Action · Bob/);
  await expect(panel).toContainText('2 open of 3');
  await page.mouse.move(900, 700);
  await page.screenshot({ path: join(SCREENSHOTS, 'actions.png') });

  // The chip edits its action: another owner, and the due date goes.
  await app.notes().getByTestId('action-marker').filter({ hasText: 'Valeria' }).click();
  const edit = page.getByRole('dialog', { name: 'Action item' });
  await edit.getByRole('checkbox', { name: 'Amrita Choudhury', exact: true }).check();
  await edit.getByLabel('Due date').fill('');
  await edit.getByRole('button', { name: 'Save action' }).click();
  await expect(app.notes().getByTestId('action-marker').filter({ hasText: 'Valeria' })).toHaveText('Action · Amrita, Valeria, Maria');

  // The group's choice of sections shows in the preview; switched off, the section goes.
  await page.keyboard.press('Control+E');
  const preview = page.getByTestId('report-preview');
  await expect(preview.locator('h2')).toHaveText(['Agenda', 'Discussion', 'Action items', 'Decisions', 'List of participants', 'Links:']);
  await expect(preview).toContainText('Bob Stone to book the room for Kyoto (done)');
  await expect(preview.getByRole('link', { name: 'SWOT draft' })).toHaveAttribute('href', 'https://example.org/swot');
  await page.getByRole('button', { name: 'Close export' }).click();
  await panel.getByRole('checkbox', { name: 'Decisions' }).uncheck();
  await page.keyboard.press('Control+E');
  await expect(preview.locator('h2')).toHaveText(['Agenda', 'Discussion', 'Action items', 'List of participants', 'Links:']);
});

test('Mark as Decision toggles, and the typed "RESOLUTION:" prefix goes when the shortcut marks it', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await typeAtEnd(app);
  await page.keyboard.type('RESOLUTION: the minutes of meeting 59 are approved');
  await page.keyboard.press('Control+Shift+D');
  const paragraph = app.notes().locator('p').filter({ has: page.getByTestId('decision-marker') });
  await expect(paragraph).toHaveText('Decisionthe minutes of meeting 59 are approved');
  await page.keyboard.press('Control+Shift+D');
  await expect(app.notes().getByTestId('decision-marker')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Chris to ask the Secretariat for the numbers');
  await markActionByShortcut(app, ['Chris Buckridge', 'Anja Gengo'], '2023-08-03');
  await expect(app.notes().getByTestId('action-marker')).toHaveText('Action · Anja, Chris · due 3 August 2023');
  await page.keyboard.press('Control+Z');
  await expect(app.notes().getByTestId('action-marker')).toHaveCount(0);
});

test('the toolbar marks part of a paragraph as an action, and a whole one as a decision', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await typeAtEnd(app);
  const task = 'Jim to send the dates to the Secretariat';
  await page.keyboard.type(`Jim observed a delay. ${task}`);
  for (let i = 0; i < task.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await waitForCaretToSettle(app.notes());
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Mark as Action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark as action' });
  await expect(dialog.locator('.action-dialog__text')).toHaveText(`Jim observed a delay. ${task}`);
  await dialog.getByRole('checkbox', { name: 'Jim Prendergast', exact: true }).check();
  await dialog.getByRole('button', { name: 'Mark as action' }).click();
  const paragraph = app.notes().locator('p').filter({ has: page.getByTestId('action-marker') });
  await expect(paragraph).toHaveText(`Jim observed a delay. Action · Jim${task}`);
  await actionsTab(app).click();
  await expect(actionsPanel(app).locator('.action-row__text')).toHaveText([task]);

  await typeAtEnd(app);
  await page.keyboard.type('The group endorsed the SWOT approach.');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Mark as Decision' }).click();
  await expect(actionsPanel(app).locator('.decision-list')).toHaveText('The group endorsed the SWOT approach.');
});
