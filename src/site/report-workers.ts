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
      const worker = new Worker(new URL('./report-worker.mjs', import.meta.url));
      worker.on('message', ({ id, report, error }: { id: number; report?: PreparedReport; error?: string }) => {
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

  prepare(contents: string, file: string, digest: string): Promise<PreparedReport> {
    const id = this.#next++;
    return new Promise((ok, fail) => {
      this.#pending.set(id, { ok, fail });
      this.#workers[id % this.#workers.length]!.postMessage({ id, contents, file, digest, cacheDir: this.cacheDir });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
