import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import { loadReopened } from './meetingSwitch';
import { useSafetyStore } from './safetyStore';

let started = false;

/** Nothing typed or loaded since the window opened: reopening may replace it. */
function untouched(): boolean {
  const { session, dirty } = useMeetingStore.getState();
  return session === 0 && !dirty;
}

/** Once per window: reopen what was open, offer what recovery holds, tell the start's notices. */
export async function restoreSessionOnce(): Promise<void> {
  if (started) return;
  started = true;
  const { reopened, offers, notices } = await getBridge().restoreSession({});
  if (reopened && untouched()) loadReopened(reopened);
  if (notices.length > 0) useMeetingStore.setState({ appNotice: notices.join(' ') });
  if (offers.length > 0) {
    useSafetyStore.setState({ offers });
    if (useUiStore.getState().dialog === null) useUiStore.getState().openDialog({ kind: 'recoveryOffers' });
  }
}
