import { describe, expect, it } from 'vitest';
import { agendaItemSchema, type Participant } from '../../../../src/shared/meeting/schema';
import { matchPresenters, withAcceptedPresenters } from '../../../../src/shared/parsers/agendaImport';
import { parseAgendaText, type ParsedAgendaItem } from '../../../../src/shared/parsers/agendaText';

function person(id: string, fullName: string, extra: Partial<Participant> = {}): Participant {
  return { id, fullName, shortName: '', affiliation: '', role: 'member', attendance: 'present', aliases: [], ...extra };
}

const PARTICIPANTS = [
  person('timea', 'Timea Suto'),
  person('ross', 'Ross Creelman'),
  person('chris', 'Chris Buckridge'),
  person('chris-r', 'Christopher Roach', { shortName: 'Chris' }),
  person('dino', "Dino Dell'Accio"),
  person('justine', 'Justine Fair'),
];

const REFERENCE_AGENDA = `- 1) Outcomes and results of the II Open Consultations and MAG meeting
 - a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)
- 2) [Policy Brief on GDC](#)
- 3) [Convening a public discussion on GDC and WSIS+20 review](#)
- 4) Update from the IGF Secretariat
- 5) AoB`;

function item(title: string, presenterNames: string[], children: ParsedAgendaItem['children'] = []): ParsedAgendaItem {
  return { title, presenterNames, children };
}

describe('matchPresenters', () => {
  it('turns the reference agenda into valid model items with fresh ids and matched presenters', () => {
    const { items, newParticipants, warnings } = matchPresenters(parseAgendaText(REFERENCE_AGENDA), PARTICIPANTS);
    expect(items).toHaveLength(5);
    expect(items.map((agendaItem) => agendaItemSchema.parse(agendaItem))).toEqual(items);
    expect(items[0]?.children[0]).toMatchObject({ title: 'Update on the IGF LP meetings', presenterIds: ['timea', 'ross'] });
    expect(items[1]).toMatchObject({ title: 'Policy Brief on GDC', link: '', presenterIds: [], children: [] });
    const ids = items.flatMap((agendaItem) => [agendaItem.id, ...agendaItem.children.map((child) => child.id)]);
    expect(new Set(ids).size).toBe(6);
    expect(newParticipants).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('matches names in other spellings, and a unique short name', () => {
    const { items } = matchPresenters([item('Funding', ["DINO DELL’ACCIO", 'timea'])], PARTICIPANTS);
    expect(items[0]?.presenterIds).toEqual(['dino', 'timea']);
  });

  it('proposes unknown names once, listing every item they present and the participants they might be', () => {
    const parsed = [item('Kick-off', ['Justin Fair', 'Valeria Betancourt'], [item('Details', ['Valeria Betancourt'])]), item('Wrap-up', ['justin fair'])];
    const { items, newParticipants } = matchPresenters(parsed, PARTICIPANTS);
    expect(items[0]?.presenterIds).toEqual([]);
    expect(newParticipants).toEqual([
      { id: expect.any(String), fullName: 'Justin Fair', itemIds: [items[0]?.id, items[1]?.id], candidateIds: ['justine'] },
      { id: expect.any(String), fullName: 'Valeria Betancourt', itemIds: [items[0]?.id, items[0]?.children[0]?.id], candidateIds: [] },
    ]);
  });

  it('does not guess between two people who share a short name', () => {
    const { items, newParticipants } = matchPresenters([item('Update', ['Chris'])], PARTICIPANTS);
    expect(items[0]?.presenterIds).toEqual([]);
    expect(newParticipants[0]).toMatchObject({ fullName: 'Chris', candidateIds: ['chris', 'chris-r'] });
  });

  it('lets a full name win over another person\'s identical short name', () => {
    const people = [person('a', 'Chris', { shortName: 'Chris' }), person('b', 'Chris Buckridge')];
    expect(matchPresenters([item('Update', ['Chris'])], people).items[0]?.presenterIds).toEqual(['a']);
  });

  it('keeps the model\'s limits: long titles are shortened with a warning', () => {
    const { items, warnings } = matchPresenters([item('x'.repeat(2500), [])], PARTICIPANTS);
    expect(items[0]?.title).toHaveLength(2000);
    expect(agendaItemSchema.safeParse(items[0]).success).toBe(true);
    expect(warnings).toHaveLength(1);
  });
});

describe('withAcceptedPresenters', () => {
  it('adds the accepted proposals as presenters where they were named, and only those', () => {
    const parsed = [item('Kick-off', ['Timea Suto', 'Valeria Betancourt'], [item('Details', ['Paul Kasoma'])])];
    const { items, newParticipants } = matchPresenters(parsed, PARTICIPANTS);
    const valeria = newParticipants.find((proposal) => proposal.fullName === 'Valeria Betancourt');
    expect(valeria).toBeDefined();
    const updated = withAcceptedPresenters(items, valeria ? [valeria] : []);
    expect(updated[0]?.presenterIds).toEqual(['timea', valeria?.id]);
    expect(updated[0]?.children[0]?.presenterIds).toEqual([]);
    expect(items[0]?.presenterIds).toEqual(['timea']);
    expect(withAcceptedPresenters(updated, valeria ? [valeria] : [])).toEqual(updated);
  });
});
