import { renderNarrative } from '../report/narrative';
import { checkReportFile } from '../report/validate';
import { ReportCache } from './report-cache';

/** A report file read for the content store: the file in the ReportCache holding its validated report and rendered narrative, or its problems. */
export type PreparedReport = { file: string } | { problems: string[] };

/**
 * Everything about a report file that needs no other report: the frontmatter parsed and validated,
 * and the narrative rendered, both written into the cache. A file that breaks the schema comes back as its
 * problems, each naming the file, the key and what was expected. Run in worker threads during a
 * build, on the loader's own thread for a file edited under `astro dev`.
 */
export async function prepareReport(contents: string, file: string, digest: string, cacheDir: string): Promise<PreparedReport> {
  const checked = checkReportFile(contents, file);
  if (!checked.ok) return { problems: checked.problems };
  return { file: await new ReportCache(cacheDir).write(digest, checked.report, renderNarrative(checked.body)) };
}
