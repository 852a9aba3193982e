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
 * the browser searches shards one after another, so a small first shard shows its results sooner.
 */
export const MAX_PAGES_PER_SHARD = 1000;

/**
 * Splits the report pages into shards: one per year, newest first, and a year with more than
 * `maxPages` pages into equal parts of at most that many, so each indexing process has a bound
 * on its memory whatever the number of reports.
 */
export function planShards(pages: readonly IndexedPage[], maxPages = MAX_PAGES_PER_SHARD): Shard[] {
  if (!(maxPages >= 1)) throw new RangeError(`maxPages must be at least 1, got ${maxPages}`);
  const byYear = new Map<number, string[]>();
  for (const p of pages) {
    const files = byYear.get(p.year) ?? [];
    files.push(p.file);
    byYear.set(p.year, files);
  }
  const shards: Shard[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const files = byYear.get(year)!.sort();
    const parts = Math.max(1, Math.ceil(files.length / maxPages));
    const size = Math.ceil(files.length / parts);
    for (let i = 0; i < parts; i++) {
      shards.push({ name: parts === 1 ? String(year) : `${year}-${i + 1}`, files: files.slice(i * size, (i + 1) * size) });
    }
  }
  return shards;
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
