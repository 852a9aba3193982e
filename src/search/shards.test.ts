import { describe, expect, test } from 'vitest';
import { planShards, reportFile, reportPage, shardManifest } from './shards';

const pages = (year: number, n: number) => Array.from({ length: n }, (_, i) => ({ file: `reports/a${String(i).padStart(4, '0')}/${year}/index.html`, year }));

describe('search shards', () => {
  test('are one per year, newest first, and hold every page once', () => {
    const all = [...pages(2020, 3), ...pages(2024, 2), ...pages(2023, 4)];
    const shards = planShards(all, 10);
    expect(shards.map((s) => s.name)).toEqual(['2024', '2023', '2020']);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(all.map((p) => p.file).sort());
  });

  test('split a year past the page limit into near-equal parts under it', () => {
    const shards = planShards([...pages(2024, 10), ...pages(2023, 2001)], 1000, 10);
    expect(shards.map((s) => [s.name, s.files.length])).toEqual([['2024', 10], ['2023-1', 667], ['2023-2', 667], ['2023-3', 667]]);
  });

  test('give the newest year’s first pages a small shard of their own, searched first', () => {
    const all = [...pages(2024, 2001), ...pages(2023, 300)];
    const shards = planShards(all, 1000, 200);
    expect(shards.map((s) => [s.name, s.files.length])).toEqual([['2024-1', 200], ['2024-2', 901], ['2024-3', 900], ['2023', 300]]);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(all.map((p) => p.file).sort());
    expect(planShards(pages(2024, 3), 1).map((s) => s.files.length)).toEqual([1, 1, 1]);
  });

  test('are listed in a manifest the browser can merge', () => {
    expect(shardManifest(planShards([...pages(2023, 2), ...pages(2024, 1)]))).toEqual({ version: 1, shards: ['2024/', '2023/'], pages: 3 });
    expect(() => planShards([], 0)).toThrow(RangeError);
    expect(() => planShards([], 10, 0)).toThrow(RangeError);
  });

  test('take report pages only', () => {
    expect(reportPage('reports/anqiushi/2023/index.html')).toEqual({ file: 'reports/anqiushi/2023/index.html', year: 2023 });
    expect(reportPage('index.html')).toBeUndefined();
    expect(reportPage('search/index.html')).toBeUndefined();
    expect(reportPage('reports/anqiushi/2023/report.json')).toBeUndefined();
  });

  test('find a report page’s file from its URL path, with or without the base path', () => {
    expect(reportFile('/reports/a/2024/')).toBe('reports/a/2024/index.html');
    expect(reportFile('/hubei/reports/a/2024/')).toBe('reports/a/2024/index.html');
    expect(reportFile('/hubei/reports/a/2024')).toBe('reports/a/2024/index.html');
    expect(reportFile('/agencies/a/')).toBeUndefined();
    expect(reportFile('/reports/')).toBeUndefined();
    expect(reportFile('/myreports/a/2024/')).toBeUndefined();
  });
});
