// Renders report narratives off the main thread for src/site/narrative-workers.ts. Plain
// JavaScript, since a worker thread does not go through Vite: tsx loads the TypeScript renderer.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderNarrative } = await import('../report/narrative/index.ts');
parentPort.on('message', ({ id, markdown }) => {
  try {
    parentPort.postMessage({ id, narrative: renderNarrative(markdown) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
