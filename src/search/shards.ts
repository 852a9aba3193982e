/** A report page as the search index sees it: its file below the site folder and its year. */
export interface IndexedPage {
  /** e.g. `reports/anqiushi-linghejiedao-banshichu/2023/index.html` */
  file: string;
  year: number;
}

export interface Shard {
  /** Folder below `pagefind/`, e.g. `2023` or `2023-2` when a year is split. */
  name: string;
  files: string[];
}

/**
 * The index's format, which the browser checks in other sites' manifests: their queries are written
 * as its words are. 2 since words other than Chinese are led by a `z` (src/search/tokens.ts): a
 * query's words match none of an index of format 1.
 */
export const INDEX_FORMAT = 2;

/** The list the browser reads to know which shards to search; the first shard also holds pagefind's script. */
export interface ShardManifest {
  version: typeof INDEX_FORMAT;
  /** Shard folders relative to `pagefind/`, each ending in `/`, newest year first. */
  shards: string[];
  /**
   * Each shard's tag, a digest of its `pagefind-entry.json`: the browser asks for the entry with it
   * (pagefind's `metaCacheTag`) rather than with the time, as pagefind does by default, so the search
   * page can fetch the newest shard's entry ahead (scripts/build/search-page.ts) and a cache can keep
   * it until the index changes.
   */
  tags: string[];
  pages: number;
  /** How many files `agencies/<n>.json` list the agencies' lead shards (`agencyLeads`); missing: none. */
  leads?: number;
  /** How many files `words/<n>.json` list the shards that hold each of the words few shards hold (src/search/words.ts); missing: none. */
  words?: number;
}

/**
 * Indexing needs about 0.8 MB per page in one pagefind process, so this bounds a shard near 1 GB; and
 * the browser opens shards one after another, so fewer of them answer a rare word sooner.
 */
export const MAX_PAGES_PER_SHARD = 1000;
/**
 * The browser searches the first shard alone and shows its hits first: a common word's first page
 * comes from it, and its index chunks, hence the time to load and search them, grow with its pages,
 * so it holds only this many of the newest year's pages, and at least half as many. A rare word
 * waits for its (empty) answer too. 10,000 reports, first shard of 126 pages against 29, cold
 * search in Chromium (medians of 12 alternating runs): common word 509 → 456 ms, rare 592 → 572 ms.
 */
export const FIRST_SHARD_PAGES = 50;

