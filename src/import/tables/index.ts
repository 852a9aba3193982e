import type { TableTemplate } from '../../report/labels';
import type { Block } from '../document';
import { readAppeals } from './appeals';
import { readApplications } from './applications';
import { TableProblem } from './problem';
import { readProactive } from './proactive';
import { findSections, sectionBlocks, sectionText, type SectionIndex } from './sections';
import { detectTemplate } from './template';
import { tokenize } from './tokens';

export { TableProblem } from './problem';
export { findSections, headingOf, sectionRange, type SectionIndex, type SectionKey } from './sections';

export interface Tables {
  template: TableTemplate;
  proactive: Record<string, Record<string, number | null>>;
  applications: Record<string, unknown>;
  appeals: Record<string, (number | null)[]>;
}

// Prose sentences inside a table section (notes, explanations) are not table cells.
const tableBlocks = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'row' || !b.text.includes('。'));

/** Reads sections 2–4 by their official labels; undefined when the report has no section 3 heading at all. */
export function readTables(blocks: readonly Block[], warn: (m: string) => void, index: SectionIndex = findSections(blocks)): Tables | undefined {
  const applications = sectionBlocks(blocks, index, 'applications');
  if (!applications) return undefined;
  const proactive = sectionBlocks(blocks, index, 'proactive');
  const appeals = sectionBlocks(blocks, index, 'appeals');
  if (!proactive) throw new TableProblem('section 2 (主动公开政府信息情况) not found before section 3');
  const template = detectTemplate(sectionText(proactive), sectionText(applications));
  const read = {
    template,
    proactive: readProactive(tokenize(tableBlocks(proactive)), template, warn),
    applications: readApplications(tokenize(tableBlocks(applications)), template),
  };
  // Checked after section 3 is read, so a file cut off inside section 3 says where it ends.
  if (!appeals) throw new TableProblem('section 4 (政府信息公开行政复议、行政诉讼情况) not found after section 3');
  return { ...read, appeals: readAppeals(tokenize(tableBlocks(appeals))) };
}
