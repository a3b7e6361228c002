import { reportToHtml, type Report } from '../../../shared/report';

/**
 * The body of the HTML writer's document, for the in-app preview: the very
 * output that "Copy for email" sends (without its inline styles), so what the rapporteur sees is what the
 * list receives. The writer escapes all text; the page CSP blocks any script.
 */
export function reportPreviewBody(report: Report): string {
  const html = reportToHtml(report);
  const start = html.indexOf('<body>');
  const end = html.lastIndexOf('</body>');
  const body = start >= 0 && end > start ? html.slice(start + '<body>'.length, end) : html;
  // The page's CSP refuses inline style attributes; the same list markers come from the app's stylesheet.
  return body.replace(/ style="[^"]*"/g, '');
}
