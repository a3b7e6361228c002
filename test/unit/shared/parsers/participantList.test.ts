import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParticipantList } from '../../../../src/shared/parsers/participantList';

// The "List of participants" block of test/fixtures/reference/wg-strategy-meeting-60.txt, blank line and stray space included.
const REFERENCE_LIST = `List of participants

1. Anja Gengo, IGF Secretariat
2. Chris Buckridge, Group's Co-Chair, IGF MAG member
3. Amrita Choudhury, Group's Co-Chair, IGF MAG member
4. Concettina Cassa, Group's Co-Chair, Government of Italy
5. Abdulrahman Almutairi, MAG Member
6. Flavio Wagner, CGI.br and University of Federal do Rio Grande do Sul, Brasil
7. Jim Prendergast, Independent Expert
8. Justine Fair, IGF MAG member

9. Dino Dell'Accio, UN JSPF
10. Fiona Alexander , former MAG member
11. Jorge Cancio, Swiss Government
12. Muriel Alapini, Independent Expert
13. Lynn Saint Amour, Former MAG Chair
14. Paul Kasoma, Independent Expert
15. Ross Creelman, Etno
16. Markus Kummer, Former IGF MAG Chair
17. Carol Roach, IGF MAG member
18. Timea Suto, ICC Basis, former MAG member
19. Rosalind Kenny Birch, UK Government
20. Valeria Betancourt
21. Wolfgang Kleinwächter, University of Aarhus
22. Wout de Natris, Independent expert`;

const EXPECTED_REFERENCE_PEOPLE = [
  ['Anja Gengo', 'IGF Secretariat'],
  ['Chris Buckridge', "Group's Co-Chair, IGF MAG member"],
  ['Amrita Choudhury', "Group's Co-Chair, IGF MAG member"],
  ['Concettina Cassa', "Group's Co-Chair, Government of Italy"],
  ['Abdulrahman Almutairi', 'MAG Member'],
  ['Flavio Wagner', 'CGI.br and University of Federal do Rio Grande do Sul, Brasil'],
  ['Jim Prendergast', 'Independent Expert'],
  ['Justine Fair', 'IGF MAG member'],
  ["Dino Dell'Accio", 'UN JSPF'],
  ['Fiona Alexander', 'former MAG member'],
  ['Jorge Cancio', 'Swiss Government'],
  ['Muriel Alapini', 'Independent Expert'],
  ['Lynn Saint Amour', 'Former MAG Chair'],
  ['Paul Kasoma', 'Independent Expert'],
  ['Ross Creelman', 'Etno'],
  ['Markus Kummer', 'Former IGF MAG Chair'],
  ['Carol Roach', 'IGF MAG member'],
  ['Timea Suto', 'ICC Basis, former MAG member'],
  ['Rosalind Kenny Birch', 'UK Government'],
  ['Valeria Betancourt', ''],
  ['Wolfgang Kleinwächter', 'University of Aarhus'],
  ['Wout de Natris', 'Independent expert'],
].map(([fullName, affiliation]) => ({ fullName, affiliation }));

describe('parseParticipantList on the reference report', () => {
  it('uses the block exactly as the reference report has it', () => {
    const reference = readFileSync(new URL('../../../fixtures/reference/wg-strategy-meeting-60.txt', import.meta.url), 'utf8');
    expect(reference).toContain(REFERENCE_LIST);
  });

  it('reads exactly the 22 people with their affiliations', () => {
    const { people, warnings } = parseParticipantList(REFERENCE_LIST);
    expect(people).toHaveLength(22);
    expect(people).toEqual(EXPECTED_REFERENCE_PEOPLE);
    expect(warnings).toEqual([]);
  });

  it('reads the same list with CRLF line ends and without the numbers', () => {
    const unnumbered = REFERENCE_LIST.replace(/^\d+\. /gmu, '').replace(/\n/gu, '\r\n');
    expect(parseParticipantList(unnumbered).people).toEqual(EXPECTED_REFERENCE_PEOPLE);
  });
});

describe('parseParticipantList on other shapes', () => {
  it('reads "1)", bullets and dashes before names', () => {
    const { people } = parseParticipantList('1) Anja Gengo, IGF Secretariat\n- Jim Prendergast, Independent Expert\n• Carol Roach, IGF MAG member\n(4) Paul Kasoma');
    expect(people.map((person) => person.fullName)).toEqual(['Anja Gengo', 'Jim Prendergast', 'Carol Roach', 'Paul Kasoma']);
  });

  it('reads "Name (Affiliation)", keeping commas inside the parentheses', () => {
    expect(parseParticipantList('Chris Buckridge (Group\'s Co-Chair, IGF MAG member)').people).toEqual([
      { fullName: 'Chris Buckridge', affiliation: "Group's Co-Chair, IGF MAG member" },
    ]);
  });

  it('reads "Name – Affiliation" with en dash, em dash or spaced hyphen, but keeps hyphenated names whole', () => {
    const { people } = parseParticipantList('Jorge Cancio – Swiss Government\nTimea Suto—ICC Basis\nJean-Pierre Dupont - OECD');
    expect(people).toEqual([
      { fullName: 'Jorge Cancio', affiliation: 'Swiss Government' },
      { fullName: 'Timea Suto', affiliation: 'ICC Basis' },
      { fullName: 'Jean-Pierre Dupont', affiliation: 'OECD' },
    ]);
  });

  it('reads rows copied from a Word or spreadsheet table, skipping the header row', () => {
    const table = 'No.\tName\tAffiliation\n1\tAnja Gengo\tIGF Secretariat\n2\tMarkus Kummer\tFormer IGF MAG Chair\tSwitzerland\n3\tValeria Betancourt\t';
    const { people } = parseParticipantList(table);
    expect(people).toEqual([
      { fullName: 'Anja Gengo', affiliation: 'IGF Secretariat' },
      { fullName: 'Markus Kummer', affiliation: 'Former IGF MAG Chair, Switzerland' },
      { fullName: 'Valeria Betancourt', affiliation: '' },
    ]);
  });

  it('reads a quoted e-mail list with e-mail addresses and non-Latin names', () => {
    const email = '> 1. 王小明 <wang@example.cn>, CNNIC\n> 2. عبد الرحمن المطيري, Saudi Arabia\n> 3. Wolfgang Kleinwächter'.normalize('NFD');
    const { people } = parseParticipantList(email);
    expect(people.map((person) => [person.fullName.normalize('NFC'), person.affiliation])).toEqual([
      ['王小明', 'CNNIC'],
      ['عبد الرحمن المطيري', 'Saudi Arabia'],
      ['Wolfgang Kleinwächter', ''],
    ]);
  });

  it('keeps a person listed twice once, whatever the spelling, and says so', () => {
    const { people, warnings } = parseParticipantList("Dino Dell'Accio, UN JSPF\nDino dell’Accio, UNJSPF");
    expect(people).toEqual([{ fullName: "Dino Dell'Accio", affiliation: 'UN JSPF' }]);
    expect(warnings).toEqual(['Dino dell’Accio is listed more than once (line 2); kept once.']);
  });

  it('ignores headings, warns about other lines ending in a colon and about lines without a name', () => {
    const { people, warnings } = parseParticipantList('Participants:\nChris Buckridge\nLinks:\n23.\n---');
    expect(people).toEqual([{ fullName: 'Chris Buckridge', affiliation: '' }]);
    expect(warnings).toEqual(['Line 3 looks like a heading and was ignored: “Links:”', 'Line 5 has no name and was ignored: “---”']);
  });
});
