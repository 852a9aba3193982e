// Writes the dataset downloads for scripts/build/steps.ts on a thread of their own: their Excel and
// CSV files are the longest open-data work, and the build's thread has the per-report files and the
// search step to do meanwhile. Plain JavaScript, as src/site/report-worker.mjs: tsx loads the TypeScript code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { writeDatasetFiles } = await import('./dataset-files.ts');
try {
  await writeDatasetFiles(workerData.dir);
  parentPort.postMessage({});
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
