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

const META_COLUMNS: { header: string; get: (r: OpenDataReport) => string | number | undefined }[] = [
  { header: '标题', get: (r) => r.title },
  { header: '机关', get: (r) => r.agency },
  { header: '机关代码', get: (r) => r.agency_slug },
  { header: '地区', get: (r) => r.region.join('/') },
  { header: '年度', get: (r) => r.year },
  { header: '模板', get: (r) => r.template },
  { header: '发布日期', get: (r) => r.published },
  { header: '原文链接', get: (r) => r.source_url },
  { header: '页面', get: (r) => r.url },
  { header: '勾稽关系问题数', get: (r) => r.checks.length },
];

/** UTF-8 byte-order mark: without it Excel opens the CSV as GBK and garbles the Chinese. */
const BOM = '\uFEFF';

const csvLine = (values: readonly (string | number)[]) => stringify([values], { record_delimiter: '\r\n' });

/** The header line is the same in every CSV: written once per build, not once per report. */
let headerLine: string | undefined;

/** One row per report, one column per table cell; blank where the cell is null or the template lacks it. */
export function reportsCsv(reports: readonly OpenDataReport[]): string {
  headerLine ??= csvLine([...META_COLUMNS.map((c) => c.header), ...CELL_COLUMNS.map((c) => c.header)]);
  const rows = reports.map((r) => csvLine([...META_COLUMNS.map((c) => c.get(r) ?? ''), ...CELL_COLUMNS.map((c) => c.get(r) ?? '')]));
  return BOM + headerLine + rows.join('');
}
