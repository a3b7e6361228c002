import { buildReport, reportToHtml, reportToText } from '../../shared/report';
import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';
import { currentMeeting } from './fileCommands';

async function copyReportForEmail(): Promise<void> {
  const report = buildReport(currentMeeting());
  await getBridge().copyReportToClipboard({ html: reportToHtml(report), text: reportToText(report) });
  useMeetingStore.setState({ notice: 'The report is on the clipboard as formatted text: paste it into your e-mail.' });
}

export const exportCommandHandlers = {
  'file.export': () => useUiStore.getState().openDialog({ kind: 'export' }),
  'file.copyReport': copyReportForEmail,
} satisfies Record<string, CommandHandler>;
