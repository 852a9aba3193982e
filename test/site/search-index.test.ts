import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config/site';
import { decodeText } from '../../src/search/tokens';
import { readReports } from '../support/frontmatter';
import { indexedPages, readManifest } from '../support/search-index';
import { bundledSite, fixtureSite } from '../support/sites';

describe('the search index built with the site', () => {
  test('has one shard per report year, newest first, holding every report page once', async () => {
    for (const site of [bundledSite, fixtureSite]) {
      const reports = await readReports(site.reportsDir);
      const years = [...new Set(reports.map((r) => r.report.year))].sort((a, b) => b - a);
      const manifest = readManifest(site.outDir);
      expect(manifest.shards, site.name).toEqual(years.map((y) => `${y}/`));
      expect(manifest.pages, site.name).toBe(reports.length);
      const urls = (await indexedPages(site.outDir)).map((p) => p.url).sort();
      expect(urls, site.name).toEqual(reports.map((r) => `/reports/${r.slug}/${r.report.year}/`).sort());
    }
  });

  test('has the search page preload its own script first, before pagefind’s, under the site’s base path', () => {
    for (const site of [bundledSite, fixtureSite]) {
      const html = readFileSync(join(site.outDir, 'search/index.html'), 'utf8');
      const script = /<script type="module" src="([^"]+)"><\/script>/u.exec(html)?.[1];
      expect(script, site.name).toMatch(new RegExp(`^${site.base}_astro/`, 'u'));
      const modules = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/gu)].map((m) => m[1]);
      expect(modules, site.name).toEqual([script, `${site.base}pagefind/pagefind.js`]);
    }
  });

  test('ships pagefind’s script once, beside the shards, and neither its web worker nor its ready-made UI', () => {
    const { shards } = readManifest(bundledSite.outDir);
    const files = (shard: string) => readdirSync(join(bundledSite.outDir, 'pagefind', shard));
    expect(existsSync(join(bundledSite.outDir, 'pagefind/pagefind.js'))).toBe(true);
    for (const shard of shards) expect(files(shard)).toEqual(expect.arrayContaining(['wasm.unknown.pagefind', 'pagefind-entry.json']));
    for (const shard of shards) expect(files(shard), shard).not.toContain('pagefind.js');
    for (const shard of shards) expect(files(shard), shard).not.toContain('pagefind-worker.js');
    for (const shard of shards) expect(files(shard).filter((f) => /ui|highlight/u.test(f)), shard).toEqual([]);
  });

  test('stores report text only: title, agency and narrative, without statistics tables, header, footer or downloads', async () => {
    const reports = await readReports(bundledSite.reportsDir);
    for (const page of await indexedPages(bundledSite.outDir)) {
      const text = decodeText(page.content);
      const { report } = reports.find((r) => page.url === `/reports/${r.slug}/${r.report.year}/`)!;
      expect(text, page.url).toContain(report.agency);
      for (const left of [siteConfig.organisation, '跳到正文', '本报告数据下载', '勾稽关系核对', '搜索报告全文', '本年新收政府信息公开申请数量']) expect(text, `${page.url}: ${left}`).not.toContain(left);
      expect(page.meta).toMatchObject({ title: report.title, agency: report.agency, year: String(report.year) });
      expect(page.filters).toMatchObject({ year: [String(report.year)], province: [report.region[0]], agency: [report.agency] });
    }
  });

  test('links each hit’s sections to headings of its page, with the page’s text', async () => {
    for (const page of await indexedPages(bundledSite.outDir)) {
      const html = readFileSync(join(bundledSite.outDir, page.url, 'index.html'), 'utf8');
      const headings = new Map([...html.matchAll(/<(h[1-6]) id="([^"]+)"[^>]*>(.*?)<\/\1>/gu)].map((m) => [m[2]!, m[3]!.replace(/<[^>]+>/gu, '')]));
      expect(page.anchors.length, page.url).toBeGreaterThan(3);
      for (const anchor of page.anchors) expect(headings.get(anchor.id), `${page.url}#${anchor.id}`).toBe(decodeText(anchor.text).replace(/ /gu, ''));
    }
  });
});
