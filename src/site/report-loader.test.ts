import { describe, expect, test } from 'vitest';
// Astro's own content store, as the loader gets it: it keeps an entry set again with an unchanged digest.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { bundledReports, contentCatalog } from '../test-support/content';
import { tempDir } from '../test-support/temp-dir';
import { ReportCache, readNarrative, readReport, type CachedRecord } from './report-cache';
import { gatherSmallPacks } from './report-loader';

describe('the report loader', () => {
  test('gathers the records of too many small packs into one, each still read as it was, a large pack left as it is', async () => {
    const cache = new ReportCache(tempDir('nianbao-reports-'));
    await cache.open();
    const entries = contentCatalog(bundledReports);
    const store = new MutableDataStore().scopedStore('reports');
    // One pack of three reports (a cold sync), then one report a pack (edits, each followed by a rebuild).
    const packs = [entries.slice(0, 3), ...entries.slice(3).map((e) => [e])].map((some) => {
      const pack = cache.pack();
      for (const e of some) store.set({ id: e.id, data: pack.write(e.report, e.narrative()), digest: `digest of ${e.id}` });
      pack.close();
      return pack.file;
    });
    const recordOf = (id: string) => store.get(id)!.data as CachedRecord;
    // Two small packs (of fewer than two reports each): not more than two.
    gatherSmallPacks(store, cache, { small: 2, most: 2 });
    expect(new Set(store.values().map((e) => recordOf(e.id).pack)).size).toBe(packs.length);
    // Every pack small, but as many as allowed.
    gatherSmallPacks(store, cache, { small: 4, most: 3 });
    expect(new Set(store.values().map((e) => recordOf(e.id).pack)).size).toBe(packs.length);

    gatherSmallPacks(store, cache, { small: 2, most: 1 });
    const named = new Set(store.values().map((e) => recordOf(e.id).pack));
    expect(named.size).toBe(2);
    expect(named.has(packs[0]!)).toBe(true);
    for (const e of entries) {
      expect(readReport(recordOf(e.id))).toEqual(e.report);
      expect(readNarrative(recordOf(e.id))).toEqual(e.narrative());
      expect(store.get(e.id)!.digest).toBe(`digest of ${e.id}`);
    }
  });
});
