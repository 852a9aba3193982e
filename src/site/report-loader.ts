import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import pLimit from 'p-limit';
import { glob as findFiles } from 'tinyglobby';
import { formatProblems } from '../report/errors';
import { buildChannel, sendToBuild } from './build-channel';
import { codeFingerprint } from './fingerprint';
import { ReportCache, type CachedRecord, type ReportPack } from './report-cache';
import { prepareReport, type PreparedReport } from './report-prepare';
import { fileStamp, readStamps, unchangedSince, type Stamps } from './file-stamps';
import { ReportWorkers } from './report-workers';

type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Loads report files as data: validated frontmatter plus the narrative, rendered once per
 * file version and kept in a ReportCache, where each store entry says it lies (the store stays small;
 * the Markdown body is not kept).
 * Unlike the glob loader it makes no Markdown module per file, so the build's cost grows with the
 * data, not with bundling. Unchanged files are skipped by their stamp (src/site/file-stamps.ts), or
 * else by digest, which keeps rebuilds incremental.
 */
export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'nianbao-reports',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      // A folder that is not there is a mistake (REPORTS_DIR misspelt), not a portal without reports.
      const folder = await stat(base).then((s) => s.isDirectory(), () => false);
      if (!folder) await refuse([`${relative(root, base)}: no such folder; expected the folder of report files (content/reports, or REPORTS_DIR)`]);
      // Stored entries are the output of the schema and the renderer: when their code or
      // dependencies change, every entry is stale even though the files are not.
      const code = await codeFingerprint(root, ['src/site/report-*']);
      if (context.meta.get('code') !== code) {
        context.store.clear();
        context.meta.set('code', code);
      }
      const prepared = new ReportCache(fileURLToPath(new URL('nianbao-reports/', context.config.cacheDir)));
      await prepared.open();
      const files = (await findFiles('**/*.md', { cwd: base, absolute: true })).sort();
      const untouched = new Set(context.store.keys());
      const last = readStamps(context.meta.get('stamps'));
      const syncedAt = Date.now();
      const stamps: Stamps = {};
      const idOf = (file: string) => relative(base, file).replace(/\\/gu, '/').replace(/\.md$/u, '');
      // Files whose stamp is unchanged are kept without being read; the others are read and digested.
      const toRead = (
        await pLimit(64).map(files, async (file) => {
          const id = idOf(file);
          untouched.delete(id);
          // Synchronous stat and read (in syncFile): 10,000 files took 1.0–1.25 CPU-seconds awaited, 0.56 so.
          const stats = statSync(file);
          const stamp = (stamps[id] = fileStamp(stats));
          const entry = context.store.get(id);
          const same = entry && unchangedSince(last.stamps, last.syncedAt, id, stamp, stats.mtimeMs);
          return same && (await prepared.keep(recordOf(entry))) ? undefined : file;
        })
      ).filter((file) => file !== undefined);
      // A few files (an edit, then a rebuild) are prepared here: worker threads take longer to start.
      const workers = toRead.length > MAIN_THREAD_FILES ? new ReportWorkers(prepared.dir) : undefined;
      const pack = prepared.pack();
      const prepare: Prepare = workers ? (...args) => workers.prepare(...args) : async (...args) => prepareReport(...args, pack);
      // Astro saves its whole store to disk whenever half a second passes without a change:
      // entries set while files are still loading would make it save over and over (quadratic
      // in the number of reports), so they are set together at the end.
      const loaded: DataEntry[] = [];
      const problems: string[] = [];
      let synced: Awaited<ReturnType<typeof syncFile>>[];
      try {
        // 64 files in flight, the next one started as soon as one is done, so that the workers
        // never wait for the slowest file of a batch, or for the next batch to be read.
        synced = await pLimit(64).map(toRead, (file) => syncFile(context, prepared, prepare, file, idOf(file), code));
      } finally {
        await workers?.close();
        pack.close();
      }
      for (const entry of synced) {
        if (entry && 'problems' in entry) problems.push(...entry.problems);
        else if (entry) loaded.push(entry);
      }
      if (problems.length > 0) await refuse(problems);
      for (const entry of loaded) context.store.set(entry);
      for (const id of untouched) context.store.delete(id);
      gatherSmallPacks(context.store, prepared);
      context.meta.set('stamps', JSON.stringify({ stamps, syncedAt }));
      await prepared.prune(context.store.values().map(recordOf));
      if (buildChannel) {
        const reports = context.store.values().map((e) => ({ id: e.id, file: e.filePath, record: recordOf(e), digest: String(e.digest) }));
        await sendToBuild({ kind: 'content', reports });
      }
      context.watcher?.on('change', (file) => {
        if (!file.startsWith(base) || !file.endsWith('.md')) return;
        const pack = prepared.pack();
        syncFile(context, prepared, async (...args) => prepareReport(...args, pack), file, idOf(file), code)
          .then((entry) => {
            if (entry && 'problems' in entry) context.logger.error(entry.problems.join('\n'));
            else if (entry) context.store.set(entry);
          })
          .catch((e: Error) => context.logger.error(e.message))
          .finally(() => pack.close());
      });
    },
  };
}

