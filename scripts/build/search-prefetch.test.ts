import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleDigest, articleText } from '../../src/search/index-html';
import type { Shard } from '../../src/search/shards';
import { tempDir } from '../../src/test-support/temp-dir';
import { buildSearchIndex } from './search-index';
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

  /** A fresh cache folder with, below it, the pages of the last build (`kept`) as whole pages around their articles. */
  const lastBuild = async (built: Record<string, string> = pages): Promise<string> => {
    cache = tempDir('nianbao-prefetch-');
    const kept = join(cache, 'last-build');
    for (const [file, body] of Object.entries(built)) {
      await mkdir(dirname(join(kept, file)), { recursive: true });
      await writeFile(join(kept, file), `<!doctype html><html lang="zh-CN"><body><header>站点</header>${body}</body></html>`);
    }
    return kept;
  };
  /** The 2023 page of agency a, edited and rendered. */
  const edited = article('凌河街道（更正）');
  const sendEdited = (prefetch: SearchPrefetch) => prefetch.receive({ kind: 'page', file: 'reports/a/2023/index.html', digest: articleDigest(edited), text: articleText(edited) });

  test('indexes a shard once all its pages came, under the key the search step computes from the written pages', { timeout: 60_000 }, async () => {
    cache = tempDir('nianbao-prefetch-');
    const prefetch = new SearchPrefetch({ cache });
    prefetch.receive({ kind: 'plan', shards });
    // Pages come in any order within a shard; the 2022 shard misses a page, which the search step will index.
    send(prefetch, 'reports/b/2023/index.html');
    send(prefetch, 'reports/c/2022/index.html');
    send(prefetch, 'reports/a/2023/index.html');
    prefetch.widen();
    await prefetch.finished();
    expect(prefetch.made.size).toBe(1);
    const key = shardKey(await searchCode(), shards[0]!, true, (file) => articleDigest(pages[file]!));
    expect(await readdir(cache)).toEqual([key]);
    // The first shard also carries pagefind's script, which every shard shares.
    expect(existsSync(join(cache, key, 'shard/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(cache, key, 'runtime/pagefind.js'))).toBe(true);
  });

  test('in a rebuild, makes a shard some of whose pages came once they stop coming, with its other pages as the last build left them', { timeout: 60_000 }, async () => {
    const kept = await lastBuild();
    const prefetch = new SearchPrefetch({ cache: join(cache, 'shards'), kept });
    prefetch.receive({ kind: 'plan', shards });
    // One page of the 2023 shard changed and was rendered; the other was kept. The 2022 shard had no page rendered.
    sendEdited(prefetch);
    // Longer than the quiet time, whose timer was set first and so fires first; then the shard it began.
    await new Promise((done) => setTimeout(done, 700));
    await prefetch.finished();
    expect(prefetch.made.size).toBe(1);
    prefetch.widen();
    await prefetch.finished();
    const written: Record<string, string> = { ...pages, 'reports/a/2023/index.html': edited };
    const key = shardKey(await searchCode(), shards[0]!, true, (file) => articleDigest(written[file]!));
    expect([...prefetch.made]).toEqual([key]);
    expect(await readdir(join(cache, 'shards'))).toEqual([key]);
    expect(prefetch.madeAfter.size).toBe(0);
  });

  test('in a rebuild, completes a shard as soon as every page Astro said it renders there came', { timeout: 60_000 }, async () => {
    const kept = await lastBuild();
    const prefetch = new SearchPrefetch({ cache: join(cache, 'shards'), kept });
    prefetch.receive({ kind: 'rendering', files: ['reports/a/2023/index.html'] });
    prefetch.receive({ kind: 'plan', shards });
    sendEdited(prefetch);
    // At once: no quiet time waited for.
    await prefetch.finished();
    expect(prefetch.made.size).toBe(1);
  });

  test('in a rebuild where Astro renders more pages than it said (its cache given up), makes a shard again once they stop coming, not once a page', { timeout: 60_000 }, async () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((agency) => `reports/${agency}/2023/index.html`);
    const kept = await lastBuild(Object.fromEntries(files.map((file, i) => [file, article(`街道${i}`)])));
    const prefetch = new SearchPrefetch({ cache: join(cache, 'shards'), kept });
    prefetch.receive({ kind: 'rendering', files: [files[0]!] });
    prefetch.receive({ kind: 'plan', shards: [{ name: '2023', files }] });
    // The page it said first, as it renders them; then four more, each with a new article; the last is kept.
    for (const file of files.slice(0, 5)) {
      const changed = article(`${file}（更正）`);
      prefetch.receive({ kind: 'page', file, digest: articleDigest(changed), text: articleText(changed) });
    }
    await new Promise((done) => setTimeout(done, 700));
    await prefetch.finished();
    // With the first page alone at once, as in any rebuild; then with all five, not with each.
    expect(prefetch.made.size).toBe(2);
  });

  test('in a rebuild, completes the shards some of whose pages came as soon as Astro has finished', { timeout: 60_000 }, async () => {
    const kept = await lastBuild();
    const prefetch = new SearchPrefetch({ cache: join(cache, 'shards'), kept });
    prefetch.receive({ kind: 'plan', shards });
    send(prefetch, 'reports/d/2022/index.html');
    prefetch.widen();
    await prefetch.finished();
    expect(prefetch.made.size).toBe(0);
    expect([...prefetch.madeAfter]).toEqual([shardKey(await searchCode(), shards[1]!, false, (file) => articleDigest(pages[file]!))]);
  });

  test('in a rebuild, leaves as it is a shard whose pages came with the articles the last search step read, unless a page left it', { timeout: 60_000 }, async () => {
    const lastPages = { ...pages, 'reports/e/2022/index.html': article('南山区') };
    const kept = await lastBuild(lastPages);
    const lastShards = [shards[0]!, { name: '2022', files: [...shards[1]!.files, 'reports/e/2022/index.html'] }];
    const last = await buildSearchIndex(kept, { cache: join(cache, 'shards'), plan: () => lastShards });
    const rebuild = async (plan: Shard[]) => {
      const prefetch = new SearchPrefetch({ cache: join(cache, 'shards'), kept });
      prefetch.receive({ kind: 'plan', shards: plan });
      // Rendered again (a cross-year check of the next year), with the same article.
      send(prefetch, 'reports/d/2022/index.html');
      prefetch.widen();
      await prefetch.finished();
      return prefetch;
    };
    const same = await rebuild(lastShards);
    expect([same.made.size, same.madeAfter.size]).toEqual([0, 0]);
    expect((await readdir(join(cache, 'shards'))).sort()).toEqual([...last.keys, 'page-digests.json'].sort());
    // The report e was removed: the shard has a page fewer, and is made again from the kept pages.
    const fewer = await rebuild(shards);
    expect([fewer.made.size, fewer.madeAfter.size]).toEqual([0, 1]);
  });

  test('makes nothing once the build has stopped', async () => {
    cache = tempDir('nianbao-prefetch-');
    const prefetch = new SearchPrefetch({ cache });
    prefetch.receive({ kind: 'plan', shards });
    prefetch.stop();
    send(prefetch, 'reports/c/2022/index.html');
    send(prefetch, 'reports/d/2022/index.html');
    await prefetch.finished();
    expect(prefetch.made.size).toBe(0);
    expect(await readdir(cache)).toEqual([]);
  });
});
