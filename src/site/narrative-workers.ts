import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedNarrative } from '../report/narrative';

interface Pending {
  ok: (narrative: RenderedNarrative) => void;
  fail: (error: Error) => void;
}

/**
 * Worker threads that render narratives while the loader's thread parses and validates
 * frontmatter: rendering is most of a report's cost, and Astro otherwise keeps one core busy.
 */
export class NarrativeWorkers {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(size = availableParallelism()) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./narrative-worker.mjs', import.meta.url));
      worker.on('message', ({ id, narrative, error }: { id: number; narrative?: RenderedNarrative; error?: string }) => {
        const pending = this.#pending.get(id)!;
        this.#pending.delete(id);
        if (error === undefined) pending.ok(narrative!);
        else pending.fail(new Error(error));
      });
      worker.on('error', (e) => {
        for (const p of this.#pending.values()) p.fail(e);
        this.#pending.clear();
      });
      return worker;
    });
  }

  render(markdown: string): Promise<RenderedNarrative> {
    const id = this.#next++;
    return new Promise((ok, fail) => {
      this.#pending.set(id, { ok, fail });
      this.#workers[id % this.#workers.length]!.postMessage({ id, markdown });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
