import { Worker } from 'node:worker_threads';
import { searchIndexStep } from './search-index';
import type { SearchIndex } from './search-index';

/** A step run on the freshly built site (in its staging folder) before it replaces the output. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void>;
}

/** The open data of the built site `dir` (./open-data.ts), written by ./open-data-worker.mjs on its own thread. */
function writeOpenDataInWorker(dir: string): Promise<void> {
  return new Promise((ok, fail) => {
    const worker = new Worker(new URL('./open-data-worker.mjs', import.meta.url), { workerData: { dir } });
    worker.once('message', (reply: { error?: string }) => (reply.error === undefined ? ok() : fail(new Error(reply.error))));
    worker.once('error', fail);
    // After its message, if it sent one: then this changes nothing.
    worker.once('exit', (code) => fail(new Error(`the open data's thread stopped (exit code ${code})`)));
  });
}

/**
 * Run side by side once astro is done (every astro build wipes what it did not write itself):
 * the per-report files and the dataset downloads are cut from data/reports.json on a thread of
 * their own; the search index's shards, most of them made while Astro rendered, are linked into
 * the site.
 */
export const postBuildSteps = (search: SearchIndex): PostBuildStep[] => [{ name: 'open data', run: writeOpenDataInWorker }, searchIndexStep(search)];
