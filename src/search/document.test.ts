import { describe, expect, test } from 'vitest';
import { contactLines, reportArticle } from '../report/article';
import type { RenderedNarrative } from '../report/narrative';
import type { Report } from '../report/schema';
import { bundledReports, contentCatalog } from '../test-support/content';
import { searchDocument, searchFields } from './document';
import { reportFilters } from './facets';
import { escapeAttr, escapeText, searchableHtml } from './index-html';
import { decodeText } from './tokens';

/** The document as first made: its article written as HTML, then read by the parser, which encodes its texts. */
function parsedDocument(report: Report, narrative: RenderedNarrative): string {
  const { intro, sections } = reportArticle(report, narrative);
  return searchableHtml(
    `<h1>${escapeText(report.title)}</h1>` +
      `<div hidden data-pagefind-ignore>${searchFields(report)}</div>` +
      `<p>${escapeText([report.agency, report.region.join(' '), `${report.year}年度`, report.published ?? '', ...contactLines(report)].join(' '))}</p>` +
      intro +
      sections.map((s) => `<section><h2 id="${escapeAttr(s.id)}">${escapeText(s.heading)}</h2>${s.html}</section>`).join(''),
  );
}

const catalog = contentCatalog(bundledReports);

describe('a report’s search document', () => {
  test('is made for reports with contact details and a publication date among the bundled ones', () => {
    expect(catalog.filter((e) => contactLines(e.report).length > 0).length).toBeGreaterThan(0);
    expect(catalog.filter((e) => e.report.published).length).toBeGreaterThan(0);
  });

  for (const { id, report, narrative } of catalog) {
    const doc = searchDocument(report, narrative());
    const text = decodeText(doc);

    test(`${id}: is the document the parser makes of its article, written directly`, () => {
      expect(doc).toBe(parsedDocument(report, narrative()));
    });

    test(`${id}: holds its title, agency and narrative, not its tables`, () => {
      expect(text).toContain(report.title);
      expect(text).toContain(report.agency);
      const parts = Object.values(narrative().parts);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) expect(text).toContain(part.heading);
      expect(text).not.toContain('本年新收政府信息公开申请数量');
    });

    test(`${id}: holds its publication date and contact details, as its page shows them`, () => {
      if (report.published) expect(text).toContain(report.published);
      for (const line of contactLines(report)) expect(text).toContain(line);
    });

    test(`${id}: declares its filters, metadata and sort value as written`, () => {
      for (const [name, value] of Object.entries(reportFilters(report))) expect(doc).toContain(`<span data-pagefind-filter="${name}">${value}</span>`);
      expect(doc).toContain(`<span data-pagefind-meta="title">${report.title}</span>`);
      expect(doc).toContain(`<span data-pagefind-sort="year">${report.year}</span>`);
    });
  }
});
