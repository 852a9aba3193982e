import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../report/catalog';
import type { RenderedNarrative } from '../report/narrative';
import type { Report } from '../report/schema';
import { writeWhole } from './build-cache';

/**
 * Report files as the loader prepared them, one file per report digest, beside Astro's content
 * store rather than in it: Astro saves its whole store value by value after every sync and bundles
 * it into the build as one module, so at 10,000 reports 20 MB of reports in the store cost seconds
 * of every build and rebuild. The store holds each entry's file name; the catalog reads the reports
 * from here, each page its own narrative.
 *
 * A file has two lines: the validated report as JSON, then its rendered narrative as JSON, so that
 * the catalog reads the reports without parsing the narratives, three quarters of the bytes.
 */
export class ReportCache {
  constructor(readonly dir: string) {}

  file(digest: string): string {
    return join(this.dir, `${digest}.json`);
  }

  /** Files are named by digest, so an existing one already holds this report; a new one appears whole (rename). */
  async write(digest: string, report: Report, narrative: RenderedNarrative): Promise<string> {
    const file = this.file(digest);
    if (existsSync(file)) return file;
    await writeWhole(file, `${JSON.stringify(report)}\n${JSON.stringify(narrative)}\n`);
    return file;
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Marks a report as still in use, so that no prune takes it; false when its file is gone. */
  async keep(digest: string): Promise<boolean> {
    const file = this.file(digest);
    const stats = await stat(file).catch(() => undefined);
    if (!stats) return false;
    // Prune spares a day: touching a file once an hour is enough, and spares a rebuild 10,000 writes.
    if (stats.mtimeMs < Date.now() - 3600_000) {
      const now = new Date();
      await utimes(file, now, now);
    }
    return true;
  }

  /**
   * Removes the reports of versions the store no longer holds and nobody used for a day. Other
   * builds may share the cache folder (another report folder, `astro check`, tests) and read
   * theirs while their pages render: theirs are recent, so they stay.
   */
  async prune(digests: Iterable<string>, olderThanMs = 24 * 3600 * 1000): Promise<void> {
    const keep = new Set([...digests].map((d) => `${d}.json`));
    const before = Date.now() - olderThanMs;
    const unused = (await readdir(this.dir)).filter((name) => name.endsWith('.json') && !keep.has(name));
    const stale = async (name: string) => (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? Infinity;
    for (let i = 0; i < unused.length; i += 256) {
      await Promise.all(
        unused.slice(i, i + 256).map(async (name) => {
          if ((await stale(name)) < before) await rm(join(this.dir, name), { force: true });
        }),
      );
    }
  }
}

/** The two lines of a prepared report's file. */
function lines(file: string): [Buffer, number] {
  const bytes = readFileSync(file);
  const end = bytes.indexOf(10);
  if (end < 0) throw new Error(`${file}: not a prepared report (no line break); delete the build cache and build again`);
  return [bytes, end];
}

/** The validated report of a prepared file, which the catalog reads for every report. */
export function readReport(file: string): Report {
  const [bytes, end] = lines(file);
  return JSON.parse(bytes.toString('utf8', 0, end)) as Report;
}

/** The narrative a page prints, read when the page renders. */
export function readNarrative(file: string): RenderedNarrative {
  const [bytes, end] = lines(file);
  return JSON.parse(bytes.toString('utf8', end + 1)) as RenderedNarrative;
}

/** A report of the content store: its id, the ReportCache file the loader prepared it into, and its digest. */
export interface CachedReport {
  id: string;
  file: string;
  digest: string;
}

/**
 * The catalog of reports the loader prepared, each read from its file (the narrative when a page
 * asks for it): for the pages (src/site/catalog.ts) and, in the build's own process, for the search
 * index (scripts/build/synced-content.ts), so both place every report alike.
 */
export const cachedCatalog = (reports: readonly CachedReport[]): Catalog =>
  buildCatalog(reports.map(({ id, file, digest }) => ({ id, report: readReport(file), narrative: () => readNarrative(file), digest })));
