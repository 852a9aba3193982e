// Writes the open data for scripts/build/steps.ts on a thread of its own: each report's files and
// the dataset downloads are the longest work after Astro but the search index's, which the build's
// thread waits on meanwhile. Plain JavaScript, as src/site/report-worker.mjs: tsx loads the TypeScript code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { writeOpenData } = await import('./open-data.ts');
try {
  await writeOpenData(workerData.dir);
  parentPort.postMessage({});
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
