/**
 * The search index, made from the reports as Astro's loader synced them rather than from the built
 * pages: it begins as soon as the content is synced, while Astro bundles and renders, and it needs
 * nothing of Astro's rendering (a report's document is src/search/document.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CatalogEntry } from '../../src/report/catalog';
import { searchDocument } from '../../src/search/document';
import { agencyLeads, planShards, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import { wordDirectory } from '../../src/search/words';
import { linkTree, pruneCache } from '../../src/site/build-cache';
import { preloadOnSearchPage } from './search-page';
import { cachedShard, indexBesideAstro, PAGES_FILE, SAMPLES_FILE, searchCode, shardCache, shardKey, WORDS_FILE } from './search-shard';
import type { PostBuildStep } from './steps';

/** The index folder the site's search page reads (src/search/client/pagefind.ts). */
const SITE_INDEX = 'pagefind';

/** A report as the index takes it: its page, its year, its agency, a digest of its content and its document, made on demand. */
export interface SearchSource extends IndexedPage {
  agency: string;
  digest: string;
  document: () => string;
}

/**
 * The catalog's reports as the index takes them; `digest` is the entry's content digest (the
 * loader's, which covers its code), `document` makes the function that makes its document (by
 * default from the entry).
 */
export const searchSources = (
  entries: readonly CatalogEntry[],
  digest: (entry: CatalogEntry) => string,
  document: (entry: CatalogEntry) => () => string = (entry) => () => searchDocument(entry.report, entry.narrative()),
): SearchSource[] =>
  entries.map((entry) => ({ file: `${entry.path}index.html`, year: entry.report.year, agency: entry.report.agency, digest: digest(entry), document: document(entry) }));

interface Planned {
  shards: Shard[];
  keys: string[];
  /** Each shard being made, or found in the cache. */
  jobs: Promise<void>[];
}

/**
 * Makes the search shards into the cache, newest first: one at a time, niced, while Astro renders
 * and keeps one core busy (`beside`), two once it has finished (`widen`). Then `writeTo` links them
 * into the built site. A shard is keyed by the code and its reports' content digests, so a rebuild
 * after an edit makes only the edited report's shard, and begins it before Astro renders anything.
 */
export class SearchIndex {
  readonly #cache: string;
  readonly #plan: (pages: IndexedPage[]) => Shard[];
  #planned: Promise<Planned> | undefined;
  /** The reports to index, by page file. */
  #sources = new Map<string, SearchSource>();
  readonly #waiting: (() => void)[] = [];
  #lanes = 1;
  #busy = 0;
  #stopped = false;
  #widened = false;
  /** The keys of the shards made here, not found in the cache: while Astro rendered, and after. */
  readonly made = new Set<string>();
  readonly madeAfter = new Set<string>();

  constructor({ cache = shardCache(), plan = planShards, beside = true }: { cache?: string | undefined; plan?: ((pages: IndexedPage[]) => Shard[]) | undefined; beside?: boolean } = {}) {
    this.#cache = cache;
    this.#plan = plan;
    indexBesideAstro(beside);
  }

  /** The reports could not be given: the search step fails with `reason`. */
  refuse(reason: string): void {
    this.#planned = Promise.reject(new Error(`search index: ${reason}`));
    this.#planned.catch(() => undefined);
  }

  /** The reports to index: the shards the cache lacks are begun at once. */
  start(sources: SearchSource[]): void {
    this.#sources = new Map(sources.map((s) => [s.file, s]));
    this.#planned = this.#start(sources);
    this.#planned.catch(() => undefined);
  }

