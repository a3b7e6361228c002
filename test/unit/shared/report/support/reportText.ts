import { headingText, runsText, type Report } from '../../../../../src/shared/report/model';

/** Every paragraph of the report as the reader sees its text, list markers left out (as Word numbers them). */
export function reportParagraphs(report: Report): string[] {
  return report.blocks.flatMap((block) => {
    if (block.kind === 'title') return [block.text];
    if (block.kind === 'heading') return [headingText(block)];
    if (block.kind === 'paragraph') return [runsText(block.runs)];
    return block.items.map((item) => runsText(item.runs));
  });
}
