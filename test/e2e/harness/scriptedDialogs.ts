import type { Dialogs } from '../../../src/main/ipc/createHandlerTable';

/**
 * The native dialogs, answered by the test: each call takes the next queued
 * answer (a path, or null for Cancel) and fails loudly if none was queued.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly openAnswers: Array<string | null> = [];
  private readonly saveAnswers: Array<string | null> = [];
  private readonly exportAnswers: Array<string | null> = [];
  readonly exportSuggestions: string[] = [];
  readonly saveSuggestions: string[] = [];
  /** Recurring meetings: one queue per dialog, named as in SeriesDialogs. */
  private readonly seriesAnswers = new Map<string, Array<string | null>>();
  readonly profileExportSuggestions: string[] = [];

  answerNextSeriesDialog(dialog: 'choosePreviousMeeting' | 'chooseReportToImport' | 'chooseProfileToImport' | 'chooseWhereToExportProfile' | 'chooseLibraryFolder', path: string | null): void {
    this.seriesAnswers.set(dialog, [...(this.seriesAnswers.get(dialog) ?? []), path]);
  }

  private nextSeriesAnswer(dialog: string): string | null {
    const queue = this.seriesAnswers.get(dialog) ?? [];
    if (queue.length === 0) throw new Error(`Test did not script an answer to the ${dialog} dialog.`);
    return queue.shift()!;
  }

  async choosePreviousMeeting(): Promise<string | null> {
    return this.nextSeriesAnswer('choosePreviousMeeting');
  }

  async chooseReportToImport(): Promise<string | null> {
    return this.nextSeriesAnswer('chooseReportToImport');
  }

  async chooseProfileToImport(): Promise<string | null> {
    return this.nextSeriesAnswer('chooseProfileToImport');
  }

  async chooseWhereToExportProfile(_windowId: number, suggestedFileName: string): Promise<string | null> {
    this.profileExportSuggestions.push(suggestedFileName);
    return this.nextSeriesAnswer('chooseWhereToExportProfile');
  }

  async chooseLibraryFolder(): Promise<string | null> {
    return this.nextSeriesAnswer('chooseLibraryFolder');
  }

  answerNextOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  answerNextSave(path: string | null): void {
    this.saveAnswers.push(path);
  }

  answerNextExport(path: string | null): void {
    this.exportAnswers.push(path);
  }

  async chooseWhereToExportReport(_windowId: number, suggestedFileName: string): Promise<string | null> {
    this.exportSuggestions.push(suggestedFileName);
    if (this.exportAnswers.length === 0) throw new Error('Test did not script an answer to the Export dialog.');
    return this.exportAnswers.shift()!;
  }

  async chooseMeetingToOpen(): Promise<string | null> {
    if (this.openAnswers.length === 0) throw new Error('Test did not script an answer to the Open dialog.');
    return this.openAnswers.shift()!;
  }

  async chooseWhereToSaveMeeting(_windowId: number, suggestedFileName: string): Promise<string | null> {
    this.saveSuggestions.push(suggestedFileName);
    if (this.saveAnswers.length === 0) throw new Error('Test did not script an answer to the Save dialog.');
    return this.saveAnswers.shift()!;
  }
}
