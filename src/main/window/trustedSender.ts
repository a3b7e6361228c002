import type { WebFrameMain } from 'electron';
import { isAppUrl } from './appOrigin';

interface FrameIdentity { processId: number; routingId: number }
interface WindowLike { webContents: { mainFrame: FrameIdentity } }

/**
 * A request is trusted only from the top frame of one of the app's own
 * windows showing the app's own origin; a subframe, a navigated-away page or
 * a stray web contents is refused.
 */
export function createSenderCheck(appWindows: () => readonly WindowLike[]) {
  return (frame: Pick<WebFrameMain, 'url' | 'processId' | 'routingId'> | null): boolean => {
    if (frame === null || !isAppUrl(frame.url)) return false;
    return appWindows().some(({ webContents: { mainFrame } }) =>
      mainFrame.processId === frame.processId && mainFrame.routingId === frame.routingId);
  };
}
