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
 * `open` for the first shard asked for at once, for any other once the first one's index has
 * opened (`opened`), or failed to.
 */
export function oneOpensFirst<T extends { opened: Promise<unknown> }>(open: (shard: string) => Promise<T>): (shard: string) => Promise<T> {
  let firstOpened: Promise<unknown> | undefined;
  return (shard) => {
    if (firstOpened) return firstOpened.then(() => open(shard));
    const created = open(shard);
    firstOpened = created.then((c) => c.opened).catch(() => undefined);
    return created;
  };
}

/**
 * Opens the site's search index: one pagefind instance per shard, newest year first, each started
 * on first use, so the newest reports show while older shards are still being opened and searched
 * (pagefind's mergeIndex answers only when every shard has). The instances share one pagefind.js,
 * hence one web worker and one WebAssembly module, which an instance loads into module scope as it
 * is created unless the module is there already; so the first instance is created alone and the
 * others only once its index has opened (an empty query answers then), or each would load a copy
 * over the other's memory. pagefind.js is fetched while the shard list is.
 */
export async function loadShards(base: string): Promise<ShardIndex[]> {
  const root = `${base}pagefind/`;
  const runtime = import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Runtime>;
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index not found (${response.status})`);
  const { shards } = (await response.json()) as { shards: string[] };
  if (shards.length === 0) throw new Error('the search index is empty');
  const createInTurn = oneOpensFirst(async (shard) => {
    const instance = (await runtime).createInstance({ basePath: `${root}${shard}` });
    return { instance, opened: instance.search('') };
  });
  let segmenter = false;
  return shards.map((shard) => {
    let created: ReturnType<typeof createInTurn> | undefined;
    let filters: Promise<void> | undefined;
    const open = () => {
      if (!segmenter) setTimeout(readySegmenter);
      segmenter = true;
      return (created ??= createInTurn(shard));
    };
    return {
      search: async (term, options) => (await open()).instance.search(term, options),
      loadFilters: () => (filters ??= open().then(async ({ instance }) => void (await instance.filters()))),
      warm: () => open().then(async ({ opened }) => void (await opened)),
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
