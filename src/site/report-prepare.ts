import { renderNarrative } from '../report/narrative';
import { checkReportFile } from '../report/validate';
import { NarrativeCache } from './narrative-cache';

/** A report file read for the content store: its validated report and its rendered narrative's file, or its problems. */
export type PreparedReport = ReadyReport | { problems: string[] };

export interface ReadyReport {
  /**
   * The report as the schema outputs it, as JSON. Astro saves its whole content store at the end
   * of every build, value by value (devalue): one string a report instead of some 400 values
   * takes it from about 2.5 s to a fraction at 10,000 reports, and loading it back likewise.
   */
  json: string;
  narrativeFile: string;
}

/**
 * Everything about a report file that needs no other report: the frontmatter parsed and validated,
 * and the narrative rendered into the cache. A file that breaks the schema comes back as its
 * problems, each naming the file, the key and what was expected. Run in worker threads during a
 * build, on the loader's own thread for a file edited under `astro dev`.
 */
export async function prepareReport(contents: string, file: string, digest: string, cacheDir: string): Promise<PreparedReport> {
  const checked = checkReportFile(contents, file);
  if (!checked.ok) return { problems: checked.problems };
  const narrativeFile = await new NarrativeCache(cacheDir).write(digest, renderNarrative(checked.body));
  return { json: JSON.stringify(checked.report), narrativeFile };
}
