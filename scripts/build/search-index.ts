import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { planShards, reportPage, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import type { PostBuildStep } from './steps';

const SHARD_WORKER = resolve(import.meta.dirname, 'search-shard.ts');
/** Pagefind's ready-made UIs: the site has its own search page, so they are not shipped. */
const UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;
/** Pagefind's runtime: the browser loads it once, from the first shard, and merges the others in. */
const RUNTIME_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/u;

function indexShard(site: string, shard: Shard): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SHARD_WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`search shard ${shard.name} exited with ${code}`))));
    child.stdout.resume();
    child.stdin.end(JSON.stringify({ site, files: shard.files, output: join(site, 'pagefind', shard.name) }));
  });
}

/** Runs jobs with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Keeps pagefind's runtime in the first shard only and drops its UI bundles everywhere. */
async function prune(site: string, shards: readonly Shard[]): Promise<void> {
  for (const [i, shard] of shards.entries()) {
    const dir = join(site, 'pagefind', shard.name);
    const files = await glob('*', { cwd: dir, onlyFiles: true });
    await Promise.all(files.filter((f) => UI_FILES.test(f) || (i > 0 && RUNTIME_FILES.test(f))).map((f) => rm(join(dir, f))));
  }
}

/**
 * Indexes the report pages of a built site into `pagefind/<shard>/`, one shard per year (split
 * when large), in parallel processes, and writes `pagefind/shards.json` for the browser to merge them.
 */
export async function buildSearchIndex(site: string): Promise<{ shards: Shard[]; pages: number }> {
  const files = await glob('reports/*/*/index.html', { cwd: site });
  const pages = files.map(reportPage).filter((p): p is IndexedPage => p !== undefined);
  const shards = planShards(pages);
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  await mkdir(join(site, 'pagefind'), { recursive: true });
  await pool(shards, Math.max(1, availableParallelism()), (shard) => indexShard(site, shard));
  await prune(site, shards);
  await writeFile(join(site, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards))}\n`);
  return { shards, pages: pages.length };
}

export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  run: async (dir) => {
    const started = Date.now();
    const { shards, pages } = await buildSearchIndex(dir);
    console.log(`search index: ${pages} report pages in ${shards.length} shard(s), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
};
