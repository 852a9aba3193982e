import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { glob } from 'tinyglobby';
import { planShards, reportPage, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import { linkTree, pruneCache } from '../../src/site/build-cache';
import { PageDigests, readArticles } from './search-page-digests';
import { preloadOnSearchPage } from './search-page';
import { cachedShard, searchCode, shardCache, shardKey } from './search-shard';
import type { SearchPrefetch } from './search-prefetch';
import type { PostBuildStep } from './steps';

/** The index folder the site's search page reads (src/search/client/pagefind.ts). */
const SITE_INDEX = 'pagefind';

/** A shard's cache key, from its pages as written. */
async function keyOf(site: string, shard: Shard, runtime: boolean, code: string, pageDigests: PageDigests): Promise<string> {
  const digests = await pageDigests.of(site, shard.files);
  return shardKey(code, shard, runtime, (file) => digests.get(file)!);
}

/** A shard's index, linked from the cache, where it is made first (from the pages, read again) when missing. */
async function shardInto(site: string, shard: Shard, key: string, output: string, runtime: boolean, cache: string): Promise<void> {
  const entry = await cachedShard(cache, key, async () => new Map([...(await readArticles(site, shard.files))].map(([file, bytes]) => [file, bytes.toString('utf8')])), runtime);
  await linkTree(join(entry, 'shard'), join(output, shard.name));
  if (runtime) await linkTree(join(entry, 'runtime'), output);
}

/**
 * Indexes the report pages of a built site into `pagefind/<shard>/`, one shard per year (split
 * when large), two at a time, writes `pagefind/shards.json` listing them for the browser and
 * preloads the newest one's first files on the search page.
 * Every shard's key is computed from the written pages first; `ready` (the shards being made from
 * the pages as Astro rendered them) is awaited only before the shards are looked up in the cache.
 */
export async function buildSearchIndex(
  site: string,
  {
    dir = SITE_INDEX,
    plan = planShards,
    cache = shardCache(),
    ready = Promise.resolve(),
  }: { dir?: string; plan?: (pages: IndexedPage[]) => Shard[]; cache?: string; ready?: Promise<unknown> } = {},
): Promise<{ shards: Shard[]; pages: number; keys: string[]; made: string[] }> {
  const files = await glob('reports/*/*/index.html', { cwd: site });
  const pages = files.map(reportPage).filter((p): p is IndexedPage => p !== undefined);
  const shards = plan(pages);
  const output = join(site, dir);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  await mkdir(cache, { recursive: true });
  const code = await searchCode();
  const pageDigests = await PageDigests.open(cache, code);
  const keys = await pLimit(2).map(shards, (shard, i) => keyOf(site, shard, i === 0, code, pageDigests));
  await ready;
  const made = keys.filter((key) => !existsSync(join(cache, key)));
  // Two shards at a time: one pagefind process keeps about 1.4 of 2 cores busy, and one lane's pages
  // are prepared here while the other lane's pagefind runs (measured at 10,000 reports: one lane
  // 82 s, two 65 s).
  await pLimit(2).map(shards, (shard, i) => shardInto(site, shard, keys[i]!, output, i === 0, cache));
  const entries = await Promise.all(shards.map((shard) => readFile(join(output, shard.name, 'pagefind-entry.json'), 'utf8')));
  const tags = entries.map((entry) => createHash('sha256').update(entry).digest('base64url').slice(0, 16));
  await writeFile(join(output, 'shards.json'), `${JSON.stringify(shardManifest(shards, tags))}\n`);
  if (dir === SITE_INDEX && shards.length > 0) await preloadOnSearchPage(site, dir, { shard: `${shards[0]!.name}/`, tag: tags[0]!, entry: entries[0]! });
  await pruneCache(cache, new Set([...keys, PageDigests.FILE]));
  await pageDigests.save();
  return { shards, pages: pages.length, keys, made };
}

/** The search step: keys every shard of the written site while the shards fed by Astro are still being made, then links each from the cache, indexing what is missing. */
export const searchIndexStep = (prefetch: SearchPrefetch): PostBuildStep => ({
  name: 'search index',
  run: async (dir) => {
    const started = Date.now();
    const { shards, pages, keys, made } = await buildSearchIndex(dir, { ready: prefetch.finished() });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const during = keys.filter((key) => prefetch.made.has(key)).length;
    const after = keys.filter((key) => prefetch.madeAfter.has(key)).length + made.length;
    console.log(
      `search index: ${pages} report pages in ${shards.length} shard(s), ${shards.length - during - after} unchanged since the last build, ${during} made while Astro rendered, ${after} after; ${seconds} s`,
    );
  },
});
