// Prepares report files off the main thread for src/site/report-workers.ts. Plain JavaScript,
// since a worker thread does not go through Vite: tsx loads the TypeScript code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { prepareReport } = await import('./report-prepare.ts');
const { ReportCache } = await import('./report-cache.ts');
/** This thread's pack, made on the first report: one per worker and sync. */
let pack;
parentPort.on('message', ({ id, contents, file, close }) => {
  if (close) {
    pack?.close();
    parentPort.postMessage({ closed: true });
    return;
  }
  try {
    pack ??= new ReportCache(workerData.cacheDir).pack();
    parentPort.postMessage({ id, report: prepareReport(contents, file, pack) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
