import type { MeetingMetadata } from '../meeting/schema';
import { foldForSearch } from '../series/librarySearch';
import type { ProfileSummary } from './schema';

/** The profile of a meeting's group: same short name (or title, when either lacks one) and the same series. */
export function matchingProfile<P extends Pick<ProfileSummary, 'groupTitle' | 'groupShortName' | 'seriesName'>>(
  profiles: readonly P[], metadata: Pick<MeetingMetadata, 'groupTitle' | 'groupShortName' | 'seriesName'>,
): P | undefined {
  const same = (a: string, b: string) => a.trim() !== '' && foldForSearch(a.trim()) === foldForSearch(b.trim());
  return profiles.find((profile) => {
    const group = profile.groupShortName.trim() !== '' && metadata.groupShortName.trim() !== ''
      ? same(profile.groupShortName, metadata.groupShortName)
      : same(profile.groupTitle, metadata.groupTitle);
    return group && foldForSearch(profile.seriesName.trim()) === foldForSearch(metadata.seriesName.trim());
  });
}
