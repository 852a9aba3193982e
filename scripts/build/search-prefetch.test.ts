import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { articleDigest, articleText } from '../../src/search/index-html';
import type { Shard } from '../../src/search/shards';
import { SearchPrefetch } from './search-prefetch';
import { searchCode, shardKey } from './search-shard';

const article = (place: string) => `<article data-pagefind-body><h1>${place}2023年政府信息公开工作年度报告</h1><table><tr><td>1</td></tr></table><p>${place}依申请公开</p></article>`;
const pages: Record<string, string> = {
  'reports/a/2023/index.html': article('凌河街道'),
  'reports/b/2023/index.html': article('青龙街道'),
  'reports/c/2022/index.html': article('东山区'),
  'reports/d/2022/index.html': article('西山区'),
};
const shards: Shard[] = [
  { name: '2023', files: ['reports/a/2023/index.html', 'reports/b/2023/index.html'] },
  { name: '2022', files: ['reports/c/2022/index.html', 'reports/d/2022/index.html'] },
];
const send = (prefetch: SearchPrefetch, file: string) => prefetch.receive({ kind: 'page', file, digest: articleDigest(pages[file]!), text: articleText(pages[file]!) });

describe('making search shards while Astro renders', () => {
  let cache: string;
  afterEach(() => rm(cache, { recursive: true, force: true }));

  test('indexes a shard once all its pages came, under the key the search step computes from the written pages', { timeout: 60_000 }, async () => {
    cache = await mkdtemp(join(tmpdir(), 'nianbao-prefetch-'));
    const prefetch = new SearchPrefetch(cache);
    prefetch.receive({ kind: 'plan', shards });
    // Pages come in any order within a shard; the 2022 shard misses a page, which the search step will index.
    send(prefetch, 'reports/b/2023/index.html');
    send(prefetch, 'reports/c/2022/index.html');
    send(prefetch, 'reports/a/2023/index.html');
    prefetch.widen();
    await prefetch.finished();
    expect(prefetch.made).toBe(1);
    const key = shardKey(await searchCode(), shards[0]!, true, (file) => articleDigest(pages[file]!));
    expect(await readdir(cache)).toEqual([key]);
    // The first shard also carries pagefind's script, which every shard shares.
    expect(existsSync(join(cache, key, 'shard/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(cache, key, 'runtime/pagefind.js'))).toBe(true);
  });

  test('makes nothing once the build has stopped', async () => {
    cache = await mkdtemp(join(tmpdir(), 'nianbao-prefetch-'));
    const prefetch = new SearchPrefetch(cache);
    prefetch.receive({ kind: 'plan', shards });
    prefetch.stop();
    send(prefetch, 'reports/c/2022/index.html');
    send(prefetch, 'reports/d/2022/index.html');
    await prefetch.finished();
    expect(prefetch.made).toBe(0);
    expect(await readdir(cache)).toEqual([]);
  });
});
