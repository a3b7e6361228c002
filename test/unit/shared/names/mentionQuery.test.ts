import { describe, expect, it } from 'vitest';
import { participantSchema } from '../../../../src/shared/meeting/schema';
import { matchMentionTrigger, speakerChoicesFor } from '../../../../src/shared/names/mentionQuery';

const participants = [
  participantSchema.parse({ id: 'jim', fullName: 'Jim Prendergast' }),
  participantSchema.parse({ id: 'wout', fullName: 'Wout de Natris', aliases: ['Wout (NL)'] }),
  participantSchema.parse({ id: 'dino', fullName: "Dino Dell'Accio" }),
  participantSchema.parse({ id: 'justine', fullName: 'Justine Fair' }),
];
const labels = (query: string) => speakerChoicesFor(participants, query).map((choice) => (choice.kind === 'participant' ? choice.participant.id : `+${choice.fullName}`));

describe('matchMentionTrigger', () => {
  it('finds "@" and the name typed after it, spaces and apostrophes included', () => {
    expect(matchMentionTrigger('@')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '@' });
    expect(matchMentionTrigger('As said by @Jim Pre')).toEqual({ leadOffset: 11, matchingString: 'Jim Pre', replaceableString: '@Jim Pre' });
    expect(matchMentionTrigger("(@Dino dell'Ac")?.matchingString).toBe("Dino dell'Ac");
  });

  it('ignores e-mail addresses, "@ " and names ended by punctuation', () => {
    expect(matchMentionTrigger('write to jim@example.com')).toBeNull();
    expect(matchMentionTrigger('@ Jim')).toBeNull();
    expect(matchMentionTrigger('@Jim, then')).toBeNull();
  });
});

describe('speakerChoicesFor', () => {
  it('offers everyone for a bare "@" and matches full names, short names, initials and aliases', () => {
    expect(labels('')).toEqual(['jim', 'wout', 'dino', 'justine']);
    expect(labels('pren')).toEqual(['jim']);
    expect(labels('wout')[0]).toBe('wout');
    expect(labels('WdN')).toEqual(['wout']);
    expect(labels("dino dell'ac")).toEqual(['dino']);
  });

  it('offers to add a name nobody has, after any near misses', () => {
    expect(labels('Justin Fair')).toEqual(['justine', '+Justin Fair']);
    expect(labels('Maria  Ressa')).toEqual(['+Maria Ressa']);
  });

  it('never offers prose after a known name, long phrases or text without letters as a new person', () => {
    expect(labels('Jim agreed')).toEqual([]);
    expect(labels('the group then moved on to')).toEqual([]);
    expect(labels('2023')).toEqual([]);
  });
});
