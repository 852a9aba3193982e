import { existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCatalog, bundledReports } from '../test-support/content';
import { tempDir } from '../test-support/temp-dir';
import { ReportCache, readNarrative, readReport } from './report-cache';

/** An empty cache in a fresh folder, and the bundled reports as the loader checks and renders them. */
async function cacheAndReports() {
  const cache = new ReportCache(join(tempDir('reports-'), 'cache'));
  await cache.open();
  return { cache, entries: contentCatalog(bundledReports) };
}

const lastYear = () => new Date(Date.now() - 365 * 24 * 3600 * 1000);

describe('the report cache', () => {
  test('gives the catalog back each report and a page its narrative, from one pack written one after the other', async () => {
    const { cache, entries } = await cacheAndReports();
    const pack = cache.pack();
    const records = entries.map((e) => pack.write(e.report, e.narrative()));
    pack.close();
    expect(new Set(records.map((r) => r.pack))).toEqual(new Set([pack.file]));
    expect(readdirSync(cache.dir)).toEqual([basename(pack.file)]);
    // Read in another order than written, and each report twice.
    for (const [i, record] of [...records.entries()].reverse()) {
      expect(readNarrative(record)).toEqual(entries[i]!.narrative());
      expect(readReport(record)).toEqual(entries[i]!.report);
    }
    // Lengths count bytes, not characters: the reports are Chinese.
    expect(records.at(-1)!.at + records.at(-1)!.report + records.at(-1)!.narrative + 2).toBe(statSync(pack.file).size);
    // Line breaks in the rendered HTML do not end the report's line.
    expect(JSON.stringify(entries[0]!.narrative())).toContain('\\n');
  });

  test('gives every thread and sync a pack of its own, and makes none for a thread with nothing to write', async () => {
    const { cache, entries } = await cacheAndReports();
    const [first, second, idle] = [cache.pack(), cache.pack(), cache.pack()];
    const a = first.write(entries[0]!.report, entries[0]!.narrative());
    const b = second.write(entries[1]!.report, entries[1]!.narrative());
    [first, second, idle].forEach((p) => p.close());
    expect(a.pack).not.toBe(b.pack);
    expect(readReport(a)).toEqual(entries[0]!.report);
    expect(readReport(b)).toEqual(entries[1]!.report);
    expect(readdirSync(cache.dir).sort()).toEqual([basename(a.pack), basename(b.pack)].sort());
  });

  test('copies a record into another pack as it was', async () => {
    const { cache, entries } = await cacheAndReports();
    const [from, to] = [cache.pack(), cache.pack()];
    const records = entries.slice(0, 2).map((e) => from.write(e.report, e.narrative()));
    from.close();
    const copied = to.copy(records[1]!);
    to.close();
    expect(copied).toEqual({ ...records[1], pack: to.file, at: 0 });
    expect(readReport(copied)).toEqual(entries[1]!.report);
    expect(readNarrative(copied)).toEqual(entries[1]!.narrative());
  });

  test('names the pack of a record that is cut short or not a prepared report', async () => {
    const { cache, entries } = await cacheAndReports();
    const pack = cache.pack();
    const record = pack.write(entries[0]!.report, entries[0]!.narrative());
    pack.close();
    expect(() => readReport({ ...record, at: 1 })).toThrow(new RegExp(`${basename(pack.file)}: no prepared report at byte 1`, 'u'));
    truncateSync(pack.file, record.report + 10);
    expect(() => readNarrative(record)).toThrow(new RegExp(`${basename(pack.file)}: the prepared report at byte 0 is cut short`, 'u'));
  });

  test('keeps a pack the store still names, and says when it is gone', async () => {
    const { cache, entries } = await cacheAndReports();
    const pack = cache.pack();
    const record = pack.write(entries[0]!.report, entries[0]!.narrative());
    pack.close();
    await utimes(pack.file, lastYear(), lastYear());
    expect(await cache.keep(record)).toBe(true);
    // Touched, so that another build's prune leaves it for a day.
    expect(statSync(pack.file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(await new ReportCache(cache.dir).keep({ ...record, pack: join(cache.dir, 'gone.jsonl') })).toBe(false);
  });

  test('drops the packs no store entry names and long unused, and the files of the earlier one-file-a-report cache', async () => {
    const { cache, entries } = await cacheAndReports();
    const write = () => {
      const pack = cache.pack();
      const record = pack.write(entries[0]!.report, entries[0]!.narrative());
      pack.close();
      return record;
    };
    const [old, kept, recent] = [write(), write(), write()];
    const earlier = join(cache.dir, '000c5359c69ed027.json');
    writeFileSync(earlier, '{}\n{}\n');
    await Promise.all([old.pack, kept.pack, earlier].map((f) => utimes(f, lastYear(), lastYear())));
    await cache.prune([kept]);
    expect(existsSync(old.pack)).toBe(false);
    expect(existsSync(earlier)).toBe(false);
    expect(existsSync(kept.pack)).toBe(true);
    // Another build, sharing the folder, may be reading this one right now.
    expect(existsSync(recent.pack)).toBe(true);
  });
});
