import { safeLinkTarget } from '../links';
import type { ReportRun } from '../model';

/** Neighbouring runs that share one link (or none): a link whose text changes formatting midway stays one link. */
export type LinkGroup = { link: string | undefined; runs: ReportRun[] };

/**
 * Groups runs by link, checking each address again: a writer may be handed a
 * report not made by buildReport, and must never make a hostile address live.
 */
export function groupRunsByLink(runs: readonly ReportRun[]): LinkGroup[] {
  const groups: LinkGroup[] = [];
  for (const run of runs) {
    const link = safeLinkTarget(run.link);
    const last = groups[groups.length - 1];
    if (last && last.link === link) last.runs.push(run);
    else groups.push({ link, runs: [run] });
  }
  return groups;
}
