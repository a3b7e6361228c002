import { meetingFromProfile, profileFromMeeting } from '../../../shared/profiles/profileMeetings';
import { matchingProfile } from '../../../shared/profiles/matching';
import { getBridge } from '../../bridge';
import { currentMeeting } from '../../commands/fileCommands';
import { loadPreparedMeeting } from '../../commands/seriesCommands';

/** What a profile operation tells the user; `tone` says whether it went well. */
export type Outcome = { tone: 'ok' | 'error'; text: string };

const error = (text: string): Outcome => ({ tone: 'error', text });

/** Saves the open meeting's group as a profile, updating that group's profile when it has one. */
export async function saveMeetingAsProfile(): Promise<Outcome & { id?: string }> {
  const meeting = currentMeeting();
  const bridge = getBridge();
  const match = matchingProfile((await bridge.listProfiles({})).profiles, meeting.metadata);
  const existing = match ? await bridge.getProfile({ id: match.id }) : undefined;
  const profile = profileFromMeeting(meeting, existing?.status === 'found' ? existing.profile : undefined);
  const saved = await bridge.saveProfile({ profile });
  if (saved.status === 'failed') return error(saved.message);
  return { tone: 'ok', text: `${existing?.status === 'found' ? 'Updated' : 'Saved'} the profile of ${profile.groupShortName || profile.groupTitle || 'this group'}.`, id: profile.id };
}

export async function newMeetingFromProfile(id: string): Promise<Outcome | 'loaded'> {
  const found = await getBridge().getProfile({ id });
  if (found.status === 'failed') return error(found.message);
  return (await loadPreparedMeeting(meetingFromProfile(found.profile))) ? 'loaded' : error('The new meeting was not started: the open meeting could not be saved.');
}

export async function exportProfile(id: string): Promise<Outcome | null> {
  const result = await getBridge().exportProfile({ id });
  if (result.status === 'cancelled') return null;
  return result.status === 'failed' ? error(result.message) : { tone: 'ok', text: `Exported ${result.fileName} to ${result.folder}.` };
}

export async function importProfile(): Promise<Outcome | null> {
  const result = await getBridge().importProfile({});
  if (result.status === 'cancelled') return null;
  if (result.status === 'failed') return error(result.message);
  const name = result.summary.groupShortName || result.summary.groupTitle;
  return { tone: 'ok', text: `${result.replaced ? 'Replaced' : 'Imported'} the profile of ${name}.` };
}
