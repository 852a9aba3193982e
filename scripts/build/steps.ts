import { writeDatasetFiles } from './dataset-files';
import { readDataset, writeReportFiles } from './report-files';
import { searchIndexStep } from './search-index';
import type { SearchPrefetch } from './search-prefetch';

/** A step run on the freshly built site (in its staging folder) before it replaces the output. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void>;
}

/**
 * Run side by side once astro is done (every astro build wipes what it did not write itself):
 * the per-report files and the dataset downloads are cut from data/reports.json, read once for
 * both (at 30,000 reports a 50 MB file, and the same report objects let each report's CSV line
 * be made once for all the files it is in); the search index is built from the report pages
 * (most of its shards made while Astro rendered, by `prefetch`).
 */
export function postBuildSteps(prefetch: SearchPrefetch): PostBuildStep[] {
  let dataset: ReturnType<typeof readDataset> | undefined;
  const reports = (dir: string) => (dataset ??= readDataset(dir));
  return [
    { name: 'open data per report', run: (dir) => writeReportFiles(dir, undefined, reports(dir)) },
    { name: 'dataset downloads', run: (dir) => writeDatasetFiles(dir, undefined, reports(dir)) },
    searchIndexStep(prefetch),
  ];
}
