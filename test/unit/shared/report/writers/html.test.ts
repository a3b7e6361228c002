import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../../src/shared/report/buildReport';
import type { Report } from '../../../../../src/shared/report/model';
import { buildReportDocument } from '../../../../../src/shared/report/writers/docx';
import { escapeHtml, reportToHtml } from '../../../../../src/shared/report/writers/html';
import { readDocx } from '../support/docxXml';
import { loadFixtureMeeting } from '../support/fixture';
import { htmlBlockTexts, htmlLinks } from '../support/htmlBlocks';
import { agendaHeading, link, list, listItem, makeMeeting, paragraph, text } from '../support/meetings';

const HOSTILE = '<script>alert("x")</script>';
const ATTRIBUTE_BREAKOUT = '"><img src=x onerror=alert(1)>';

describe('reportToHtml', () => {
  it('is a standalone document with the report\'s language, title and a policy that forbids scripts', () => {
    const html = reportToHtml(buildReport(loadFixtureMeeting()));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>MAG Working Group on IGF Strengthening and Strategy \u2014 Online Meeting 60</title>');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('uses semantic elements: h1 for the group, h2 sections, h3 items, ol lists, a links', () => {
    const html = reportToHtml(buildReport(loadFixtureMeeting()));
    expect(html).toContain('<h1 class="title">MAG Working Group on IGF Strengthening and Strategy</h1>');
    expect(html).toContain('<h2>Discussion</h2>');
    expect(html).toContain('<h3>5. AoB</h3>');
    expect(html).toContain('<h4>a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)</h4>');
    expect(html).toMatch(/<ol class="agenda" type="1" style="list-style-type: decimal-paren"><li>Outcomes[^<]*<ol class="agenda" type="a"/);
    expect(html).toContain('<em>Internet We want</em>');
    expect(htmlLinks(html)).toContainEqual({ href: 'https://example.org/wg-strategy/swot-analysis-draft', text: 'draft of the SWOT document' });
  });

  it('shows the same paragraphs in the same order as the Word document', async () => {
    const report = buildReport(loadFixtureMeeting());
    const docx = await readDocx(buildReportDocument(report, { author: 'A' }));
    expect(htmlBlockTexts(reportToHtml(report))).toEqual(docx.paragraphs.map((paragraph) => paragraph.text));
  });

  it('keeps the same sequence for nested and consecutive lists, right-to-left text and line breaks', async () => {
    const notes = [
      agendaHeading('one'),
      list('number', [listItem('Funding'), listItem(list('bullet', [listItem('submission'), listItem('roadmap')])), listItem('Showcase')]),
      list('bullet', [listItem('separate list')]),
      paragraph('line one', { type: 'linebreak', version: 1 }, 'line two'),
      paragraph('قال المشاركون'),
    ];
    const report = buildReport(makeMeeting({ notes }), { includeApologies: true });
    const docx = await readDocx(buildReportDocument(report, { author: 'A' }));
    const html = reportToHtml(report);
    expect(htmlBlockTexts(html)).toEqual(docx.paragraphs.map((paragraph) => paragraph.text));
    expect(html).toContain('<p dir="rtl">قال المشاركون</p>');
    expect(html).toContain('<li>Funding<ul class="bulleted"><li>submission</li><li>roadmap</li></ul></li><li>Showcase</li></ol>\n<ul class="bulleted"><li>separate list</li></ul>');
  });

  it('escapes hostile text everywhere it prints it', () => {
    const meeting = makeMeeting({
      metadata: { groupTitle: HOSTILE, locale: 'en-GB' },
      participants: [{ id: 'x', fullName: ATTRIBUTE_BREAKOUT, affiliation: '& Co <b>' }],
      agenda: [{ id: 'one', title: HOSTILE, link: `https://example.org/"onmouseover="alert(1)` }],
      links: [{ id: 'l', title: ATTRIBUTE_BREAKOUT, url: 'https://example.org/?a=1&b=<2>' }],
      notes: [agendaHeading('one'), paragraph(text(HOSTILE, 1))],
    });
    const html = reportToHtml(buildReport(meeting));
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).not.toMatch(/<[^>]*\son(error|mouseover)=/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;, &amp; Co &lt;b&gt;');
    expect(htmlLinks(html).map((entry) => entry.href)).toEqual(['https://example.org/"onmouseover="alert(1)', 'https://example.org/?a=1&b=<2>']);
  });

  it('never makes javascript:, data:, file: or "#" addresses live links, from the meeting or from any report', () => {
    const notes = [paragraph(
      link('javascript:alert(1)', text('js')), ' ', link('data:text/html,x', text('data')), ' ', link('file:///etc/passwd', text('file')),
      ' ', link('#', text('lost')), ' ', link('mailto:wg@example.org', text('mail')), ' ', link('http://example.org', text('web')),
    )];
    const html = reportToHtml(buildReport(makeMeeting({ notes })));
    expect(htmlLinks(html)).toEqual([{ href: 'mailto:wg@example.org', text: 'mail' }, { href: 'http://example.org', text: 'web' }]);
    const handMade: Report = {
      locale: 'en', title: 't', subject: 's', draft: false,
      blocks: [{ kind: 'paragraph', role: 'notes', rtl: false, runs: [{ text: 'click', link: 'javascript:alert(1)' }, { text: 'lost', link: '#' }] }],
    };
    const handMadeHtml = reportToHtml(handMade);
    expect(handMadeHtml).not.toContain('<a ');
    expect(handMadeHtml).toContain('<p>clicklost</p>');
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
