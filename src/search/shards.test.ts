import { describe, expect, test } from 'vitest';
import { mergeSiteShards, planShards, shardManifest } from './shards';

const pages = (year: number, n: number) => Array.from({ length: n }, (_, i) => ({ file: `reports/a${String(i).padStart(4, '0')}/${year}/index.html`, year }));

describe('search shards', () => {
  test('are one per year, newest first, and hold every page once', () => {
    const all = [...pages(2020, 3), ...pages(2024, 2), ...pages(2023, 4)];
    const shards = planShards(all, 10);
    expect(shards.map((s) => s.name)).toEqual(['2024', '2023', '2020']);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(all.map((p) => p.file).sort());
  });

  test('split a year past the page limit into as many parts as that takes, about equal', () => {
    const all = [...pages(2024, 10), ...pages(2023, 2001), ...pages(2022, 2000)];
    const shards = planShards(all, 1000, 10);
    expect(shards.map((s) => s.name)).toEqual(['2024', '2023-1', '2023-2', '2023-3', '2022-1', '2022-2']);
    for (const s of shards.slice(1)) expect(s.files.length).toBeGreaterThan(600);
    for (const s of shards) expect(s.files.length).toBeLessThanOrEqual(1100);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(all.map((p) => p.file).sort());
  });

  test('change only one shard when a report is added', () => {
    const before = planShards(pages(2023, 3000), 1000, 200);
    const added = { file: 'reports/a0500-new/2023/index.html', year: 2023 };
    const after = planShards([...pages(2023, 3000), added], 1000, 200);
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
    const changed = after.filter((s, i) => s.files.join() !== before[i]!.files.join());
    expect(changed).toHaveLength(1);
    expect(changed[0]!.files).toContain(added.file);
    // An older year, without the first shard, likewise; twice its pages, it is split in twice as many.
    const older = [...pages(2024, 10), ...pages(2022, 2900)];
    const olderAfter = planShards([...older, { file: 'reports/a0500-new/2022/index.html', year: 2022 }], 1000, 200);
    expect(olderAfter.filter((s, i) => s.files.join() !== planShards(older, 1000, 200)[i]!.files.join())).toHaveLength(1);
    const olderShards = (n: number) => planShards([...pages(2024, 10), ...pages(2022, n)], 1000, 200).length - 1;
    expect(olderShards(6000)).toBe(2 * olderShards(3000));
  });

  test('give the newest year’s first pages a small shard of their own, searched first', () => {
    const all = [...pages(2024, 2001), ...pages(2023, 300)];
    const shards = planShards(all, 1000, 200);
    expect(shards.map((s) => s.name)).toEqual(['2024-1', '2024-2', '2024-3', '2023']);
    expect(shards[0]!.files.length).toBeGreaterThan(100);
    expect(shards[0]!.files.length).toBeLessThanOrEqual(200);
    for (const s of shards) expect(s.files.length).toBeLessThanOrEqual(1100);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(all.map((p) => p.file).sort());
    expect(planShards(pages(2024, 3), 1).map((s) => s.files.length)).toEqual([1, 1, 1]);
  });

  test('by default, make that first shard 25–50 pages: small enough to load and search at once', () => {
    for (const n of [200, 2001, 15000]) {
      const first = planShards(pages(2024, n))[0]!.files.length;
      expect(first, `${n} pages`).toBeGreaterThanOrEqual(25);
      expect(first, `${n} pages`).toBeLessThanOrEqual(50);
    }
  });

  test('are listed in a manifest the browser can merge', () => {
    expect(shardManifest(planShards([...pages(2023, 2), ...pages(2024, 1)]), ['t24', 't23'])).toEqual({ version: 1, shards: ['2024/', '2023/'], tags: ['t24', 't23'], pages: 3 });
    expect(() => planShards([], 0)).toThrow(RangeError);
    expect(() => planShards([], 10, 0)).toThrow(RangeError);
  });
});

describe('the shards of several sites', () => {
  const site = (root: string, shards: string[]) => ({ root, manifest: { shards, tags: shards.map((s) => `${root}${s}`) } });

  test('are searched newest year first, a year’s shards in the order of their sites, each with its own tag', () => {
    const merged = mergeSiteShards([site('/pagefind/', ['2024-1/', '2024-2/', '2023/']), site('/anhui/pagefind/', ['2025/', '2023-1/', '2023-2/']), site('/hubei/pagefind/', ['2024/'])]);
    expect(merged.map((s) => `${s.root}${s.shard}`)).toEqual([
      '/anhui/pagefind/2025/',
      '/pagefind/2024-1/',
      '/pagefind/2024-2/',
      '/hubei/pagefind/2024/',
      '/pagefind/2023/',
      '/anhui/pagefind/2023-1/',
      '/anhui/pagefind/2023-2/',
    ]);
    expect(merged.every((s) => s.tag === `${s.root}${s.shard}`)).toBe(true);
  });

  test('leave out a site whose list could not be read, and keep one site’s order as it is', () => {
    const own = site('/gov/pagefind/', ['2024-1/', '2024-2/', '2022/']);
    expect(mergeSiteShards([own, { root: '/anhui/pagefind/' }]).map((s) => s.shard)).toEqual(['2024-1/', '2024-2/', '2022/']);
  });
});
