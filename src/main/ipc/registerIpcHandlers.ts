import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { requestChannels } from '../../shared/bridge/channels';
import { requestNames } from '../../shared/bridge/contract';
import { dispatchRequest } from './dispatchRequest';
import type { HandlerTable } from './handlerTable';

export type SenderCheck = (frame: WebFrameMain | null) => boolean;

/**
 * Registers the handler table on ipcMain. Every channel goes through the same
 * wrapper: a request from a frame that is not the app's own is refused before
 * its payload is even parsed.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, table: HandlerTable, isTrustedSender: SenderCheck): void {
  for (const name of requestNames) {
    ipcMain.handle(requestChannels[name], (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused "${name}": the request did not come from a Rapporteur window.`);
      }
      return dispatchRequest(table, name, request, { windowId: event.sender.id });
    });
  }
}
