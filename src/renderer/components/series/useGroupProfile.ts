import { useEffect, useState } from 'react';
import type { MeetingMetadata } from '../../../shared/meeting/schema';
import { matchingProfile } from '../../../shared/profiles/matching';
import type { GroupProfile } from '../../../shared/profiles/schema';
import { getBridge } from '../../bridge';

type GroupNames = Pick<MeetingMetadata, 'groupShortName' | 'groupTitle' | 'seriesName'>;

/** The saved profile of a meeting's group, if there is one; looked up again only when the group's names change. */
export function useGroupProfile({ groupShortName, groupTitle, seriesName }: GroupNames): GroupProfile | undefined {
  const [profile, setProfile] = useState<GroupProfile | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void (async () => {
      const { profiles } = await getBridge().listProfiles({});
      const match = matchingProfile(profiles, { groupShortName, groupTitle, seriesName });
      const found = match ? await getBridge().getProfile({ id: match.id }) : undefined;
      if (current) setProfile(found?.status === 'found' ? found.profile : undefined);
    })();
    return () => {
      current = false;
    };
  }, [groupShortName, groupTitle, seriesName]);
  return profile;
}
