import { describe, expect, it } from 'vitest';
import { htmlToReportText } from '../../../../../src/shared/parsers/reportImport/htmlText';

describe('a Word document\'s HTML as report text', () => {
  it('numbers Word lists as Word shows them, sub-items lettered and indented', () => {
    const html = '<h1>Agenda</h1><ol><li>Outcomes<ol><li><p>Update on the LP (Timea Suto)</p></li></ol></li><li>AoB</li></ol><ul><li>a bullet</li></ul>';
    expect(htmlToReportText(html)).toBe('Agenda\n1) Outcomes\n  a. Update on the LP (Timea Suto)\n2) AoB\n- a bullet');
  });

  it('keeps link addresses, separates table cells by tabs, decodes entities and drops bookmarks', () => {
    const html = '<p><a id="_Toc1"></a><a href="https://example.org/brief?a=1&amp;b=2">Policy Brief</a> &amp; more</p><table><tr><td><p>1</p></td><td><p>Jane Doe</p></td><td><p>ISOC</p></td></tr></table><p>Dell&#39;Accio&nbsp;&#x2014;</p>';
    expect(htmlToReportText(html)).toBe('[Policy Brief](https://example.org/brief?a=1&b=2) & more\n1\tJane Doe\tISOC\nDell\'Accio —');
  });

  it('drops empty paragraphs and breaks lines at <br>', () => {
    expect(htmlToReportText('<p></p><p>one<br />two</p><p>   </p>')).toBe('one\ntwo');
  });
});
