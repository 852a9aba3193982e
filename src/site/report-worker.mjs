// Prepares report files off the main thread for src/site/report-workers.ts. Plain JavaScript,
// since a worker thread does not go through Vite: tsx loads the TypeScript code.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { prepareReport } = await import('./report-prepare.ts');
parentPort.on('message', async ({ id, contents, file, digest, cacheDir }) => {
  try {
    parentPort.postMessage({ id, report: await prepareReport(contents, file, digest, cacheDir) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
