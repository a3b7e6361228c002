import { describe, expect, it } from 'vitest';
import { matchingProfile } from '../../../../src/shared/profiles/matching';
import { parseProfileFile, serializeProfileFile } from '../../../../src/shared/profiles/profileFile';
import { meetingFromProfile, profileFromMeeting } from '../../../../src/shared/profiles/profileMeetings';
import { groupProfileSchema, summarizeProfile } from '../../../../src/shared/profiles/schema';
import { REVIEW_ITEM_TITLE } from '../../../../src/shared/series/nextMeeting';
import { loadFixtureMeeting } from '../report/support/fixture';

describe('group profiles', () => {
  const meeting = loadFixtureMeeting();
  const profile = profileFromMeeting({ ...meeting, participants: meeting.participants.map((p, i) => (i === 0 ? { ...p, attendance: 'apologies' as const } : p)) });

  it('take the group\'s settings, people (attendance reset), agenda titles and last meeting from a meeting', () => {
    expect(profile).toMatchObject({
      groupTitle: meeting.metadata.groupTitle, groupShortName: 'WG-Strategy', seriesName: 'Online Meeting', locale: 'en-GB', timeZone: 'UTC',
      moderatorIds: ['chris-buckridge'], reportSections: { actionItems: true, decisions: true },
      lastMeeting: { number: 60, nextMeeting: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' } },
    });
    expect(profile.roster).toHaveLength(22);
    expect(profile.roster.every((person) => person.attendance === 'present')).toBe(true);
    expect(profile.agendaSkeleton.map((item) => item.title)).toHaveLength(5);
    expect(summarizeProfile(profile)).toEqual({ id: profile.id, groupTitle: meeting.metadata.groupTitle, groupShortName: 'WG-Strategy', seriesName: 'Online Meeting', lastNumber: 60, people: 22 });
  });

  it('keep a skeleton the group curated when updated from a later meeting, without the review of actions', () => {
    const curated = { ...profile, agendaSkeleton: [{ title: 'AoB', children: [] }] };
    expect(profileFromMeeting(meeting, curated).agendaSkeleton).toEqual([{ title: 'AoB', children: [] }]);
    const withReview = { ...meeting, agenda: [{ id: 'r', title: REVIEW_ITEM_TITLE, presenterIds: [], children: [] }, ...meeting.agenda] };
    expect(profileFromMeeting(withReview).agendaSkeleton.map((item) => item.title)).not.toContain(REVIEW_ITEM_TITLE);
    expect(profileFromMeeting(meeting, curated).id).toBe(profile.id);
  });

  it('start the meeting after their last one, without a previous file', () => {
    const next = meetingFromProfile(profile);
    expect(next.metadata).toMatchObject({ number: 61, start: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' }, groupShortName: 'WG-Strategy', moderatorIds: ['chris-buckridge'] });
    expect(next.participants).toHaveLength(22);
    expect(next.agenda.map((item) => item.title)).toEqual(meeting.agenda.map((item) => item.title));
    expect(meetingFromProfile(profile, false).agenda).toEqual([]);
  });

  it('are found for a meeting of their group and series', () => {
    expect(matchingProfile([summarizeProfile(profile)], { groupShortName: 'wg-strategy', groupTitle: '', seriesName: 'Online meeting' })?.id).toBe(profile.id);
    expect(matchingProfile([summarizeProfile(profile)], { groupShortName: 'WG-Other', groupTitle: '', seriesName: 'Online Meeting' })).toBeUndefined();
  });
});

describe('the profile file', () => {
  const profile = groupProfileSchema.parse({ id: 'g1', groupTitle: 'Policy Network on Meaningful Access', roster: [{ id: 'p1', fullName: 'Jane Doe' }] });

  it('round-trips', () => {
    expect(parseProfileFile(serializeProfileFile(profile))).toEqual({ ok: true, profile });
  });

  it.each([
    ['empty', '', /empty/],
    ['not JSON', 'Jane Doe', /not valid JSON/],
    ['a meeting', '{"app":"Rapporteur","formatVersion":2,"minReaderVersion":2,"meeting":{}}', /not a Rapporteur group profile/],
    ['newer', '{"app":"Rapporteur","kind":"group-profile","formatVersion":9,"profile":{}}', /newer Rapporteur/],
    ['wrong shape', '{"app":"Rapporteur","kind":"group-profile","formatVersion":1,"profile":{"id":"g1","groupTitle":"x","roster":"everyone"}}', /profile\.roster/],
    ['unknown keys', '{"app":"Rapporteur","kind":"group-profile","formatVersion":1,"profile":{"id":"g1","groupTitle":"x","constructor":{}}}', /not valid/],
    ['too deep', `{"app":"Rapporteur","kind":"group-profile","formatVersion":1,"profile":${'['.repeat(100)}${']'.repeat(100)}}`, /deeper/],
  ])('refuses %s with a sentence', (_label, text, message) => {
    const parsed = parseProfileFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('drops __proto__ keys', () => {
    const text = serializeProfileFile(profile).replace('"id": "g1"', '"__proto__": {"polluted": true}, "id": "g1"');
    expect(parseProfileFile(text)).toEqual({ ok: true, profile });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
