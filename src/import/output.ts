import { join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import type { ReportInput } from '../report/schema';
import { agencySlug } from '../report/slug';

/** Where a report is written: `<out>/<year>/<agency_slug>.md`. */
export const reportPath = (out: string, report: ReportInput): string => join(out, String(report.year), `${agencySlug(report)}.md`);

/**
 * The report file: YAML frontmatter and the Markdown body. Rows of cells are written on one
 * line ([2, 0, 0, 0, 0, 0, 2]) so a table reads as a table in the file.
 */
export function reportFile(report: ReportInput, body: string): string {
  const doc = new Document(report);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}
