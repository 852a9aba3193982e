import { checkReport, RULES } from '../checks';
import { APPEAL_ROWS, APPLICANT_COLUMNS, APPEAL_COLUMNS } from '../report/labels';
import { reportSchema, type Report, type ReportInput } from '../report/schema';
import { findAgency, namedOrgans, titleAgency } from './agency';
import { findContact } from './contact';
import { findDisclosure } from './disclosure';
import type { Block, SourceDocument } from './document';
import { MetadataError, NotAReportError, SchemaError, TableError } from './errors';
import { dateUnderTitle, findPublished, findSourceUrl, findTitle, findTitleLines, findYear, titleFromFileName } from './metadata';
import { narrative, rejoinBlocks } from './narrative';
import { proseWarnings } from './prose-check';
import { compact } from './normalize';
import { inferRegion, isPlace } from './region';
import { findSections, readTables, TableProblem } from './tables';

export interface Imported {
  /** The frontmatter object of the contract. */
  report: ReportInput;
  /** The narrative as Markdown. */
  body: string;
  /** Broken 勾稽关系, ambiguous region, rows left empty: the report is still written. */
  warnings: string[];
}

/** The year before which reports had no fixed tables (template "none"). */
const FIRST_TABLE_YEAR = 2019;

function tablesOf(doc: SourceDocument, file: string, warn: (m: string) => void, index: ReturnType<typeof findSections>) {
  try {
    return readTables(doc.blocks, warn, index);
  } catch (e) {
    if (e instanceof TableProblem) throw new TableError(file, e.message);
    throw e;
  }
}

const columnLabel = (table: string, column: number) => (table === 'appeals' ? APPEAL_COLUMNS : APPLICANT_COLUMNS)[column]?.label ?? String(column);

/** Broken 勾稽关系 are published as printed; the importer only says where. */
function consistencyWarnings(report: Report): string[] {
  return checkReport(report).map((f) => {
    const row = f.table === 'appeals' ? (APPEAL_ROWS.find((r) => r.key === f.row)?.label ?? f.row) : f.row;
    return `勾稽关系 rule ${f.rule} (${RULES[f.rule]}) broken: ${f.table}.${row}, column ${columnLabel(f.table, f.column)}: expected ${f.expected}, printed ${f.actual}`;
  });
}

/** The body: after the title lines (and the page navigation before them), up to the signature date (a page footer may follow). */
function bodyRange(blocks: readonly Block[], publishedAt: number | undefined): { start: number; end: number } {
  const title = findTitleLines(blocks);
  return { start: title ? title.end + 1 : 0, end: publishedAt === undefined ? blocks.length : publishedAt + 1 };
}

/** Turns a read document into the contract object, its Markdown body and warnings; throws an ImportError naming the file. */
export function buildReport(doc: SourceDocument, file: string): Imported {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const { blocks, hints } = doc;
  const title = findTitle(blocks, hints) ?? (hints.pageTitle && compact(hints.pageTitle)) ?? titleFromFileName(file);
  const index = findSections(blocks);
  const isReport = (title && /政府信息公开/u.test(title)) || index.applications !== undefined;
  if (!isReport) throw new NotAReportError(file, 'not a 政府信息公开工作年度报告: no report title and no 收到和处理政府信息公开申请情况 table');
  if (!title) throw new MetadataError(file, 'no report title found (expected a line ending in 年度报告 at the top, or in the file name); pass --title');
  const year = findYear(title, blocks);
  if (!year) throw new MetadataError(file, `no year in the title ${title} or the statistics period`);
  const tables = tablesOf(doc, file, warn, index);
  if (!tables && year >= FIRST_TABLE_YEAR) throw new TableError(file, 'section 3 (收到和处理政府信息公开申请情况) not found; reports from 2019 on must have the tables');

  const published = findPublished(blocks, index.other?.start);
  const stated = dateUnderTitle(blocks);
  // Sentences a PDF or text export broke over lines are whole again for the prose searches.
  const prose = doc.wrapped ? rejoinBlocks(blocks) : blocks;
  const fromTitle = titleAgency(title);
  const organs = [...namedOrgans(prose, undefined), ...namedOrgans(blocks, published?.index)];
  const agency = hints.agency ?? (fromTitle ? findAgency(fromTitle, organs, isPlace) : undefined);
  if (!agency) throw new MetadataError(file, `no agency name before the year in the title ${title}; pass --agency`);
  const inferred = hints.region ? { region: [...hints.region] } : inferRegion(agency);
  if (inferred.warning) warn(inferred.warning);
  if (!inferred.region) throw new MetadataError(file, inferred.warning);
  const sourceUrl = findSourceUrl(prose, hints);
  const contact = findContact(prose);
  const disclosure = findDisclosure(prose);

  const report = {
    title,
    agency: compact(agency),
    region: inferred.region,
    year,
    ...((published || stated) && { published: published?.date ?? stated }),
    template: tables?.template ?? 'none',
    ...(sourceUrl && { source_url: sourceUrl }),
    ...(contact && { contact }),
    ...(tables && { proactive: tables.proactive, applications: tables.applications, appeals: tables.appeals }),
    ...(disclosure && { disclosure }),
  };
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SchemaError(file, `${issue.path.join('.')}: ${issue.message}`);
  }
  warnings.push(...consistencyWarnings(parsed.data), ...proseWarnings(parsed.data, prose));
  const proseIndex = doc.wrapped ? findSections(prose) : index;
  const body = narrative(prose, proseIndex, bodyRange(prose, findPublished(prose, proseIndex.other?.start)?.index));
  return { report: report as ReportInput, body, warnings };
}
