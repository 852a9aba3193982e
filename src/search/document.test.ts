import { describe, expect, test } from 'vitest';
import { bundledReports, contentCatalog } from '../test-support/content';
import { searchDocument } from './document';
import { reportFilters } from './facets';
import { decodeText } from './tokens';

describe('a report’s search document', () => {
  for (const { id, report, narrative } of contentCatalog(bundledReports)) {
    const doc = searchDocument(report, narrative());
    const text = decodeText(doc);

    test(`${id}: holds its title, agency and narrative, not its tables`, () => {
      expect(text).toContain(report.title);
      expect(text).toContain(report.agency);
      const parts = Object.values(narrative().parts);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) expect(text).toContain(part.heading);
      expect(text).not.toContain('本年新收政府信息公开申请数量');
    });

    test(`${id}: declares its filters, metadata and sort value as written`, () => {
      for (const [name, value] of Object.entries(reportFilters(report))) expect(doc).toContain(`<span data-pagefind-filter="${name}">${value}</span>`);
      expect(doc).toContain(`<span data-pagefind-meta="title">${report.title}</span>`);
      expect(doc).toContain(`<span data-pagefind-sort="year">${report.year}</span>`);
    });
  }
});
