/** The parts of pagefind's browser API (pagefind.js 1.6) that the search page uses. */
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
  /** Starts the worker and loads the shard's entry, metadata and WebAssembly, as a first search would. */
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

/** One shard's pagefind instance, opened on first use. */
export interface ShardIndex {
  search: Instance['search'];
  /** Loads every filter value of the shard (once), after which its searches count them all. */
  loadFilters: () => Promise<void>;
  /** Opens the shard ahead of its first search, which then only loads the index chunks of its words. */
  warm: () => Promise<void>;
}

interface Runtime {
  createInstance: (options: { basePath: string }) => Instance;
}

/**
 * Pagefind's worker splits each query into words with an Intl.Segmenter for the page's language
 * (zh-cn). The browser's first one loads its word-break data, 25–45 ms on the benchmark machine in
 * a new worker, and the renderer process then shares it: made here, on the page's thread, which
 * idles while the worker starts, the worker's own takes about 1 ms and the first search starts sooner.
 */
function readySegmenter(): void {
  try {
    [...new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' }).segment('政府信息公开')];
  } catch {
    // No Intl.Segmenter (or no such language): pagefind then does without it too.
  }
}

/**
 * Opens the site's search index: one pagefind instance per shard, newest year first, each started
 * on its first search, so the newest reports show while older shards are still being opened and
 * searched (pagefind's mergeIndex answers only when every shard has). The instances share one
 * pagefind.js, hence one web worker and one WebAssembly module; pagefind loads that module into
 * module scope on an instance's first search, so every other instance waits for that search, or it
 * would load a second copy over the first one's memory. pagefind.js is fetched while the shard
 * list is.
 */
export async function loadShards(base: string): Promise<ShardIndex[]> {
  const root = `${base}pagefind/`;
  const runtime = import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Runtime>;
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index not found (${response.status})`);
  const { shards } = (await response.json()) as { shards: string[] };
  if (shards.length === 0) throw new Error('the search index is empty');
  let wasmLoaded: Promise<unknown> | undefined;
  const afterWasm = async <T>(use: () => Promise<T>): Promise<T> => {
    if (wasmLoaded) return wasmLoaded.then(use);
    const first = use();
    wasmLoaded = first.catch(() => undefined);
    return first;
  };
  let started = false;
  return shards.map((shard) => {
    let instance: Promise<Instance> | undefined;
    let filters: Promise<void> | undefined;
    const open = () =>
      (instance ??= runtime.then((r) => {
        const created = r.createInstance({ basePath: `${root}${shard}` });
        if (!started) setTimeout(readySegmenter);
        started = true;
        return created;
      }));
    return {
      search: (term, options) => afterWasm(async () => (await open()).search(term, options)),
      loadFilters: () => (filters ??= afterWasm(async () => void (await (await open()).filters()))),
      warm: () => afterWasm(async () => (await open()).init()),
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
