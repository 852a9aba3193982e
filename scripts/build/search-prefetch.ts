import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Shard } from '../../src/search/shards';
import type { BuildMessage } from '../../src/site/build-channel';
import { cachedShard, searchCode, shardCache, shardKey } from './search-shard';

/**
 * Makes search shards into the cache while Astro renders (src/site/search-feed.ts sends each
 * report page as it is rendered, shard by shard): one shard at a time beside Astro, which keeps
 * one core busy, two once it has finished. The search step then finds them in the cache. Only a
 * speed-up: a shard that fails here is made again, and its failure reported, by the search step.
 */
export class SearchPrefetch {
  #code?: Promise<string>;
  readonly #cache: string;
  /** Each pending shard's pages so far, by file. */
  readonly #pending = new Map<string, { shard: Shard; runtime: boolean; pages: Map<string, { digest: string; text: string }> }>();
  readonly #shardOf = new Map<string, string>();
  readonly #jobs: Promise<void>[] = [];
  readonly #waiting: (() => void)[] = [];
  #lanes = 1;
  #busy = 0;
  #stopped = false;
  /** Shards indexed here (not found in the cache). */
  made = 0;

  constructor(cache = shardCache()) {
    this.#cache = cache;
  }

  receive(message: Exclude<BuildMessage, { kind: 'problems' }>): void {
    if (message.kind === 'plan') {
      for (const [i, shard] of message.shards.entries()) {
        this.#pending.set(shard.name, { shard, runtime: i === 0, pages: new Map() });
        for (const file of shard.files) this.#shardOf.set(file, shard.name);
      }
      return;
    }
    const name = this.#shardOf.get(message.file);
    const pending = name === undefined ? undefined : this.#pending.get(name);
    if (!pending) return;
    pending.pages.set(message.file, message);
    if (pending.pages.size < pending.shard.files.length) return;
    this.#pending.delete(pending.shard.name);
    this.#jobs.push(this.#make(pending.shard, pending.runtime, pending.pages));
  }

  /** Astro has finished rendering: its core is free for a second shard at a time. */
  widen(): void {
    this.#lanes = 2;
    while (this.#busy < this.#lanes && this.#waiting.length > 0) {
      this.#busy++;
      this.#waiting.shift()!();
    }
  }

  /** The build failed: shards not yet begun are not made. */
  stop(): void {
    this.#stopped = true;
    this.widen();
  }

  /** Resolves once every shard received whole has been made (or has failed). */
  async finished(): Promise<void> {
    await Promise.all(this.#jobs);
  }

  async #make(shard: Shard, runtime: boolean, pages: ReadonlyMap<string, { digest: string; text: string }>): Promise<void> {
    if (this.#busy < this.#lanes) this.#busy++;
    else await new Promise<void>((start) => this.#waiting.push(start));
    try {
      if (this.#stopped) return;
      this.#code ??= searchCode();
      const key = shardKey(await this.#code, shard, runtime, (file) => pages.get(file)!.digest);
      if (existsSync(join(this.#cache, key))) return;
      // In shard order, as the search step writes them.
      await cachedShard(this.#cache, key, () => new Map(shard.files.map((file) => [file, pages.get(file)!.text])), runtime);
      this.made++;
    } catch (e) {
      console.warn(`search index: shard ${shard.name} is left to the search step: ${(e as Error).message}`);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#busy--;
    }
  }
}
