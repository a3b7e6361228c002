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
