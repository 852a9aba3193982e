import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { readReportFile } from '../../src/report/frontmatter';
import { reportSchema, type Report } from '../../src/report/schema';
import { agencySlug } from '../../src/report/slug';

export interface ReportFile {
  file: string;
  report: Report;
  slug: string;
}

/** Every report file of a folder, parsed independently of the site build. */
export async function readReports(dir: string): Promise<ReportFile[]> {
  const files = (await glob('**/*.md', { cwd: dir, absolute: true })).sort();
  return files.map((file) => {
    const report = reportSchema.parse(readReportFile(readFileSync(file, 'utf8'), file).data);
    return { file, report, slug: agencySlug(report) };
  });
}
