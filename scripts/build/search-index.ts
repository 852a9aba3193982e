import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { articleDigest, pageArticleBytes } from '../../src/search/index-html';
import { planShards, reportPage, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import { linkTree, pruneCache } from '../../src/site/build-cache';
import { cachedShard, searchCode, shardCache, shardKey } from './search-shard';
import type { SearchPrefetch } from './search-prefetch';
import type { PostBuildStep } from './steps';

/** Each page's article (all the index reads), as bytes, by file; a page without one is named. */
async function readArticles(site: string, files: readonly string[]): Promise<Map<string, Buffer>> {
  const articles = new Map<string, Buffer>();
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const read = await Promise.all(batch.map((file) => readFile(join(site, file))));
    for (const [j, file] of batch.entries()) {
      try {
        articles.set(file, pageArticleBytes(read[j]!));
      } catch (e) {
        throw new Error(`search index: ${file}: ${(e as Error).message}`);
      }
    }
  }
  return articles;
}

/** A shard's index, linked from the cache when its pages' articles and the code are as they were, else made and kept there. */
async function shardInto(site: string, shard: Shard, output: string, runtime: boolean, cache: string, code: string): Promise<string> {
  const articles = await readArticles(site, shard.files);
  const key = shardKey(code, shard, runtime, (file) => articleDigest(articles.get(file)!));
  const entry = await cachedShard(cache, key, () => new Map([...articles].map(([file, bytes]) => [file, bytes.toString('utf8')])), runtime);
  await linkTree(join(entry, 'shard'), join(output, shard.name));
  if (runtime) await linkTree(join(entry, 'runtime'), output);
  return key;
}

/**
 * Indexes the report pages of a built site into `pagefind/<shard>/`, one shard per year (split
 * when large), two at a time, and writes `pagefind/shards.json` listing them for the browser.
 */
export async function buildSearchIndex(
  site: string,
  {
    dir = 'pagefind',
    plan = planShards,
    cache = shardCache(),
  }: { dir?: string; plan?: (pages: IndexedPage[]) => Shard[]; cache?: string } = {},
): Promise<{ shards: Shard[]; pages: number; reused: number }> {
  const files = await glob('reports/*/*/index.html', { cwd: site });
  const pages = files.map(reportPage).filter((p): p is IndexedPage => p !== undefined);
  const shards = plan(pages);
  const output = join(site, dir);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  await mkdir(cache, { recursive: true });
  const code = await searchCode();
  const known = new Set(await readdir(cache));
  const used = new Set<string>();
  // Two shards at a time: one pagefind process keeps about 1.4 of 2 cores busy, and one lane's pages
  // are prepared here while the other lane's pagefind runs (measured at 10,000 reports: one lane
  // 82 s, two 65 s).
  let next = 0;
  const lane = async () => {
    while (next < shards.length) {
      const shard = shards[next++]!;
      used.add(await shardInto(site, shard, output, shard === shards[0], cache, code));
    }
  };
  await Promise.all([lane(), lane()]);
  await writeFile(join(output, 'shards.json'), `${JSON.stringify(shardManifest(shards))}\n`);
  await pruneCache(cache, used);
  return { shards, pages: pages.length, reused: [...used].filter((k) => known.has(k)).length };
}

/** The search step: waits for the shards made while Astro rendered, then indexes (or links from the cache) every shard of the written site. */
export const searchIndexStep = (prefetch: SearchPrefetch): PostBuildStep => ({
  name: 'search index',
  run: async (dir) => {
    const started = Date.now();
    await prefetch.finished();
    const { shards, pages, reused } = await buildSearchIndex(dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `search index: ${pages} report pages in ${shards.length} shard(s), ${reused - prefetch.made} unchanged since the last build, ${prefetch.made} made while Astro rendered, ${shards.length - reused} after; ${seconds} s`,
    );
  },
});
