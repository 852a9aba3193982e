/** The parts of pagefind's browser API (pagefind.js 1.5) that the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  locations: number[];
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}

/** One shard's pagefind instance. */
export interface ShardIndex {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

interface Runtime {
  createInstance: (options: { basePath: string }) => ShardIndex;
}

/**
 * Opens the site's search index: one pagefind instance per shard, newest year first, each in a
 * web worker of its own, so shards are searched side by side and the newest reports show while
 * older shards are still being searched (pagefind's mergeIndex answers only when every shard
 * has). pagefind.js keeps its WebAssembly and worker in module scope, so two instances from one
 * module would overwrite each other's memory: each shard imports the script under its own URL,
 * which gives it a module of its own. Filter values are loaded too, so searches return counts.
 */
export async function loadShards(base: string): Promise<ShardIndex[]> {
  const root = `${base}pagefind/`;
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index not found (${response.status})`);
  const { shards } = (await response.json()) as { shards: string[] };
  if (shards.length === 0) throw new Error('the search index is empty');
  const runtimes = await Promise.all(shards.map((shard) => import(/* @vite-ignore */ `${root}${shards[0]}pagefind.js?shard=${encodeURIComponent(shard)}`) as Promise<Runtime>));
  const instances = runtimes.map((runtime, i) => runtime.createInstance({ basePath: `${root}${shards[i]}` }));
  await Promise.all(instances.map((i) => i.filters()));
  return instances;
}

/** Adds up the filter counts of several shards. */
export function sumCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (sum[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}
