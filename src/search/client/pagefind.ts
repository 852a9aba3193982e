import { pagefindQuery } from '../query';
import { INDEX_FORMAT, leadFile, listingFolder, listingFragment, mergeSiteShards, type ShardList } from '../shards';
import { holdingAll, sampleKey, termWords, wordFile } from '../words';
import { readFragment, type Fragment } from '../fragment-file';
import { phraseData } from './fragment';

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
  /** Its folder in its site's index, e.g. `2024-2/`: its year first. */
  name: string;
  search: Instance['search'];
  /** Loads every filter value of the shard (once), after which its searches count them all. */
  loadFilters: () => Promise<void>;
  /** Opens the shard ahead of its first search, which then only loads the index chunks of its words. */
  warm: () => Promise<void>;
}

interface Runtime {
  createInstance: (options: { basePath: string; noWorker: boolean; metaCacheTag?: string }) => Instance;
}

/**
 * `open` for the first shard asked for at once, for any other once the first one's index has
 * opened (`opened`), or failed to.
 */
export function oneOpensFirst<K, T extends { opened: Promise<unknown> }>(open: (shard: K) => Promise<T>): (shard: K) => Promise<T> {
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
 * (pagefind's mergeIndex answers only when every shard has). The instances search on the page's
 * thread, not in pagefind's web worker: the worker cannot use what the page preloaded (the newest
 * shard's entry, metadata and WebAssembly, scripts/build/search-page.ts), and starting it and
 * passing it every request, with those fetched only once it ran, put 25–40 ms more before a cold
 * search's first result (10,000 reports, Chromium on loopback, 12 alternating pairs). A search's
 * work comes in slices of a few milliseconds, one per fetched index chunk, so typing stays fluid.
 * The instances share pagefind.js and its WebAssembly module, which an instance loads into module
 * scope as it is created unless the module is there already; so the first instance is created alone
 * and the others only once its index has opened (an empty query answers then), or each would load a
 * copy over the other's memory. Each asks for its entry with the shard's tag (`ShardManifest.tags`),
 * the URL the page preloaded. pagefind.js is fetched while the shard list is. The shards of the other
 * sites of `sites` (SEARCH_SITES: a portal built one site per province) join the site's own, year by
 * year, but for those of an index of another format (`INDEX_FORMAT`); each instance's links lead to
 * its own site, whose base path Pagefind takes from the shard's.
 * `leadFor` gives the shard to search beside the first for a query that begins an agency's name,
 * `leadPageOf` its newest report's data, read from its fragment;
 * `holdersOf`, the shards that can hold a query (those of sites without a word directory all can);
 * `pageOf`, a query's data for the only page of a shard that the directory lists for one of its words,
 * or for the first shard's sample page of its first word.
 */
export async function loadShards(
  base: string,
  sites: readonly string[] = [],
): Promise<{
  shards: ShardIndex[];
  leadFor: (query: string) => Promise<number | undefined>;
  leadPageOf: (query: string) => Promise<PagefindData | undefined>;
  holdersOf: (query: string) => Promise<ReadonlySet<number> | undefined>;
  pageOf: (shard: number, query: string) => Promise<PagefindData | undefined>;
}> {
  const root = `${base}pagefind/`;
  unpackEarly(root);
  const runtime = import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Runtime>;
  const manifests = await Promise.all(
    [base, ...sites].map(async (site, i) => {
      const response = await fetch(`${site}pagefind/shards.json`).catch(() => undefined);
      const index = `${site}pagefind/`;
      if (response?.ok) {
        const manifest = (await response.json()) as ShardList;
        if (i === 0 || manifest.version === INDEX_FORMAT) return { root: index, manifest };
        // Built by another version of nianbao: its words are not written as the queries are.
        console.warn(`nianbao search: the index of ${site} is of format ${manifest.version}, not ${INDEX_FORMAT}; searching without it`);
        return { root: index };
      }
      const why = response?.status ?? 'offline';
      if (i === 0) throw new Error(`search index not found (${why})`);
      // Another site's index missing: the search covers the others, and says so in the console.
      console.warn(`nianbao search: the index of ${site} could not be read (${why}); searching without it`);
      return { root: index };
    }),
  );
  const shards = mergeSiteShards(manifests);
  if (shards.length === 0) throw new Error('the search index is empty');
  const createInTurn = oneOpensFirst(async (i: number) => {
    const { root: index, shard, tag } = shards[i]!;
    const instance = (await runtime).createInstance({ basePath: `${index}${shard}`, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    return { instance, opened: instance.search('') };
  });
  const indexes = shards.map((site, i): ShardIndex => {
    let created: ReturnType<typeof createInTurn> | undefined;
    let filters: Promise<void> | undefined;
    const open = () => (created ??= createInTurn(i));
    return {
      name: site.shard,
      search: async (term, options) => (await open()).instance.search(term, options),
      loadFilters: () => (filters ??= open().then(async ({ instance }) => void (await instance.filters()))),
      warm: () => open().then(async ({ opened }) => void (await opened)),
    };
  });
  const leads = manifests[0]!.manifest?.leads ?? 0;
  const directories = new Map(manifests.map(({ root: index, manifest }) => [index, manifest?.words ? wordListings(index, manifest.words) : undefined]));
  const holdersOf = async (query: string) => {
    const words = termWords(pagefindQuery(query));
    const holding = new Map(
      await Promise.all([...directories].map(async ([index, lookUp]) => [index, lookUp && holdingAll(words, (await lookUp(words)).listed)] as const)),
    );
    if ([...holding.values()].every((h) => h === undefined)) return undefined;
    return new Set(shards.flatMap(({ root: index, shard }, i) => (holding.get(index)?.has(shard) ?? true ? [i] : [])));
  };
  const pageOf = async (place: number, query: string) => {
    const { root: index, shard } = shards[place]!;
    const lookUp = directories.get(index);
    if (!lookUp) return undefined;
    const words = termWords(pagefindQuery(query));
    const { listed, sample } = await lookUp(words);
    const inShard = (listing: string) => listingFolder(listing) === shard && listingFragment(listing) !== undefined;
    // A word's one page in the shard, else the first shard's sample page of the query's first word.
    const page = [...words.flatMap((word) => listed(word) ?? []), ...words.slice(0, 1).flatMap((word) => sample(word) ?? [])].find(inShard);
    return page ? readPage(index, page, query) : undefined;
  };
  const leadOf = leadShards(root, leads, (shard) => shards.findIndex((s) => s.root === root && s.shard === shard));
  const leadFor = async (query: string) => (await leadOf(query))?.place;
  const leadPageOf = async (query: string) => {
    const page = (await leadOf(query))?.page;
    return page ? readPage(root, page, query) : undefined;
  };
  return { shards: indexes, leadFor, leadPageOf, holdersOf, pageOf };
}

/** The data a search for `query` gives the page a listing names (`2024-2/und_1a2b3c4`, src/search/words.ts), read from its fragment below the index at `index`. */
async function readPage(index: string, listing: string, query: string): Promise<PagefindData | undefined> {
  const fragment = await fragmentAt(`${index}${listingFragment(listing)!}`);
  return fragment && phraseData(fragment, pagefindQuery(query), `${index}${listingFolder(listing)}`);
}

/**
 * Fragments read, by URL: a search repeated or typed on reads its page from memory, as Pagefind does
 * its own (a common word's search again took 28 ms instead of 9, the fragment fetched and unpacked again).
 */
const fragments = new Map<string, Promise<Fragment | undefined>>();
function fragmentAt(url: string): Promise<Fragment | undefined> {
  let read = fragments.get(url);
  if (!read) {
    read = fetch(url)
      .then(unpack)
      .then((bytes) => bytes && readFragment(bytes));
    fragments.set(url, read);
    // One that could not be read is tried again by the next search.
    const forget = () => void fragments.delete(url);
    void read.then((fragment) => fragment ?? forget(), forget);
  }
  return read;
}

/** Pagefind's packed files: metadata, WebAssembly. */
const PACKED = /\.(?:pf_meta|pagefind)$/u;

/**
 * Starts unpacking the packed files of the index below `root` that the page preloads (the newest
 * shard's metadata and WebAssembly, scripts/build/search-page.ts) as soon as the page's script runs,
 * rather than once Pagefind, loaded and reading the shard's entry, asks for them; Pagefind takes
 * them from `nianbaoUnpacked` (scripts/build/pagefind-patches.ts). A file that cannot be fetched or
 * unpacked here is left to Pagefind.
 */
function unpackEarly(root: string): void {
  if (typeof document === 'undefined' || typeof DecompressionStream !== 'function') return;
  const unpacked = new Map<string, Promise<ArrayBuffer | undefined>>();
  for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith(root) || !PACKED.test(href)) continue;
    unpacked.set(href, fetch(href).then(unpack).catch(() => undefined));
  }
  (globalThis as { nianbaoUnpacked?: typeof unpacked }).nianbaoUnpacked = unpacked;
}

/** A fetched Pagefind file's bytes, unpacked when gzip (a server that sent it with Content-Encoding has had the browser unpack it). */
async function unpack(response: Response): Promise<ArrayBuffer | undefined> {
  if (!response.ok) return undefined;
  const bytes = await response.arrayBuffer();
  const head = new Uint8Array(bytes, 0, 2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * A reader of the index's small JSON lists (agencies' leads, the word directory) below `root`: each
 * file fetched once; one that cannot be read lists nothing.
 */
function listFiles<T>(root: string): (file: string) => Promise<Record<string, T>> {
  const read = new Map<string, Promise<Record<string, T>>>();
  return (file) => {
    let listed = read.get(file);
    if (!listed) {
      listed = fetch(`${root}${file}`)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, T>>) : {}))
        .catch(() => ({}));
      read.set(file, listed);
    }
    return listed;
  };
}

