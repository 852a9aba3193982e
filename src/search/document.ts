import { contactLines, reportArticle } from '../report/article';
import type { RenderedNarrative } from '../report/narrative';
import type { Report } from '../report/schema';
import { reportFilters } from './facets';
import { escapeAttr, escapeText, searchableBody, searchablePage } from './index-html';
import { encodeText } from './tokens';

const span = (attr: string, name: string, value: string) => `<span ${attr}="${name}">${escapeText(value)}</span>`;
const encoded = (text: string) => escapeText(encodeText(text));

/** A report's filters, result metadata and sort value, as the spans Pagefind reads them from. */
export function searchFields(report: Report): string {
  return [
    ...Object.entries(reportFilters(report)).map(([name, value]) => span('data-pagefind-filter', name, value)),
    span('data-pagefind-meta', 'title', report.title),
    span('data-pagefind-meta', 'agency', report.agency),
    span('data-pagefind-meta', 'year', String(report.year)),
    span('data-pagefind-meta', 'region', report.region.join(' / ')),
    span('data-pagefind-sort', 'year', String(report.year)),
  ].join('');
}

/**
 * A report as the search index reads it, made from its content rather than from its built page,
 * so that the index can be made while Astro is still starting and rendering: its title, agency,
 * region, year, publication date and contact details, and its text with the page's headings and
 * their ids (a hit's section links to them), without the statistics tables, whose labels every
 * report shares. Its filters, result metadata and sort value are kept as written; every other text
 * is written as `encodeText` tokens.
 */
export function searchDocument(report: Report, narrative: RenderedNarrative): string {
  const { intro, sections } = reportArticle(report, narrative);
  // Written as the parser writes it back (src/search/index-html.ts), the report's own text in tokens:
  // only the bodies' HTML is read again.
  return searchablePage(
    `<h1>${encoded(report.title)}</h1>` +
      `<div hidden="" data-pagefind-ignore="">${searchFields(report)}</div>` +
      `<p>${encoded([report.agency, report.region.join(' '), `${report.year}年度`, report.published ?? '', ...contactLines(report)].join(' '))}</p>` +
      searchableBody(intro) +
      sections.map((s) => `<section><h2 id="${escapeAttr(s.id)}">${encoded(s.heading)}</h2>${searchableBody(s.html)}</section>`).join(''),
  );
}
