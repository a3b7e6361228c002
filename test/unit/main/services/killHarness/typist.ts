import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { createAutosaveScheduler } from '../../../../../src/shared/autosave/scheduler';
import { AppProcess } from '../helpers/appProcess';
import { meetingSaying, textOf } from '../helpers/safetyRig';
import { typedText } from './typedText';

// A child process of the kill harness: the app's main-process services (the
// real handler table) and its autosave scheduler, with a typist at 20 ms a key.
// Every line it prints is written synchronously, so the parent knows exactly
// what had been typed when it sent SIGKILL.
//   r <length>          what the app recovered at start
//   k <length> <epoch>  a keystroke: the text is now <length> long
//   l <ms>              how late an autosave timer fired
//   s <ms>              how long an autosave took to answer

const [dataDir, documentsDir] = process.argv.slice(2) as [string, string];
const KEY_INTERVAL_MS = 20;
const say = (line: string) => writeSync(1, `${line}\n`);

async function recover(app: AppProcess): Promise<{ handle: string; text: string }> {
  const { reopened, offers } = await app.request('restoreSession', {});
  const newest = offers.find((offer) => offer.kind === 'file');
  if (newest) {
    const restored = await app.request('restoreRecoveryOffer', { offerId: newest.offerId });
    if (restored.status === 'restored' && restored.reopened.target.kind === 'file') {
      return { handle: restored.reopened.target.document.handle, text: textOf(restored.reopened.meeting) };
    }
  }
  if (reopened?.target.kind === 'file') return { handle: reopened.target.document.handle, text: textOf(reopened.meeting) };
  return { handle: await app.open(join(documentsDir, 'live.minutes')), text: '' };
}

async function main(): Promise<void> {
  const app = new AppProcess(dataDir);
  const { handle, text: recovered } = await recover(app);
  let text = recovered;
  say(`r ${text.length}`);
  const scheduler = createAutosaveScheduler({
    clock: { now: () => performance.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout) },
    save: async () => {
      const started = performance.now();
      const outcome = await app.autosave({ kind: 'file', handle }, meetingSaying(text));
      say(`s ${Math.round(performance.now() - started)}`);
      return outcome.status === 'saved' ? 'done' : 'retry';
    },
    onTimerLag: (lateBy) => say(`l ${Math.round(lateBy)}`),
  });
  const started = performance.now();
  let keys = 0;
  const typeNext = () => {
    text = typedText(text.length + 1);
    say(`k ${text.length} ${Date.now()}`);
    scheduler.noteChange();
    keys += 1;
    // Scheduled against the start, so a late key does not push every later one back.
    setTimeout(typeNext, Math.max(0, started + (keys + 1) * KEY_INTERVAL_MS - performance.now()));
  };
  typeNext();
}

void main().catch((error: unknown) => {
  say(`e ${error instanceof Error ? error.stack ?? error.message : String(error)}`.replace(/\n/g, ' | '));
  process.exit(1);
});
