import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleDigest, articleText, pageArticle } from '../../src/search/index-html';
import type { Shard } from '../../src/search/shards';
import type { BuildMessage } from '../../src/site/build-channel';
import { PageDigests } from './search-page-digests';
import { cachedShard, indexBesideAstro, searchCode, shardCache, shardKey } from './search-shard';

type FedPage = { digest: string; text: string };

/**
 * How long a shard's pages must stop coming before, in a rebuild, it is completed from the kept
 * pages, unless Astro said which pages it renders (src/site/render-order.ts) and they all came.
 * Astro renders report pages shard by shard, a few milliseconds each, and checks a skipped one in
 * well under one.
 */
const QUIET_MS = 500;

/**
 * Makes search shards into the cache while Astro renders (src/site/search-feed.ts sends each
 * report page as it is rendered, shard by shard): one shard at a time beside Astro, which keeps
 * one core busy, two once it has finished. The search step then finds them in the cache. Only a
 * speed-up: a shard that fails here is made again, and its failure reported, by the search step.
 *
 * In a rebuild Astro renders only the pages that changed and keeps the others from the last build
 * (scripts/build/kept-pages.ts). A shard some of whose pages came is then made once they stop
 * coming, its other pages read from the last build's output (`kept`): most likely those Astro
 * keeps. If Astro renders one more, the search step finds no shard under the key of the written
 * pages and makes it again.
 */
export class SearchPrefetch {
  #lastDigests?: Promise<PageDigests>;
  /** The report pages Astro said it renders (in a rebuild, those whose cacheKey changed). */
  #rendering: Set<string> | undefined;
  readonly #cache: string;
  readonly #kept: string | undefined;
  /** Each pending shard's pages so far, by file. */
  readonly #pending = new Map<
    string,
    { shard: Shard; runtime: boolean; pages: Map<string, FedPage>; quiet?: NodeJS.Timeout | undefined; completing?: boolean; again?: boolean }
  >();
  readonly #shardOf = new Map<string, string>();
  readonly #jobs: Promise<void>[] = [];
  readonly #waiting: (() => void)[] = [];
  #lanes = 1;
  #busy = 0;
  #stopped = false;
  #widened = false;
  /** The keys of the shards indexed here (not found in the cache): from the pages as Astro rendered them, and completed after it. */
  readonly made = new Set<string>();
  readonly madeAfter = new Set<string>();

  /** `kept`: the output of the last build, when this build keeps its pages. */
  constructor({ cache = shardCache(), kept }: { cache?: string; kept?: string | undefined } = {}) {
    this.#cache = cache;
    this.#kept = kept;
    // A rebuild renders a few pages and the edited report's shard is what it waits for: not niced.
    indexBesideAstro(kept === undefined);
  }

