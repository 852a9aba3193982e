import { join } from 'node:path';
import type { ReportInput } from '../report/schema';
import { agencySlug } from '../report/slug';

/** Where a report is written: `<out>/<year>/<agency_slug>.md`. */
export const reportPath = (out: string, report: ReportInput): string => join(out, String(report.year), `${agencySlug(report)}.md`);
