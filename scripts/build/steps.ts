import { searchIndexStep } from './search-index';
import { reportFilesStep } from './report-files';

/** A step run on the freshly built site (in its staging folder) before it replaces the output. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void>;
}

/** In order (every astro build wipes what it did not write itself, so these run after it): the per-report files are cut from data/reports.json, then the search index is built. */
export const POST_BUILD_STEPS: PostBuildStep[] = [reportFilesStep, searchIndexStep];
