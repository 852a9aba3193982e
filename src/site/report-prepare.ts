import { renderNarrative } from '../report/narrative';
import { checkReportFile } from '../report/validate';
import type { CachedRecord, ReportPack } from './report-cache';

/** A report file read for the content store: where its validated report and rendered narrative were written, or its problems. */
export type PreparedReport = { record: CachedRecord } | { problems: string[] };

/**
 * Everything about a report file that needs no other report: the frontmatter parsed and validated,
 * and the narrative rendered, both appended to the thread's pack of the cache. A file that breaks
 * the schema comes back as its problems, each naming the file, the key and what was expected. Run
 * in worker threads during a build, on the loader's own thread for a few files or a file edited
 * under `astro dev`.
 */
export function prepareReport(contents: string, file: string, pack: ReportPack): PreparedReport {
  const checked = checkReportFile(contents, file);
  if (!checked.ok) return { problems: checked.problems };
  return { record: pack.write(checked.report, renderNarrative(checked.body)) };
}
