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

interface Instance {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

/** One shard's pagefind instance, opened on first use. */
export interface ShardIndex {
  search: Instance['search'];
  /** Loads every filter value of the shard (once), after which its searches count them all. */
  loadFilters: () => Promise<void>;
}

interface Runtime {
  createInstance: (options: { basePath: string }) => Instance;
}

/**
 * Opens the site's search index: one pagefind instance per shard, newest year first, each in a
 * web worker of its own and started on its first search, so the newest reports show while older
 * shards are still being opened and searched (pagefind's mergeIndex answers only when every
 * shard has). pagefind.js keeps its WebAssembly and worker in module scope, so two instances
 * from one module would overwrite each other's memory: each shard imports the script under its
 * own URL, which gives it a module of its own.
 */
export async function loadShards(base: string): Promise<ShardIndex[]> {
  const root = `${base}pagefind/`;
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index not found (${response.status})`);
  const { shards } = (await response.json()) as { shards: string[] };
  if (shards.length === 0) throw new Error('the search index is empty');
  return shards.map((shard) => {
    let instance: Promise<Instance> | undefined;
    let filters: Promise<void> | undefined;
    const open = () =>
      (instance ??= (import(/* @vite-ignore */ `${root}${shards[0]}pagefind.js?shard=${encodeURIComponent(shard)}`) as Promise<Runtime>).then((runtime) =>
        runtime.createInstance({ basePath: `${root}${shard}` }),
      ));
    return {
      search: async (term, options) => (await open()).search(term, options),
      loadFilters: () => (filters ??= open().then(async (i) => void (await i.filters()))),
    };
  });
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
