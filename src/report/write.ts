import { Document, isScalar, visit } from 'yaml';
import type { ReportInput } from './schema';

/**
 * A report file: YAML frontmatter with every table row on one line ([2, 0, 0, 0, 0, 0, 2]),
 * so a file reads like the official table and diffs show the changed row, then the body.
 */
export function reportToMarkdown(report: ReportInput, body: string): string {
  const doc = new Document(report);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
