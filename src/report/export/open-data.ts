import { stringify } from 'csv-stringify/sync';
import type { Finding } from '../../checks';
import type { CatalogEntry } from '../catalog';
import type { Report } from '../schema';
import { CELL_COLUMNS } from './columns';

/** The open-data object of one report: the contract object plus where it lives and what the checks found. */
export type OpenDataReport = Report & { agency_slug: string; url: string; checks: Finding[] };

export function openDataReport(entry: CatalogEntry, url: string): OpenDataReport {
  return { ...entry.report, agency_slug: entry.agencySlug, url, checks: entry.findings };
}

/** The report's own fields before the table cells; `key` names the field of reports.json. */
export const META_COLUMNS: { key: string; header: string; get: (r: OpenDataReport) => string | number | undefined }[] = [
  { key: 'title', header: '标题', get: (r) => r.title },
  { key: 'agency', header: '机关', get: (r) => r.agency },
  { key: 'agency_slug', header: '机关代码', get: (r) => r.agency_slug },
  { key: 'region', header: '地区', get: (r) => r.region.join('/') },
  { key: 'year', header: '年度', get: (r) => r.year },
  { key: 'template', header: '模板', get: (r) => r.template },
  { key: 'published', header: '发布日期', get: (r) => r.published },
  { key: 'source_url', header: '原文链接', get: (r) => r.source_url },
  { key: 'url', header: '页面', get: (r) => r.url },
  { key: 'checks', header: '勾稽关系问题数', get: (r) => r.checks.length },
];

/**
 * Reports as a dataset's JSON, unindented: indentation made the whole dataset three times larger
 * (49 MB against 16 at 10,000 reports) and took Astro twice as long to write. A report's own
 * report.json stays indented, for people to read.
 */
export const datasetJson = (reports: readonly OpenDataReport[]): string => `${JSON.stringify(reports)}\n`;

/** UTF-8 byte-order mark: without it Excel opens the CSV as GBK and garbles the Chinese. */
const BOM = '\uFEFF';

const RECORD_END = '\r\n';
const csvLine = (values: readonly (string | number)[]) => stringify([values], { record_delimiter: RECORD_END });

/** The header line is the same in every CSV: written once per build, not once per report. */
let headerLine: string | undefined;

/**
 * Each report's line, made once: the whole dataset's CSV and its year's share it. Its own fields go
 * through csv-stringify, which quotes them as needed; its table cells, numbers or blank, need no
 * quoting and are joined as csv-stringify writes them (`'' + n`): 229 of the line's 239 fields
 * (10,000 reports' lines: 1.4 → 0.35 s, the whole CSV identical).
 */
const lines = new WeakMap<OpenDataReport, string>();
const reportLine = (r: OpenDataReport): string => {
  let line = lines.get(r);
  if (line === undefined) {
    const cells = CELL_COLUMNS.map((c) => c.get(r) ?? '').join(',');
    lines.set(r, (line = `${csvLine(META_COLUMNS.map((c) => c.get(r) ?? '')).slice(0, -RECORD_END.length)},${cells}${RECORD_END}`));
  }
  return line;
};

/** One row per report, one column per table cell; blank where the cell is null or the template lacks it. */
export function reportsCsv(reports: readonly OpenDataReport[]): string {
  headerLine ??= csvLine([...META_COLUMNS.map((c) => c.header), ...CELL_COLUMNS.map((c) => c.header)]);
  return BOM + headerLine + reports.map(reportLine).join('');
}

/** The same table as the CSV, as values (for the XLSX download): Chinese headers, one row per report, '' = blank. */
export function reportsTable(reports: readonly OpenDataReport[]): { header: string[]; rows: (string | number)[][] } {
  const header = [...META_COLUMNS.map((c) => c.header), ...CELL_COLUMNS.map((c) => c.header)];
  const rows = reports.map((r) => [...META_COLUMNS.map((c) => c.get(r) ?? ''), ...CELL_COLUMNS.map((c) => c.get(r) ?? '')]);
  return { header, rows };
}
