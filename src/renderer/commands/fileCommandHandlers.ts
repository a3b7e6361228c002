import type { CommandHandler } from './commandHandlers';
import { newMeeting, openMeeting, saveMeeting, saveMeetingAs } from './fileCommands';

export const fileCommandHandlers = {
  'file.new': newMeeting,
  'file.open': openMeeting,
  'file.save': saveMeeting,
  'file.saveAs': saveMeetingAs,
} satisfies Record<string, CommandHandler>;
