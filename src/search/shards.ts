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

/** The list the browser reads to know which shards to search; the first shard also holds pagefind's script and worker. */
export interface ShardManifest {
  version: 1;
  /** Shard folders relative to `pagefind/`, each ending in `/`, newest year first. */
  shards: string[];
  pages: number;
}

/**
 * Indexing needs about 0.8 MB per page in one pagefind process, so this bounds a shard near 1 GB; and
 * the browser opens shards one after another, so fewer of them answer a rare word sooner.
 */
export const MAX_PAGES_PER_SHARD = 1000;
/**
 * The browser searches the first shard alone and shows its hits first: a common word's first page
 * comes from it, and its index chunks grow with its pages, so it holds only this many of the newest
 * year's pages.
 */
export const FIRST_SHARD_PAGES = 200;

/** Splits files into near-equal parts of at most `max` each. */
function split(files: readonly string[], max: number): string[][] {
  const parts = Math.max(1, Math.ceil(files.length / max));
  const size = Math.ceil(files.length / parts);
  return Array.from({ length: parts }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/**
 * Splits the report pages into shards: one per year, newest first, and a year with more than
 * `maxPages` pages into equal parts of at most that many, so each indexing process has a bound
 * on its memory whatever the number of reports. When the newest year has more than `firstPages`
 * pages, its first `firstPages` make a shard of their own, the one searched first.
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
    const leadSize = shards.length === 0 && files.length > Math.min(firstPages, maxPages) ? Math.min(firstPages, maxPages) : 0;
    const parts = [...(leadSize ? [files.slice(0, leadSize)] : []), ...split(files.slice(leadSize), maxPages)];
    shards.push(...parts.map((part, i) => ({ name: parts.length === 1 ? String(year) : `${year}-${i + 1}`, files: part })));
  }
  return shards;
}

/**
 * A report page's file below the site from its URL path, with or without the base path (Astro's
 * paths to render have none, the requests its pages answer have it); undefined for any other page.
 */
export function reportFile(pathname: string): string | undefined {
  const m = /(?:^|\/)(reports\/[^/]+\/\d{4})\/?$/u.exec(pathname);
  return m ? `${m[1]}/index.html` : undefined;
}

/** The report page files of a built site: `reports/<agency>/<year>/index.html`. */
export function reportPage(file: string): IndexedPage | undefined {
  const m = /^reports\/[^/]+\/(\d{4})\/index\.html$/u.exec(file);
  return m ? { file, year: Number(m[1]) } : undefined;
}

export const shardManifest = (shards: readonly Shard[]): ShardManifest => ({
  version: 1,
  shards: shards.map((s) => `${s.name}/`),
  pages: shards.reduce((n, s) => n + s.files.length, 0),
});
