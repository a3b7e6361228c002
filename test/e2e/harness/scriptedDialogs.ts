import type { Dialogs } from '../../../src/main/ipc/createHandlerTable';

/**
 * The native dialogs, answered by the test: each call takes the next queued
 * answer (a path, or null for Cancel) and fails loudly if none was queued.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly openAnswers: Array<string | null> = [];
  private readonly saveAnswers: Array<string | null> = [];
  readonly saveSuggestions: string[] = [];

  answerNextOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  answerNextSave(path: string | null): void {
    this.saveAnswers.push(path);
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