/** Up to this many files to prepare, the loader's own thread does it. */
const MAIN_THREAD_FILES = 32;

type Prepare = (contents: string, file: string) => Promise<PreparedReport>;

/** Where a store entry's report was prepared (the collection's schema, src/content.config.ts). */
const recordOf = (entry: { data: unknown }) => entry.data as CachedRecord;

/** A pack the store names fewer records of than this is small: one of an edit's rebuild, not of a cold build's worker. */
const SMALL_PACK = 256;
/** More small packs than this named by the store, and their records are gathered into one. */
const MAX_SMALL_PACKS = 16;

/**
 * Each sync that prepares reports writes a pack per thread: after many rebuilds of a few edits each,
 * the store would name as many small packs, each opened to read its few reports. Their records are
 * copied as they are into one new pack (no report prepared again), and the old packs left to the
 * prune. The large packs of a cold build's workers stay as they are, however many cores wrote them.
 */
export function gatherSmallPacks(store: LoaderContext['store'], cache: ReportCache, { small = SMALL_PACK, most = MAX_SMALL_PACKS } = {}): void {
  const smallPacks = [...Map.groupBy(store.values(), (e) => recordOf(e).pack).values()].filter((entries) => entries.length < small);
  if (smallPacks.length <= most) return;
  const pack: ReportPack = cache.pack();
  try {
    for (const entry of smallPacks.flat()) {
      const data = pack.copy(recordOf(entry));
      // The store keeps an entry set again with the same digest as it was: removed first.
      store.delete(entry.id);
      store.set({ ...entry, data });
    }
  } finally {
    pack.close();
  }
}

/**
 * Stops the build on report files that break the schema, naming every problem of every file.
 * Under `npm run build` the build prints them and Astro ends here, adding no stack trace.
 */
async function refuse(problems: string[]): Promise<never> {
  if (!buildChannel) throw new Error(formatProblems(problems));
  await sendToBuild({ kind: 'problems', problems });
  process.exit(1);
}

/** The store entry of a new or changed file, or its problems; undefined when the store already has it. */
async function syncFile(
  { store, parseData, generateDigest, config }: LoaderContext,
  cache: ReportCache,
  prepare: Prepare,
  file: string,
  id: string,
  code: string,
): Promise<DataEntry | { problems: string[] } | undefined> {
  const contents = readFileSync(file, 'utf8');
  // The code digest is part of each entry's: pages use it as their incremental-build cache key.
  const digest = generateDigest(`${code}\n${contents}`);
  const stored = store.get(id);
  if (stored?.digest === digest && (await cache.keep(recordOf(stored)))) return undefined;
  const filePath = relative(fileURLToPath(config.root), file);
  const prepared = await prepare(contents, filePath);
  if ('problems' in prepared) return prepared;
  const data = await parseData({ id, data: prepared.record, filePath });
  return { id, data, filePath, digest };
}