/** FNV-1a of a page's file (where it goes does not depend on the other pages of its year), or of a lead's or a word's key. */
export function bucketHash(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The smallest power of two at least `n`. */
export const powerOfTwo = (n: number): number => 2 ** Math.max(0, Math.ceil(Math.log2(n)));

/** Sorted files cut into runs of at most `max`: a bucket far over its share by chance. */
const runs = (files: readonly string[], max: number): string[][] => Array.from({ length: Math.ceil(files.length / max) }, (_, i) => files.slice(i * max, (i + 1) * max));

/** How far a bucket may pass `maxPages` by chance before it is cut: a year of 2,000 pages makes two shards of about 1,000, not 1,000 + 1,000 + a few. */
const SLACK = 1.1;

/**
 * Splits the report pages into shards: one per year, newest first, and a year with more than
 * `maxPages` pages into as many buckets as that takes, by a digest of each page's file, so that each
 * indexing process has a bound on its memory whatever the number of reports. A page's bucket depends
 * on its file and the bucket count alone: a new report changes one shard, not every shard after it in
 * file order, and a year is split anew only when it passes a multiple of `maxPages` (a bucket may hold
 * a tenth more than that by chance; one past that is cut). When the newest year has more than
 * `firstPages` pages, those whose digest is a multiple of a power of two, chosen so that they number
 * between half and all of `firstPages`, make a shard of their own, the one searched first.
 */
export function planShards(pages: readonly IndexedPage[], maxPages = MAX_PAGES_PER_SHARD, firstPages = FIRST_SHARD_PAGES): Shard[] {
  if (!(maxPages >= 1)) throw new RangeError(`maxPages must be at least 1, got ${maxPages}`);
  if (!(firstPages >= 1)) throw new RangeError(`firstPages must be at least 1, got ${firstPages}`);
  const byYear = new Map<number, string[]>();
  for (const p of pages) {
    const files = byYear.get(p.year) ?? [];
    files.push(p.file);
    byYear.set(p.year, files);
  }
  const shards: Shard[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const files = byYear.get(year)!.sort();
    const hashes = new Map(files.map((f) => [f, bucketHash(f)]));
    const first = Math.min(firstPages, maxPages);
    const lead = shards.length === 0 && files.length > first ? powerOfTwo(files.length / first) : 1;
    const rest = lead > 1 ? files.filter((f) => hashes.get(f)! % lead !== 0) : files;
    const buckets: string[][] = Array.from({ length: Math.max(1, Math.ceil(rest.length / maxPages)) }, () => []);
    for (const f of rest) buckets[Math.floor(hashes.get(f)! / lead) % buckets.length]!.push(f);
    const parts = [...(lead > 1 ? [files.filter((f) => hashes.get(f)! % lead === 0)] : []), ...buckets]
      // Named by bucket, so that a bucket left empty does not rename the others.
      .flatMap((bucket, i) => runs(bucket, Math.max(maxPages, Math.floor(maxPages * SLACK))).map((part, j, all) => ({ part, name: all.length === 1 ? `${i + 1}` : `${i + 1}-${j + 1}` })));
    shards.push(...parts.map(({ part, name }) => ({ name: parts.length === 1 ? String(year) : `${year}-${name}`, files: part })));
  }
  return shards;
}

/** A site's shard list as the browser reads it (lists written before `tags` or `leads` existed have none). */
export type ShardList = Pick<ShardManifest, 'shards'> & Partial<Pick<ShardManifest, 'tags' | 'leads' | 'words'>> & { version?: number };

/** The year of a shard from its folder's name (`2024`, `2024-2/`; 0 for none): shards are named by year first. */
export const shardYear = (shard: string): number => Number(/^\d{4}/u.exec(shard)?.[0] ?? 0);

/** One shard of a site's index as the browser opens it: the site's index folder, the shard's folder in it and its tag. */
export interface SiteShard {
  /** e.g. `/anhui/pagefind/` */
  root: string;
  shard: string;
  tag?: string | undefined;
}

/**
 * The shards of several sites' indexes (the site's own first, then those of SEARCH_SITES) in the
 * order the browser searches them: newest year first, a year's shards in the order of their sites
 * and, within a site, of its list. A site whose list is missing has none.
 */
export function mergeSiteShards(sites: readonly { root: string; manifest?: ShardList | undefined }[]): SiteShard[] {
  const all = sites.flatMap(({ root, manifest }) => (manifest?.shards ?? []).map((shard, i) => ({ root, shard, tag: manifest?.tags?.[i] })));
  // A stable sort: shards of one year keep the order of their sites and lists.
  return all.sort((a, b) => shardYear(b.shard) - shardYear(a.shard));
}

export const shardManifest = (shards: readonly Shard[], tags: readonly string[], { leads = 0, words = 0 } = {}): ShardManifest => ({
  version: INDEX_FORMAT,
  shards: shards.map((s) => `${s.name}/`),
  tags: [...tags],
  pages: shards.reduce((n, s) => n + s.files.length, 0),
  ...(leads > 0 ? { leads } : {}),
  ...(words > 0 ? { words } : {}),
});

/** An agency's name is looked up by its first characters: a query shorter than this is a common word more likely than a name. */
const LEAD_KEY_CHARS = 4;
/** About this many agencies a lead file, so that one stays a few kilobytes however many agencies a portal has. */
const AGENCIES_PER_LEAD_FILE = 32;

/** The lead file of a query or an agency's name: by a digest of its first `LEAD_KEY_CHARS` characters; undefined when it is shorter. */
export function leadFile(name: string, files: number): string | undefined {
  const chars = Array.from(name);
  if (chars.length < LEAD_KEY_CHARS) return undefined;
  return `agencies/${bucketHash(chars.slice(0, LEAD_KEY_CHARS).join('')) % files}.json`;
}

/**
 * A listing: a shard's folder (`2024-2/`), or the folder and the fragment of one page of that shard
 * (`2024-2/und_1a2b3c4`, Pagefind's `2024-2/fragment/und_1a2b3c4.pf_fragment`), which the browser can
 * read alone rather than open the shard (./client/pagefind.ts). The word directory lists a word's
 * shards so, with the page when one only of the shard holds the word (./words.ts); the agencies'
 * leads their newest reports (`agencyLeads`).
 */
export const listingFolder = (listing: string): string => listing.slice(0, listing.indexOf('/') + 1);

/** The listing of a shard's folder (`2024-2/`) and, when known, its one page's fragment (`und_1a2b3c4`). */
export const listing = (folder: string, fragment: string | undefined): string => `${folder}${fragment ?? ''}`;

/** The fragment file a listing names, below the index (`2024-2/fragment/und_1a2b3c4.pf_fragment`), or undefined for a shard's folder alone. */
export function listingFragment(listing: string): string | undefined {
  const folder = listingFolder(listing);
  return listing.length > folder.length ? `${folder}fragment/${listing.slice(folder.length)}.pf_fragment` : undefined;
}

/**
 * Where a search for an agency's name finds its newest report, when that is not the shard the
 * browser searches first: each agency whose newest report is in another shard of the newest year,
 * with that shard's folder and the report's fragment when `fragmentOf` knows it (a listing, as the
 * word directory's: `2024-2/und_1a2b3c4`, src/search/words.ts), in files by a digest of the name's
 * first characters (`leadFile`). Its page is a certain hit for the name, so the browser searches that
 * shard beside the first rather than after it, and can show that page from its fragment before the
 * shard has opened; shards of older years keep their turn, as their hits come after the newest year's.
 */
export function agencyLeads(
  shards: readonly Shard[],
  agencyOf: (file: string) => string,
  fragmentOf: (file: string) => string | undefined = () => undefined,
): { files: number; byFile: Map<string, Record<string, string>> } {
  const leads = new Map<string, string>();
  const newest = shards[0] && shardYear(shards[0].name);
  for (const shard of shards.slice(1)) {
    if (shardYear(shard.name) !== newest) break;
    for (const file of shard.files) leads.set(agencyOf(file), listing(`${shard.name}/`, fragmentOf(file)));
  }
  const files = powerOfTwo(leads.size / AGENCIES_PER_LEAD_FILE);
  const byFile = new Map<string, Record<string, string>>();
  for (const [agency, shard] of leads) {
    const file = leadFile(agency, files);
    if (file === undefined) continue;
    const listed = byFile.get(file) ?? {};
    listed[agency] = shard;
    byFile.set(file, listed);
  }
  return { files: byFile.size > 0 ? files : 0, byFile };
}