/**
 * One word file is read for a query, that of its first word (`termWords`: a number first): each
 * request more on the search page's start delays a common word's first hit (10,000 reports, 12
 * alternating pairs: four files, 275 → 308 ms; one, no difference in 16 pairs).
 */
const WORD_FILES_READ = 1;

/**
 * A site's word directory (src/search/words.ts) as some words' listings, and their samples in the
 * first shard: the file of the first word is read (each file fetched once); a word it lacks, or a
 * file that cannot be read, lists nothing.
 */
export function wordListings(
  root: string,
  files: number,
): (words: readonly string[]) => Promise<{ listed: (word: string) => readonly string[] | undefined; sample: (word: string) => string | undefined }> {
  const file = listFiles<string[]>(root);
  return async (words) => {
    const names = [...new Set(words.map((w) => wordFile(w, files)))].slice(0, WORD_FILES_READ);
    const read = new Map(await Promise.all(names.map(async (name) => [name, await file(name)] as const)));
    const entry = (word: string, key: string) => {
      const byWord = read.get(wordFile(word, files));
      return byWord && Object.hasOwn(byWord, key) ? byWord[key] : undefined;
    };
    return { listed: (word) => entry(word, word), sample: (word) => entry(word, sampleKey(word))?.[0] };
  };
}

/**
 * The shard to search beside the first for a query that begins an agency's name: the one holding
 * that agency's newest report (`agencyLeads`), by its place among the shards, and that report's
 * listing (`2024-2/und_1a2b3c4`) when one agency's only is there, read from the query's lead file
 * (each fetched once) when the site has them; undefined for any other query.
 */
export function leadShards(root: string, files: number, placeOf: (shard: string) => number): (query: string) => Promise<{ place: number; page?: string } | undefined> {
  const read = listFiles<string>(root);
  return async (query) => {
    const file = files > 0 ? leadFile(query, files) : undefined;
    if (file === undefined) return undefined;
    const leads = Object.entries(await read(file))
      .filter(([agency]) => agency.startsWith(query))
      .map(([, listing]) => ({ place: placeOf(listingFolder(listing)), listing }))
      .filter(({ place }) => place > 0);
    if (leads.length === 0) return undefined;
    const place = Math.min(...leads.map((lead) => lead.place));
    const there = leads.filter((lead) => lead.place === place);
    return there.length === 1 && listingFragment(there[0]!.listing) ? { place, page: there[0]!.listing } : { place };
  };
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
