import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { findExportChecks } from '../../../../src/shared/report/exportChecks';

function reference() {
  const parsed = parseMeetingFile(readFileSync(resolve(__dirname, '../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.meeting;
}

describe('findExportChecks', () => {
  it('on the reference meeting: the unattributed paragraphs, the items without notes, the lost link addresses', () => {
    const meeting = reference();
    const checks = findExportChecks(meeting);
    const noSpeaker = checks.filter((c) => c.kind === 'no-speaker').map((c) => c.message);
    expect(noSpeaker.some((m) => m.includes('She recalled that the Leadership Panel'))).toBe(true);
    expect(noSpeaker.some((m) => m.includes('Jim Prendergast'))).toBe(false);
    const empty = checks.filter((c) => c.kind === 'item-without-notes').map((c) => c.place);
    const titles = empty.map((place) => meeting.agenda.find((item) => 'itemId' in place && item.id === place.itemId)?.title);
    expect(titles).toEqual(expect.arrayContaining(['Update from the IGF Secretariat']));
    expect(checks.every((c) => c.message.length > 10)).toBe(true);
  });

  it('flags mentions of removed participants and links with no usable address, pointing at their block', () => {
    const meeting = reference();
    const removed = meeting.participants.shift()!;
    meeting.notes.root.children.push({
      type: 'paragraph', version: 1, children: [
        { type: 'speaker-mention', version: 1, participantId: removed.id },
        { type: 'text', version: 1, text: ' spoke ' },
        { type: 'link', version: 1, url: 'javascript:alert(1)', children: [{ type: 'text', version: 1, text: 'here' }] },
      ],
    });
    const index = meeting.notes.root.children.length - 1;
    const checks = findExportChecks(meeting);
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'unknown-speaker', place: { blockIndex: index } }));
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'link-without-address', place: { blockIndex: index } }));
    meeting.agenda[1]!.link = '';
    expect(findExportChecks(meeting)).toContainEqual(expect.objectContaining({ kind: 'link-without-address', place: { itemId: meeting.agenda[1]!.id } }));
  });
});
