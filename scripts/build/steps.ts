import { datasetFilesStep } from './dataset-files';
import { reportFilesStep } from './report-files';
import { searchIndexStep } from './search-index';
import type { SearchPrefetch } from './search-prefetch';

/** A step run on the freshly built site (in its staging folder) before it replaces the output. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void>;
}

/**
 * Run side by side once astro is done (every astro build wipes what it did not write itself):
 * the per-report files and the dataset downloads are cut from data/reports.json, the search
 * index is built from the report pages (most of its shards made while Astro rendered, by `prefetch`).
 */
export const postBuildSteps = (prefetch: SearchPrefetch): PostBuildStep[] => [reportFilesStep, datasetFilesStep, searchIndexStep(prefetch)];
