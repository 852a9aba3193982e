import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { searchableHtml } from '../../src/search/index-html';
import { pagefindQuery } from '../../src/search/query';
import { listingFolder, listingFragment, type ShardManifest } from '../../src/search/shards';
import { sampleKey, termWords, wordFile } from '../../src/search/words';
import { tempDir } from '../../src/test-support/temp-dir';
import { buildSearchIndex, SearchIndex, type SearchSource } from './search-index';

const places = ['凌河街道', '青龙街道', '东山区', '西山区'];
const files = ['reports/a/2023/index.html', 'reports/b/2023/index.html', 'reports/c/2022/index.html', 'reports/d/2022/index.html'];
const source = (i: number, place = places[i]!): SearchSource => ({
  file: files[i]!,
  year: Number(files[i]!.split('/')[2]),
  agency: `${place}办事处`,
  digest: place,
  document: () => searchableHtml(`<h1>${place}</h1><p>年报</p>`),
});

/** A built site: one page for each report. */
async function site(): Promise<string> {
  const dir = tempDir('nianbao-site-');
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), '<!doctype html>');
  }
  return dir;
}

describe('the search index', () => {
  test('indexes only the shards whose reports changed since the last build', { timeout: 60_000 }, async () => {
    const [dir, cache] = [await site(), tempDir('nianbao-search-')];
    const first = await buildSearchIndex(dir, places.map((_, i) => source(i)), { cache });
    expect(first.shards.map((s) => s.name)).toEqual(['2023', '2022']);
    expect(first.made).toEqual(first.keys);
    expect(await buildSearchIndex(dir, places.map((_, i) => source(i)), { cache })).toMatchObject({ keys: first.keys, made: [] });

    const edited = await buildSearchIndex(dir, places.map((_, i) => (i === 2 ? source(i, '南山区') : source(i))), { cache });
    expect(edited.keys[0]).toBe(first.keys[0]);
    expect(edited.keys[1]).not.toBe(first.keys[1]);
    expect(edited.made).toEqual([edited.keys[1]]);
  });

  test('lists in the word directory, for each word one of its two shards holds, that shard, and its page when only one holds it', { timeout: 60_000 }, async () => {
    const dir = await site();
    await buildSearchIndex(dir, places.map((_, i) => source(i)), { cache: tempDir('nianbao-search-') });
    const manifest = JSON.parse(await readFile(join(dir, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
    expect(manifest.words).toBe(1);
    const listed = JSON.parse(await readFile(join(dir, 'pagefind', wordFile('x', 1)), 'utf8')) as Record<string, string[]>;
    const [east] = termWords(pagefindQuery('东山'));
    const [river] = termWords(pagefindQuery('凌河'));
    const [hills] = termWords(pagefindQuery('山区'));
    for (const [word, folder, page] of [[east, '2022/', '/reports/c/2022/'], [river, '2023/', '/reports/a/2023/']] as const) {
      const [listing, ...more] = listed[word!]!;
      expect(more).toEqual([]);
      expect(listingFolder(listing!)).toBe(folder);
      expect(gunzipSync(await readFile(join(dir, 'pagefind', listingFragment(listing!)!))).toString('utf8')).toContain(`{"url":"${page}"`);
    }
    // In both pages of one shard: that shard alone.
    expect(listed[hills!]).toEqual(['2022/']);
    // In both shards: not listed.
    const [report] = termWords(pagefindQuery('年报'));
    expect(report).toBeDefined();
    expect(Object.keys(listed)).not.toContain(report);
  });

  test('samples in the word directory, for each word several pages of the first shard hold, the first of them', { timeout: 60_000 }, async () => {
    const dir = await site();
    await buildSearchIndex(dir, places.map((_, i) => source(i)), { cache: tempDir('nianbao-search-') });
    const listed = JSON.parse(await readFile(join(dir, 'pagefind', wordFile('x', 1)), 'utf8')) as Record<string, string[]>;
    const [street] = termWords(pagefindQuery('街道'));
    const [sample, ...more] = listed[sampleKey(street!)]!;
    expect(more).toEqual([]);
    expect(listingFolder(sample!)).toBe('2023/');
    expect(gunzipSync(await readFile(join(dir, 'pagefind', listingFragment(sample!)!))).toString('utf8')).toContain('{"url":"/reports/a/2023/"');
    // One page of the first shard holds it (its listing names that page), or it is not in the first shard.
    for (const place of ['凌河', '山区']) expect(Object.keys(listed)).not.toContain(sampleKey(termWords(pagefindQuery(place))[0]!));
  });

  test('refuses a report without a page in the built site, naming it', async () => {
    const dir = tempDir('nianbao-site-');
    await expect(buildSearchIndex(dir, [source(0)], { cache: tempDir('nianbao-search-') })).rejects.toThrow(/no page for 1 report\(s\).*reports\/a\/2023\/index\.html/u);
  });

  test('fails the search step with a shard that could not be made, naming it, and not before', async () => {
    const index = new SearchIndex({ cache: tempDir('nianbao-search-'), beside: false });
    index.start([{ ...source(0), document: () => { throw new Error('document unreadable'); } }]);
    // The shard fails while Astro would still be rendering: nothing awaits it yet.
    await new Promise((settled) => setTimeout(settled, 100));
    await expect(index.writeTo(await site())).rejects.toThrow(/search index: shard 2023: document unreadable/u);
  });

  test('fails the search step with the reason the reports could not be given', async () => {
    const index = new SearchIndex({ cache: tempDir('nianbao-search-'), beside: false });
    index.refuse('the synced reports could not be read: ENOENT');
    await expect(index.writeTo(await site())).rejects.toThrow(/^search index: the synced reports could not be read: ENOENT$/u);
  });

  test('says so when no reports were given, rather than writing an empty index', async () => {
    await expect(new SearchIndex({ cache: tempDir('nianbao-search-'), beside: false }).writeTo(await site())).rejects.toThrow(/no reports were given/u);
  });
});
