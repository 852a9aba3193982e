import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { z } from 'astro/zod';
import { buildCatalog, type Catalog } from '../report/catalog';
import type { RenderedNarrative } from '../report/narrative';
import type { Report } from '../report/schema';

/**
 * Where a prepared report lies in the cache: its pack file, the byte it starts at, and the byte
 * lengths of its two JSON lines (the validated report, then its rendered narrative), so that the
 * catalog reads the reports without the narratives, three quarters of the bytes. It is what the
 * content store holds for each report.
 */
export const cachedRecordSchema = z.object({
  pack: z.string(),
  at: z.number().int().nonnegative(),
  report: z.number().int().positive(),
  narrative: z.number().int().positive(),
});

export type CachedRecord = z.infer<typeof cachedRecordSchema>;

const NEWLINE = Buffer.from('\n');

/**
 * Reports as the loader prepared them, beside Astro's content store rather than in it: Astro saves
 * its whole store value by value after every sync and bundles it into the build as one module, so
 * at 10,000 reports 20 MB of reports in the store cost seconds of every build and rebuild.
 *
 * Each thread that prepares reports appends them to a pack file of its own, written once and never
 * changed, rather than one file per report: on this build machine's file system creating 10,000
 * small files cost 1 to 5 seconds of a cold build's content sync, appending them to two files half
 * a second. A record stays where it was written as long as a store entry names it; a pack no entry
 * names is removed once nobody has used it for a day.
 */
export class ReportCache {
  readonly #kept = new Map<string, Promise<boolean>>();

  constructor(readonly dir: string) {}

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** A new pack in this folder, for one thread's writes. */
  pack(): ReportPack {
    return new ReportPack(this.dir);
  }

  /** Marks a record's pack as still in use, so that no prune takes it; false when the pack is gone. */
  keep(record: CachedRecord): Promise<boolean> {
    let kept = this.#kept.get(record.pack);
    if (!kept) {
      kept = touch(record.pack);
      this.#kept.set(record.pack, kept);
    }
    return kept;
  }

  /**
   * Removes the packs (and files of earlier cache layouts) no record of the store names and nobody
   * used for a day. Other builds may share the cache folder (another report folder, `astro check`,
   * tests) and read theirs while their pages render: theirs are recent, so they stay.
   */
  async prune(records: Iterable<CachedRecord>, olderThanMs = 24 * 3600 * 1000): Promise<void> {
    const named = new Set([...records].map((r) => basename(r.pack)));
    const before = Date.now() - olderThanMs;
    const unused = (await readdir(this.dir)).filter((name) => !named.has(name));
    const stale = async (name: string) => (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? Infinity;
    for (let i = 0; i < unused.length; i += 256) {
      await Promise.all(
        unused.slice(i, i + 256).map(async (name) => {
          // A pack still open for reading elsewhere cannot be removed on every system: the next prune will.
          if ((await stale(name)) < before) await rm(join(this.dir, name), { recursive: true, force: true }).catch(() => undefined);
        }),
      );
    }
  }
}

/** Whether a pack is there; a pack not touched for an hour is touched (prune spares a day, and a rebuild thus one write a pack, not one a report). */
async function touch(pack: string): Promise<boolean> {
  const stats = await stat(pack).catch(() => undefined);
  if (!stats) return false;
  if (stats.mtimeMs < Date.now() - 3600_000) {
    const now = new Date();
    await utimes(pack, now, now);
  }
  return true;
}

let packs = 0;

/** One thread's pack: records appended one after the other, each as two JSON lines. */
export class ReportPack {
  readonly file: string;
  #fd: number | undefined;
  #end = 0;

  constructor(dir: string) {
    this.file = join(dir, `${Date.now().toString(36)}-${process.pid}-${threadId}-${packs++}.jsonl`);
  }

  write(report: Report, narrative: RenderedNarrative): CachedRecord {
    const lines = [Buffer.from(JSON.stringify(report)), Buffer.from(JSON.stringify(narrative))] as const;
    this.#append(Buffer.concat([lines[0], NEWLINE, lines[1], NEWLINE]));
    return { pack: this.file, at: this.#end - lines[0].length - lines[1].length - 2, report: lines[0].length, narrative: lines[1].length };
  }

  /** Appends a record of another pack as it is, for the loader to gather records of many small packs into one. */
  copy(record: CachedRecord): CachedRecord {
    const at = this.#end;
    this.#append(readBytes(record, record.at, record.report + record.narrative + 2));
    return { ...record, pack: this.file, at };
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  #append(bytes: Buffer): void {
    // Created on the first write, so that a thread with nothing to prepare leaves no empty pack; never an existing file.
    this.#fd ??= openSync(this.file, 'wx');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.#fd, bytes, written, bytes.length - written, this.#end + written);
    this.#end += bytes.length;
  }
}

/** Open packs, read by offset: a page reads its narrative without opening a file. Few at a time (one per preparing thread and sync). */
const readers = new Map<string, number>();
const MAX_READERS = 64;

function readBytes(record: CachedRecord, start: number, length: number): Buffer {
  let fd = readers.get(record.pack);
  if (fd === undefined) {
    if (readers.size >= MAX_READERS) {
      for (const open of readers.values()) closeSync(open);
      readers.clear();
    }
    fd = openSync(record.pack, 'r');
    readers.set(record.pack, fd);
  }
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, start + read);
    if (n === 0) throw new Error(`${record.pack}: the prepared report at byte ${record.at} is cut short; delete the build cache and build again`);
    read += n;
  }
  return bytes;
}

function parsePart<T>(record: CachedRecord, start: number, length: number): T {
  const text = readBytes(record, start, length).toString('utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${record.pack}: no prepared report at byte ${record.at}; delete the build cache and build again`);
  }
}

/** The validated report of a record, which the catalog reads for every report. */
export const readReport = (record: CachedRecord): Report => parsePart(record, record.at, record.report);

/** The narrative a page prints, read when the page renders. */
export const readNarrative = (record: CachedRecord): RenderedNarrative => parsePart(record, record.at + record.report + 1, record.narrative);

/** A report of the content store: its id (and file, where known), where the loader prepared it, and its digest. */
export interface CachedReport {
  id: string;
  file?: string | undefined;
  record: CachedRecord;
  digest: string;
}

/**
 * The catalog of reports the loader prepared, each read from its pack (the narrative when a page
 * asks for it): for the pages (src/site/catalog.ts) and, in the build's own process, for the search
 * index (scripts/build/synced-content.ts), so both place every report alike.
 */
export const cachedCatalog = (reports: readonly CachedReport[]): Catalog =>
  buildCatalog(reports.map(({ id, file, record, digest }) => ({ id, file, report: readReport(record), narrative: () => readNarrative(record), digest })));
