import { describe, expect, it } from 'vitest';
import { parseScribeCommand } from '../../../../src/shared/actions/scribeCommands';
import { splitDueClause } from '../../../../src/shared/actions/dueDates';

describe('the prefixes scribes type', () => {
  it.each([
    ['ACTION: Chris and Jim to circulate the draft', ['Chris', 'Jim']],
    ['action: Timea to share the paper', ['Timea']],
    ['#action Wout de Natris, Jim & Amrita to draft the mandate review', ['Wout de Natris', 'Jim', 'Amrita']],
    ['ACTION: The group to review the brief', []],
    ['ACTION: circulate the draft', []],
  ])('reads the owners of %s', (text, owners) => {
    expect(parseScribeCommand(text)).toMatchObject({ kind: 'action', ownerNames: owners });
  });

  it('cuts a trailing due date off the text and reads it, in the forms people type', () => {
    const text = 'ACTION: Chris to circulate the draft due 2023-08-31';
    const command = parseScribeCommand(text);
    expect(command).toEqual({ kind: 'action', prefixLength: 8, ownerNames: ['Chris'], due: '2023-08-31', dueClauseStart: 36 });
    expect(text.slice(8, 36)).toBe('Chris to circulate the draft');
    for (const clause of ['(due 31 August 2023)', '[due: 31/08/2023]', ', due August 31, 2023.', '- due Thursday 31 Aug 2023']) {
      expect(splitDueClause(`Send it ${clause}`), clause).toEqual({ text: 'Send it', due: '2023-08-31' });
    }
  });

  it('keeps a "due" that is no date in the text', () => {
    expect(splitDueClause('Report the delay due to the strike')).toEqual({ text: 'Report the delay due to the strike' });
    expect(splitDueClause('Send it due 31 February 2023')).toEqual({ text: 'Send it due 31 February 2023' });
  });

  it.each(['DECISION: meet every three weeks', 'RESOLUTION: approve the minutes', '#agreed the LP gets a summary', 'Resolved: adopt the agenda'])('reads %s as a decision', (text) => {
    expect(parseScribeCommand(text)?.kind).toBe('decision');
  });

  it('reads #link as a link with an optional title', () => {
    expect(parseScribeCommand('#link https://example.org/swot SWOT draft')).toEqual({ kind: 'link', url: 'https://example.org/swot', title: 'SWOT draft' });
    expect(parseScribeCommand('#link https://example.org/swot')).toEqual({ kind: 'link', url: 'https://example.org/swot', title: '' });
  });

  it.each(['ACTION:', 'RESOLUTION:   ', 'Action items were reviewed', 'The #action bot is down', 'Chris: we agreed'])('leaves %j as text', (text) => {
    expect(parseScribeCommand(text)).toBeUndefined();
  });
});
