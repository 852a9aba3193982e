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

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface ShardManifest {
  shards: string[];
}

/**
 * Loads the site's search index: pagefind's runtime from the first shard, then every other
 * shard merged in (pagefind's multi-site mergeIndex), then all filter values, so that filter
 * counts cover every shard.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const root = `${base}pagefind/`;
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index not found (${response.status})`);
  const { shards } = (await response.json()) as ShardManifest;
  if (shards.length === 0) throw new Error('the search index is empty');
  const pagefind = (await import(/* @vite-ignore */ `${root}${shards[0]}pagefind.js`)) as Pagefind;
  await pagefind.options({});
  await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(`${root}${shard}`)));
  await pagefind.filters();
  return pagefind;
}
