import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { cacheDir } from '../../src/config/deploy.mjs';
import { planShards, reportPage, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import { pruneCache } from '../../src/site/build-cache';
import { codeFingerprint } from '../../src/site/fingerprint';
import type { PostBuildStep } from './steps';

const root = resolve(import.meta.dirname, '../..');
const SHARD_WORKER = resolve(import.meta.dirname, 'search-shard.ts');

/** Indexes a shard into `<into>/shard/`; pagefind's script, which every shard shares, into `<into>/runtime/` when asked. */
function indexShard(site: string, shard: Shard, into: string, runtime: boolean): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SHARD_WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`search shard ${shard.name} exited with ${code}`))));
    child.stdout.resume();
    child.stdin.end(JSON.stringify({ site, files: shard.files, output: join(into, 'shard'), ...(runtime && { runtime: join(into, 'runtime') }) }));
  });
}

/** The digest of what a shard's index is made from: the code, the shard's name and its pages. */
async function shardKey(site: string, shard: Shard, runtime: boolean, code: string): Promise<string> {
  const hash = createHash('sha256').update(`${code}\n${shard.name}\n${runtime}\n`);
  for (const file of shard.files) hash.update(`${file}\n`).update(await readFile(join(site, file)));
  return hash.digest('base64url');
}

/**
 * A shard's index, from the cache when its pages and the code are as they were (a rebuild after
 * one edit re-indexes one or two years, not all), else made and kept there.
 */
async function shardInto(site: string, shard: Shard, output: string, runtime: boolean, cache: string, code: string): Promise<string> {
  const key = await shardKey(site, shard, runtime, code);
  const cached = join(cache, key);
  if (!existsSync(cached)) {
    const fresh = `${cached}.${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    await indexShard(site, shard, fresh, runtime);
    await rename(fresh, cached).catch(async () => rm(fresh, { recursive: true, force: true }));
  }
  await cp(join(cached, 'shard'), join(output, shard.name), { recursive: true });
  if (runtime) await cp(join(cached, 'runtime'), output, { recursive: true });
  return key;
}

/** Runs jobs with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Indexes the report pages of a built site into `pagefind/<shard>/`, one shard per year (split
 * when large), in parallel processes, and writes `pagefind/shards.json` listing them for the browser.
 */
export async function buildSearchIndex(
  site: string,
  {
    dir = 'pagefind',
    plan = planShards,
    cache = resolve(root, cacheDir(), 'nianbao-search'),
  }: { dir?: string; plan?: (pages: IndexedPage[]) => Shard[]; cache?: string } = {},
): Promise<{ shards: Shard[]; pages: number; reused: number }> {
  const files = await glob('reports/*/*/index.html', { cwd: site });
  const pages = files.map(reportPage).filter((p): p is IndexedPage => p !== undefined);
  const shards = plan(pages);
  const output = join(site, dir);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  await mkdir(cache, { recursive: true });
  const code = await codeFingerprint(root, ['src/search/**/*.ts', 'scripts/build/search-*.ts']);
  const known = new Set(await readdir(cache));
  const used = new Set<string>();
  await pool(shards, Math.max(1, availableParallelism()), async (shard) => {
    used.add(await shardInto(site, shard, output, shard === shards[0], cache, code));
  });
  await writeFile(join(output, 'shards.json'), `${JSON.stringify(shardManifest(shards))}\n`);
  await pruneCache(cache, used);
  return { shards, pages: pages.length, reused: [...used].filter((k) => known.has(k)).length };
}

export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  run: async (dir) => {
    const started = Date.now();
    const { shards, pages, reused } = await buildSearchIndex(dir);
    console.log(`search index: ${pages} report pages in ${shards.length} shard(s), ${reused} unchanged since the last build, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
};
