import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { startMainInProcess, startMainInWorker, type MainHost } from '../../../e2e/harness/mainHost';
import { ScriptedDialogs } from '../../../e2e/harness/scriptedDialogs';
import { generateMeeting } from '../../../../bench/generateMeeting';

const WORKER_ENTRY = resolve(__dirname, '../../../e2e/harness/mainWorker.ts');

describe.each([
  ['in a worker thread (the bench)', true],
  ['on this thread (the e2e fixture)', false],
])('the harness main process %s', (_label, inWorker) => {
  let dir: string;
  let host: MainHost;
  let dialogs: ScriptedDialogs;
  const clipboard: Array<{ html: string; text: string }> = [];
  const links: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapporteur-mainhost-'));
    dialogs = new ScriptedDialogs();
    clipboard.length = 0;
    links.length = 0;
    const options = {
      dataDir: join(dir, 'userData'), dialogs, appVersion: 'test', clipboard,
      openExternal: async (url: string) => { links.push(url); },
    };
    host = inWorker ? await startMainInWorker(options, WORKER_ENTRY) : startMainInProcess(options);
  });

  afterEach(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens through the dialog the test scripts here, and autosaves JSON text to the file', async () => {
    const meeting = generateMeeting(300);
    const path = join(dir, 'meeting.minutes');
    await writeFile(path, serializeMeetingFile(meeting));
    dialogs.answerNextOpen(path);
    const opened = await host.invoke('openMeeting', '{}');
    const reply = JSON.parse(opened.replyText!) as { status: string; document: { handle: string } };
    expect(reply.status).toBe('opened');
    expect(opened.handlerMs).toBeGreaterThan(0);

    const changed = { ...meeting, metadata: { ...meeting.metadata, number: 61 } };
    const saved = await host.invoke('autosaveMeeting', JSON.stringify({ target: { kind: 'file', handle: reply.document.handle }, meetingJson: JSON.stringify(changed) }));
    expect(JSON.parse(saved.replyText!)).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(serializeMeetingFile(changed));
  });

  it('rejects what the contract refuses, with main\'s own error', async () => {
    await expect(host.invoke('noSuchRequest', '{}')).rejects.toMatchObject({ name: 'BridgeRequestError', message: expect.stringContaining('Unknown request') });
    await expect(host.invoke('autosaveMeeting', JSON.stringify({ target: { kind: 'draft', draftId: 'draft-abcdefghijkl' }, meetingJson: '{"not":"a meeting"}' })))
      .rejects.toMatchObject({ name: 'BridgeRequestError', message: expect.stringContaining('could not be read') });
    // Still answering after a refusal.
    expect(JSON.parse((await host.invoke('readClipboardForPaste', '{}')).replyText!)).toEqual({ available: true, html: '', text: '' });
  });

  it('passes a failing dialog on as a failed request', async () => {
    await expect(host.invoke('openMeeting', '{}')).rejects.toThrow('Test did not script an answer to the Open dialog.');
  });

  it('puts copies on the test\'s clipboard, reads the last one back, and opens links through the test', async () => {
    await host.invoke('copyReportToClipboard', JSON.stringify({ html: '<p>one</p>', text: 'one' }));
    await host.invoke('copyReportToClipboard', JSON.stringify({ html: '<p>two</p>', text: 'two' }));
    expect(JSON.parse((await host.invoke('readClipboardForPaste', '{}')).replyText!)).toEqual({ available: true, html: '<p>two</p>', text: 'two' });
    expect(clipboard.map((c) => c.text)).toEqual(['one', 'two']);
    expect(JSON.parse((await host.invoke('openExternalLink', JSON.stringify({ url: 'https://example.org/' }))).replyText!)).toEqual({ opened: true });
    expect(links).toEqual(['https://example.org/']);
  });
});

describe('the harness main process in a worker thread', () => {
  it('refuses requests once closed, and fails those still waiting', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapporteur-mainhost-'));
    const dialogs = new ScriptedDialogs();
    try {
      const host = await startMainInWorker({ dataDir: join(dir, 'userData'), dialogs, appVersion: 'test' }, WORKER_ENTRY);
      // An Open dialog the user never answers: the request waits in the worker.
      dialogs.chooseMeetingToOpen = () => new Promise(() => {});
      const waiting = host.invoke('openMeeting', '{}').then(() => null, (error: unknown) => error);
      await new Promise((done) => setTimeout(done, 50));
      await host.close();
      expect(await waiting).toMatchObject({ message: expect.stringContaining('closed') });
      await expect(host.invoke('readClipboardForPaste', '{}')).rejects.toThrow('closed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
