import { reportFilesStep } from './report-files';

/** A step run on the freshly built site (in its staging folder) before it replaces the output. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void>;
}

/** In order. The search index comes here: every astro build wipes what it did not write itself. */
export const POST_BUILD_STEPS: PostBuildStep[] = [reportFilesStep];