  receive(message: Exclude<BuildMessage, { kind: 'problems' }>): void {
    if (message.kind === 'plan') {
      for (const [i, shard] of message.shards.entries()) {
        this.#pending.set(shard.name, { shard, runtime: i === 0, pages: new Map() });
        for (const file of shard.files) this.#shardOf.set(file, shard.name);
      }
      return;
    }
    if (message.kind === 'rendering') {
      this.#rendering = new Set(message.files);
      return;
    }
    // A page Astro did not say it renders: its whole cache was given up (other code, settings or
    // lockfile) and it renders every page, so the list no longer tells when a shard's pages have all come.
    if (this.#rendering && !this.#rendering.has(message.file)) this.#rendering = undefined;
    const name = this.#shardOf.get(message.file);
    const pending = name === undefined ? undefined : this.#pending.get(name);
    if (!pending) return;
    pending.pages.set(message.file, message);
    clearTimeout(pending.quiet);
    pending.quiet = undefined;
    if (pending.pages.size < pending.shard.files.length) {
      if (this.#kept === undefined || this.#stopped) return;
      // Every page of the shard that Astro said it renders has come: no need to wait for more.
      const rendering = this.#rendering;
      if (rendering && pending.shard.files.every((file) => !rendering.has(file) || pending.pages.has(file))) {
        this.#complete(pending.shard.name);
        return;
      }
      pending.quiet = setTimeout(() => {
        pending.quiet = undefined;
        this.#complete(pending.shard.name);
      }, QUIET_MS).unref();
      return;
    }
    this.#pending.delete(pending.shard.name);
    this.#jobs.push(this.#make(pending.shard, pending.runtime, pending.pages));
  }

  /**
   * In a rebuild: a shard some of whose pages came, made with its other pages as the last build left
   * them. One at a time for a shard, each holding its thousand articles: asked again meanwhile, it is
   * made once more afterwards, with the pages come by then.
   */
  #complete(name: string): void {
    const pending = this.#pending.get(name);
    if (!pending || this.#stopped) return;
    if (pending.completing) {
      pending.again = true;
      return;
    }
    pending.completing = true;
    const after = this.#widened;
    const kept = this.#kept!;
    const fed = new Map(pending.pages);
    const { shard, runtime } = pending;
    const job = this.#inCache(shard, runtime, fed)
      .then((cached) => (cached ? undefined : this.#completeFrom(kept, shard, runtime, fed, after)))
      .finally(() => {
        pending.completing = false;
        if (!pending.again) return;
        pending.again = false;
        this.#complete(name);
      });
    this.#jobs.push(job);
  }

  /**
   * Whether the cache has the shard as it will be, its kept pages taken as the last search step read
   * them: as when a report's next year is rendered again for its cross-year check with the same
   * article. The kept pages are then not read.
   */
  async #inCache(shard: Shard, runtime: boolean, fed: ReadonlyMap<string, FedPage>): Promise<boolean> {
    const code = await searchCode();
    this.#lastDigests ??= PageDigests.open(this.#cache, code);
    const last = await this.#lastDigests;
    const digests = new Map(shard.files.map((file) => [file, fed.get(file)?.digest ?? last.last(file)]));
    if ([...digests.values()].some((d) => d === undefined)) return false;
    return existsSync(join(this.#cache, shardKey(code, shard, runtime, (file) => digests.get(file)!)));
  }

  #completeFrom(kept: string, shard: Shard, runtime: boolean, fed: ReadonlyMap<string, FedPage>, after: boolean): Promise<void> {
    return Promise.all(
      shard.files.map(async (file): Promise<[string, FedPage]> => {
        const page = fed.get(file);
        if (page) return [file, page];
        const article = pageArticle(await readFile(join(kept, file), 'utf8'));
        return [file, { digest: articleDigest(article), text: articleText(article) }];
      }),
    ).then(
      (pages) => this.#make(shard, runtime, new Map(pages), after),
      // A page the last build did not have: only the search step can make this shard.
      () => undefined,
    );
  }

  /** Astro has finished rendering: its core is free for a second shard at a time, and no shard of a rebuild gets more pages. */
  widen(): void {
    if (!this.#widened) {
      this.#widened = true;
      indexBesideAstro(false);
      // Those with pages come since they were last completed.
      for (const [name, pending] of this.#pending) {
        if (pending.quiet === undefined) continue;
        clearTimeout(pending.quiet);
        pending.quiet = undefined;
        this.#complete(name);
      }
    }
    this.#lanes = 2;
    while (this.#busy < this.#lanes && this.#waiting.length > 0) {
      this.#busy++;
      this.#waiting.shift()!();
    }
  }

  /** The build failed: shards not yet begun are not made. */
  stop(): void {
    this.#stopped = true;
    for (const pending of this.#pending.values()) clearTimeout(pending.quiet);
    this.widen();
  }

  /** Resolves once every shard received whole has been made (or has failed), those begun meanwhile too. */
  async finished(): Promise<void> {
    for (let waited = 0; waited < this.#jobs.length; ) {
      const jobs = this.#jobs.slice(waited);
      waited = this.#jobs.length;
      await Promise.all(jobs);
    }
  }

  /** `after`: the shard was completed once Astro had finished, not from the pages as it rendered them. */
  async #make(shard: Shard, runtime: boolean, pages: ReadonlyMap<string, FedPage>, after = false): Promise<void> {
    if (this.#busy < this.#lanes) this.#busy++;
    else await new Promise<void>((start) => this.#waiting.push(start));
    try {
      if (this.#stopped) return;
      const key = shardKey(await searchCode(), shard, runtime, (file) => pages.get(file)!.digest);
      if (existsSync(join(this.#cache, key))) return;
      // In shard order, as the search step writes them.
      await cachedShard(this.#cache, key, () => new Map(shard.files.map((file) => [file, pages.get(file)!.text])), runtime);
      (after ? this.madeAfter : this.made).add(key);
    } catch (e) {
      console.warn(`search index: shard ${shard.name} is left to the search step: ${(e as Error).message}`);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#busy--;
    }
  }
}
