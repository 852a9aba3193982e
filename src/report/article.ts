import { SECTION_HEADINGS } from './labels';
import type { RenderedNarrative, RenderedPart } from './narrative';
import { hasTables, type Report } from './schema';

/** The agency's contact details as the report gives them, each with its label, e.g. 电话：0536-1234567. */
export function contactLines(report: Report): string[] {
  const c = report.contact;
  if (!c) return [];
  const lines = [c.address && `地址：${c.address}`, c.postcode && `邮编：${c.postcode}`, c.phone && `电话：${c.phone}`, c.fax && `传真：${c.fax}`, c.email && `邮箱：${c.email}`];
  return lines.filter((line): line is string => Boolean(line));
}

/** The parts of the official format that hold a statistics table, and the id of the table's section. */
export const TABLE_SECTIONS = [
  { numeral: '二', id: 'proactive', heading: SECTION_HEADINGS.proactive },
  { numeral: '三', id: 'applications', heading: SECTION_HEADINGS.applications },
  { numeral: '四', id: 'appeals', heading: SECTION_HEADINGS.appeals },
] as const;

export type TableNumeral = (typeof TABLE_SECTIONS)[number]['numeral'];

/** One section of a report's text: a narrative part, or a table's section with the part's text before the table. */
export interface ArticleSection extends RenderedPart {
  /** The table that follows the section's text. */
  table?: TableNumeral;
}

/**
 * A report's text in the order of its page: the introduction, then its sections. A report with
 * statistics tables has a section for each table (headed by its narrative part, or by the official
 * heading); one without has only the parts it wrote. The report page and the search index both
 * read it, so the index holds what the page shows, headings and their ids included.
 */
export function reportArticle(report: Report, narrative: RenderedNarrative): { intro: string; sections: ArticleSection[] } {
  const { parts } = narrative;
  const tables = hasTables(report)
    ? TABLE_SECTIONS.map(({ numeral, id, heading }) => ({ id, heading: parts[numeral]?.heading ?? heading, html: parts[numeral]?.html ?? '', table: numeral }))
    : TABLE_SECTIONS.flatMap(({ numeral }) => parts[numeral] ?? []);
  return { intro: narrative.intro, sections: [...(parts.一 ? [parts.一] : []), ...tables, ...(parts.五 ? [parts.五] : []), ...(parts.六 ? [parts.六] : []), ...narrative.rest] };
}
