import { readReportFile } from '../report/frontmatter';
import { renderNarrative } from '../report/narrative';
import { NarrativeCache } from './narrative-cache';

/** A report file read for the content store: its frontmatter (not yet validated) and its rendered narrative's file. */
export interface PreparedReport {
  data: Record<string, unknown>;
  narrativeFile: string;
}

/**
 * Everything about a report file that needs no other report: the frontmatter parsed and the
 * narrative rendered into the cache. Run in worker threads during a build, on the loader's own
 * thread for a file edited under `astro dev`.
 */
export async function prepareReport(contents: string, file: string, digest: string, cacheDir: string): Promise<PreparedReport> {
  const { data, body } = readReportFile(contents, file);
  const narrativeFile = await new NarrativeCache(cacheDir).write(digest, renderNarrative(body));
  return { data, narrativeFile };
}