  async #start(sources: SearchSource[]): Promise<Planned> {
    const shards = this.#plan(sources);
    const code = await searchCode();
    await mkdir(this.#cache, { recursive: true });
    const keys = shards.map((shard, i) => shardKey(code, shard, i === 0, (file) => this.#sources.get(file)!.digest));
    const jobs = shards.map((shard, i) => (existsSync(join(this.#cache, keys[i]!)) ? Promise.resolve() : this.#make(shard, i === 0, keys[i]!)));
    // A shard that fails fails the search step, which awaits it; until then its failure waits.
    for (const job of jobs) job.catch(() => undefined);
    return { shards, keys, jobs };
  }

  async #make(shard: Shard, runtime: boolean, key: string): Promise<void> {
    if (this.#busy < this.#lanes) this.#busy++;
    else await new Promise<void>((start) => this.#waiting.push(start));
    try {
      if (this.#stopped) throw new Error('the build stopped');
      const after = this.#widened;
      // In shard order: pagefind numbers pages in the order it finds them.
      await cachedShard(this.#cache, key, () => new Map(shard.files.map((file) => [file, this.#sources.get(file)!.document()])), runtime);
      (after ? this.madeAfter : this.made).add(key);
    } catch (e) {
      throw new Error(`search index: shard ${shard.name}: ${(e as Error).message}`);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#busy--;
    }
  }

  /**
   * Astro has finished rendering: its core is free for a second shard at a time, at normal priority
   * (one Pagefind process keeps about 1.4 of 2 cores busy; 10,000 reports after Astro, one lane took
   * 82 s, two 65 s).
   */
  widen(): void {
    this.#widened = true;
    indexBesideAstro(false);
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

  /** Resolves once every shard begun has been made or has failed. */
  async finished(): Promise<void> {
    const planned = await this.#planned?.catch(() => undefined);
    if (planned) await Promise.allSettled(planned.jobs);
  }

  /**
   * Links the shards into `<site>/<dir>/`, once made, and writes `shards.json` listing them for the
   * browser, with the agencies' lead shards (`agencyLeads`) and the shards of the words few of them
   * hold with samples of the first one's pages (`wordDirectory`); preloads the newest one's first files
   * on the search page. Every report indexed must be a page of the site.
   */
  async writeTo(site: string, dir = SITE_INDEX): Promise<{ shards: Shard[]; pages: number; keys: string[] }> {
    if (!this.#planned) throw new Error('search index: no reports were given to index (Astro sent none)');
    const { shards, keys, jobs } = await this.#planned;
    // Checked synchronously: 10,000 awaited checks took 0.24–0.32 CPU-seconds, these 0.04.
    const missing = [...this.#sources.keys()].filter((file) => !existsSync(join(site, file)));
    if (missing.length > 0) throw new Error(`search index: no page for ${missing.length} report(s) in the built site, e.g. ${missing[0]}`);
    await Promise.all(jobs);
    const output = join(site, dir);
    await rm(output, { recursive: true, force: true });
    await mkdir(output, { recursive: true });
    for (const [i, shard] of shards.entries()) {
      const entry = join(this.#cache, keys[i]!);
      await linkTree(join(entry, 'shard'), join(output, shard.name));
      if (i === 0) await linkTree(join(entry, 'runtime'), output);
    }
    const entries = await Promise.all(shards.map((shard) => readFile(join(output, shard.name, 'pagefind-entry.json'), 'utf8')));
    const tags = entries.map((entry) => createHash('sha256').update(entry).digest('base64url').slice(0, 16));
    const fragments = new Map((await Promise.all(keys.map((key) => cachedLines(join(this.#cache, key), PAGES_FILE)))).flat());
    const leads = agencyLeads(shards, (file) => this.#sources.get(file)!.agency, (file) => fragments.get(file));
    const words = wordDirectory(
      await Promise.all(shards.map(async (shard, i) => ({ folder: `${shard.name}/`, words: await cachedLines(join(this.#cache, keys[i]!), WORDS_FILE) }))),
      shards.length > 0 ? await cachedLines(join(this.#cache, keys[0]!), SAMPLES_FILE) : [],
    );
    for (const [file, listed] of [...leads.byFile, ...words.byFile]) {
      await mkdir(dirname(join(output, file)), { recursive: true });
      await writeFile(join(output, file), JSON.stringify(listed));
    }
    await writeFile(join(output, 'shards.json'), `${JSON.stringify(shardManifest(shards, tags, { leads: leads.files, words: words.files }))}\n`);
    if (dir === SITE_INDEX && shards.length > 0) await preloadOnSearchPage(site, dir, { shard: `${shards[0]!.name}/`, tag: tags[0]!, entry: entries[0]! });
    await pruneCache(this.#cache, new Set(keys));
    return { shards, pages: this.#sources.size, keys };
  }
}

/** A tab-separated file of a cached shard (its `WORDS_FILE`, `PAGES_FILE` or `SAMPLES_FILE`): each line's first field, and its second when there is one. */
const cachedLines = async (entry: string, file: string): Promise<[string, string | undefined][]> =>
  (await readFile(join(entry, file), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string | undefined]);

/** Indexes `sources` into `<site>/<dir>/` at once, two shards at a time: for tests and benchmarks. */
export async function buildSearchIndex(
  site: string,
  sources: SearchSource[],
  options: { dir?: string; plan?: (pages: IndexedPage[]) => Shard[]; cache?: string } = {},
): Promise<{ shards: Shard[]; pages: number; keys: string[]; made: string[] }> {
  const index = new SearchIndex({ cache: options.cache, plan: options.plan, beside: false });
  index.widen();
  index.start(sources);
  const built = await index.writeTo(site, options.dir);
  return { ...built, made: built.keys.filter((key) => index.made.has(key) || index.madeAfter.has(key)) };
}

/** The search step: links every shard into the site once made, most of them while Astro rendered. */
export const searchIndexStep = (index: SearchIndex): PostBuildStep => ({
  name: 'search index',
  run: async (dir) => {
    const started = Date.now();
    const { shards, pages, keys } = await index.writeTo(dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const during = keys.filter((key) => index.made.has(key)).length;
    const after = keys.filter((key) => index.madeAfter.has(key)).length;
    console.log(
      `search index: ${pages} report pages in ${shards.length} shard(s), ${shards.length - during - after} unchanged since the last build, ${during} made while Astro rendered, ${after} after; ${seconds} s`,
    );
  },
});
