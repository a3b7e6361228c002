import { createMainServices, type MainServiceDeps } from '../../../../../src/main/createMainServices';
import { dispatchRequest } from '../../../../../src/main/ipc/dispatchRequest';
import { nodeFileSystem, type FileSystem } from '../../../../../src/main/services/fileSystem';
import { createMemoryPreferences } from '../../../../../src/main/services/preferences';
import type { RequestName, RequestOf, ResponseOf } from '../../../../../src/shared/bridge/contract';
import type { AutosaveReply, MeetingTarget } from '../../../../../src/shared/autosave/contract';
import type { Meeting } from '../../../../../src/shared/meeting/schema';
import { ScriptedDialogs } from '../../../../e2e/harness/scriptedDialogs';

/**
 * One run of the app's main process as the window sees it: the real handler
 * table from createMainServices on a data folder, driven through the same
 * dispatcher (schemas and all) as the IPC. A "restart" is a new AppProcess on
 * the same data folder; nothing is closed on the way, as after a kill.
 */
export class AppProcess {
  readonly dialogs = new ScriptedDialogs();
  readonly quitReports: Array<{ safe: boolean; message?: string | undefined }> = [];
  private readonly table;
  /** Resolves once the writes answers did not wait for are done. */
  readonly settled: () => Promise<void>;
  private readonly waitForDisk: boolean;

  /**
   * `waitForDisk` (default true): each request also waits for the writes its answer did not wait for (an open's
   * recovery baseline), so a "restart" follows a process whose disk was idle; false leaves them running.
   */
  constructor(dataDir: string, options: { fs?: FileSystem; clock?: () => Date; startupNotices?: string[]; waitForDisk?: boolean } = {}) {
    const deps: MainServiceDeps = {
      fs: options.fs ?? nodeFileSystem,
      preferences: createMemoryPreferences(),
      dialogs: this.dialogs,
      platform: 'linux',
      appVersion: 'test',
      clock: options.clock ?? (() => new Date()),
      openExternal: async () => undefined,
      writeClipboard: () => undefined,
      dataDir,
      startupNotices: options.startupNotices ?? [],
      onQuitReady: (report) => this.quitReports.push(report),
    };
    ({ table: this.table, settled: this.settled } = createMainServices(deps));
    this.waitForDisk = options.waitForDisk ?? true;
  }

  async request<N extends RequestName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
    const response = await (dispatchRequest(this.table, name, request, { windowId: 1 }) as Promise<ResponseOf<N>>);
    if (this.waitForDisk) await this.settled();
    return response;
  }

  /** An autosave as the window sends it: the meeting as JSON text. */
  autosave(target: MeetingTarget, meeting: Meeting): Promise<AutosaveReply> {
    return this.request('autosaveMeeting', { target, meetingJson: JSON.stringify(meeting) });
  }

  /** File › Open with the dialog answering `path`; returns the document handle. */
  async open(path: string): Promise<string> {
    this.dialogs.answerNextOpen(path);
    const result = await this.request('openMeeting', {});
    if (result.status !== 'opened') throw new Error(`open failed: ${JSON.stringify(result)}`);
    return result.document.handle;
  }
}
