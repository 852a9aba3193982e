import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { planShards, reportPage, shardManifest, type IndexedPage, type Shard } from '../../src/search/shards';
import type { PostBuildStep } from './steps';

const SHARD_WORKER = resolve(import.meta.dirname, 'search-shard.ts');

/** Pagefind's script is shared by every shard: one shard writes it into `pagefind/` itself. */
function indexShard(site: string, shard: Shard, output: string, runtime: boolean): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SHARD_WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`search shard ${shard.name} exited with ${code}`))));
    child.stdout.resume();
    child.stdin.end(JSON.stringify({ site, files: shard.files, output: join(output, shard.name), ...(runtime && { runtime: output }) }));
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

/**
 * Indexes the report pages of a built site into `pagefind/<shard>/`, one shard per year (split
 * when large), in parallel processes, and writes `pagefind/shards.json` listing them for the browser.
 */
export async function buildSearchIndex(
  site: string,
  { dir = 'pagefind', plan = planShards }: { dir?: string; plan?: (pages: IndexedPage[]) => Shard[] } = {},
): Promise<{ shards: Shard[]; pages: number }> {
  const files = await glob('reports/*/*/index.html', { cwd: site });
  const pages = files.map(reportPage).filter((p): p is IndexedPage => p !== undefined);
  const shards = plan(pages);
  const output = join(site, dir);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  await pool(shards, Math.max(1, availableParallelism()), (shard) => indexShard(site, shard, output, shard === shards[0]));
  await writeFile(join(output, 'shards.json'), `${JSON.stringify(shardManifest(shards))}\n`);
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
