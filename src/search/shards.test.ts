import { describe, expect, test } from 'vitest';
import { agencyLeads, leadFile, mergeSiteShards, planShards, shardManifest } from './shards';

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
    expect(shardManifest(planShards([...pages(2023, 2), ...pages(2024, 1)]), ['t24', 't23'])).toEqual({ version: 2, shards: ['2024/', '2023/'], tags: ['t24', 't23'], pages: 3 });
    expect(() => planShards([], 0)).toThrow(RangeError);
    expect(() => planShards([], 10, 0)).toThrow(RangeError);
  });
});

describe('the lead shards of agencies', () => {
  const shards = [
    { name: '2024-1', files: ['reports/a/2024/index.html'] },
    { name: '2024-2', files: ['reports/b/2024/index.html', 'reports/c/2024/index.html'] },
    { name: '2023', files: ['reports/d/2023/index.html', 'reports/b/2023/index.html'] },
  ];
  const agencies: Record<string, string> = { a: '安城区教育局', b: '安城区财政局', c: '北山区教育局', d: '东山区财政局' };
  const agencyOf = (file: string) => agencies[file.split('/')[1]!]!;

  test('list, by a digest of its name’s first characters, each agency whose newest report is in the newest year’s shards but the first', () => {
    const leads = agencyLeads(shards, agencyOf);
    expect(leads.files).toBe(1);
    expect(leads.byFile).toEqual(new Map([['agencies/0.json', { 安城区财政局: '2024-2/', 北山区教育局: '2024-2/' }]]));
  });

  test('name the report’s fragment with its shard, when it is known', () => {
    const fragments: Record<string, string> = { 'reports/b/2024/index.html': 'und_b24' };
    const leads = agencyLeads(shards, agencyOf, (file) => fragments[file]);
    expect(leads.byFile).toEqual(new Map([['agencies/0.json', { 安城区财政局: '2024-2/und_b24', 北山区教育局: '2024-2/' }]]));
  });

  test('spread over files of about 32 agencies, found again from a query that begins the name', () => {
    const many = Array.from({ length: 100 }, (_, i) => `reports/x${i}/2024/index.html`);
    const leads = agencyLeads([shards[0]!, { name: '2024-2', files: many }], (file) => `安城区${file.split('/')[1]}局`);
    expect(leads.files).toBe(4);
    for (let i = 0; i < 100; i++) expect(leads.byFile.get(leadFile(`安城区x${i}`, leads.files)!)).toHaveProperty(`安城区x${i}局`, '2024-2/');
    expect(leadFile('安城区', 4)).toBeUndefined();
  });

  test('are counted in the manifest, and none when the newest year is one shard', () => {
    expect(shardManifest(shards, ['t', 't', 't'], { leads: agencyLeads(shards, agencyOf).files }).leads).toBe(1);
    expect(shardManifest(shards, ['t', 't', 't'])).not.toHaveProperty('leads');
    expect(agencyLeads([shards[0]!, shards[2]!], agencyOf)).toEqual({ files: 0, byFile: new Map() });
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
