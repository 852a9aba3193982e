import { describe, expect, test } from 'vitest';
import type { CatalogEntry } from '../report/catalog';
import { atomFeed } from './atom';
import { FEED_ENTRIES, reportFeedEntries } from './report-feed';

const entry = (path: string, year: number, published?: string): CatalogEntry =>
  ({
    id: path,
    path,
    agencySlug: path.split('/')[1]!,
    findings: [],
    report: { title: `某机关${year}年报告`, agency: '某街道办事处', region: ['山东省', '潍坊市'], year, published },
  }) as unknown as CatalogEntry;

const absolute = (path: string) => new URL(`/xxgk/ndbg/${path}`, 'https://www.example.gov.cn').href;

describe('the report feed', () => {
  test('lists reports by publication date, newest first, with absolute URLs under the base path', () => {
    const entries = reportFeedEntries(
      [entry('reports/a/2022/', 2022, '2023-01-20'), entry('reports/a/2023/', 2023), entry('reports/b/2023/', 2023, '2024-01-13')],
      absolute,
    );
    expect(entries.map((e) => [e.url, e.updated])).toEqual([
      ['https://www.example.gov.cn/xxgk/ndbg/reports/a/2023/', '2024-01-31'],
      ['https://www.example.gov.cn/xxgk/ndbg/reports/b/2023/', '2024-01-13'],
      ['https://www.example.gov.cn/xxgk/ndbg/reports/a/2022/', '2023-01-20'],
    ]);
  });

  test('lists only the newest reports, however many there are', () => {
    const many = Array.from({ length: 250 }, (_, i) => entry(`reports/r${i}/2023/`, 2023, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`));
    const entries = reportFeedEntries(many, absolute);
    expect(entries).toHaveLength(FEED_ENTRIES);
    expect(FEED_ENTRIES).toBeLessThan(many.length);
    // None left out is newer than one listed.
    const oldestListed = entries.at(-1)!.updated;
    const listed = new Set(entries.map((e) => e.url));
    for (const e of reportFeedEntries(many, absolute, many.length)) if (!listed.has(e.url)) expect(e.updated <= oldestListed).toBe(true);
  });

  test('writes an Atom document whose updated time is its newest entry’s', () => {
    const xml = atomFeed({
      title: '年报 & 数据',
      selfUrl: absolute('feed.xml'),
      siteUrl: absolute(''),
      author: '某市人民政府办公室',
      entries: reportFeedEntries([entry('reports/a/2022/', 2022, '2023-01-20'), entry('reports/a/2021/', 2021)], absolute),
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<title>年报 &amp; 数据</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://www.example.gov.cn/xxgk/ndbg/feed.xml"/>');
    expect(xml.match(/<updated>[^<]+<\/updated>/)![0]).toBe('<updated>2023-01-20T00:00:00+08:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('reports/a/2022/')).toBeLessThan(xml.indexOf('reports/a/2021/'));
  });

  test('escapes markup in titles so the document stays well-formed', () => {
    const xml = atomFeed({
      title: 't',
      selfUrl: 'https://x/feed.xml',
      siteUrl: 'https://x/',
      author: 'a',
      entries: [{ url: 'https://x/r/?a=1&b=2', title: '<script>“报告”</script>', updated: '2024-01-01', author: 'a' }],
    });
    expect(xml).toContain('<title>&lt;script&gt;“报告”&lt;/script&gt;</title>');
    expect(xml).toContain('href="https://x/r/?a=1&amp;b=2"');
    expect(xml).not.toContain('<script>');
  });
});
