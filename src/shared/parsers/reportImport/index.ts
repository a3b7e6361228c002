/** Start a group profile from a previous report: pasted text, or a .docx converted to HTML in main. */
export { importReportText, type ImportedReport } from './importReport';
export { htmlToReportText } from './htmlText';
export { profileFromImport } from './toProfile';
