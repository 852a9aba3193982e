import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreparedReport } from './report-prepare';

interface Pending {
  ok: (report: PreparedReport) => void;
  fail: (error: Error) => void;
}

/**
 * Worker threads that parse report files and render their narratives (most of a report's cost),
 * one per core, while the loader's thread validates: Astro otherwise keeps one core busy.
 */
export class ReportWorkers {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(
    readonly cacheDir: string,
    size = availableParallelism(),
  ) {
    this.#workers = Array.from({ length: size }, () => {
      // Each worker appends what it prepares to a pack of its own in the cache folder `cacheDir`.
      const worker = new Worker(new URL('./report-worker.mjs', import.meta.url), { workerData: { cacheDir } });
      worker.on('message', ({ id, report, error, closed }: { id: number; report?: PreparedReport; error?: string; closed?: true }) => {
        if (closed) return;
        const pending = this.#pending.get(id)!;
        this.#pending.delete(id);
        if (error === undefined) pending.ok(report!);
        else pending.fail(new Error(error));
      });
      worker.on('error', (e) => {
        for (const p of this.#pending.values()) p.fail(e);
        this.#pending.clear();
      });
      return worker;
    });
  }

  prepare(contents: string, file: string): Promise<PreparedReport> {
    const id = this.#next++;
    return new Promise((ok, fail) => {
      this.#pending.set(id, { ok, fail });
      this.#workers[id % this.#workers.length]!.postMessage({ id, contents, file });
    });
  }

  /** Lets each worker close its pack, then stops them. */
  async close(): Promise<void> {
    await Promise.all(
      this.#workers.map(async (worker) => {
        // A worker that has stopped (threadId -1) has nothing to close.
        if (worker.threadId < 0) return;
        const closed = new Promise<void>((done) => {
          worker.on('message', (message: { closed?: true }) => message.closed && done());
          worker.once('exit', () => done());
        });
        worker.postMessage({ close: true });
        await closed;
        await worker.terminate();
      }),
    );
  }
}
