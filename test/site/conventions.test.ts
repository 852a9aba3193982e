import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config/site';
import { deployment } from '../../src/config/deploy.mjs';
import { htmlFiles } from '../support/crawl';
import { readReports } from '../support/frontmatter';
import { bundledSite, fixtureSite } from '../support/sites';

const meta = (html: string, name: string) => html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1];

describe('government-site conventions', () => {
  test.each([bundledSite, fixtureSite])('every page of $name carries the seven meta tags and the footer from site.config.json', async (site) => {
    const files = await htmlFiles(site);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const name = relative(site.outDir, file);
      expect(meta(html, 'SiteName'), name).toBe(siteConfig.name);
      expect(meta(html, 'SiteDomain'), name).toBe(new URL(deployment().site).host);
      expect(meta(html, 'SiteIDCode'), name).toBe(siteConfig.siteIdCode);
      for (const tag of ['ColumnName', 'ArticleTitle', 'ContentSource']) expect(meta(html, tag), `${name} ${tag}`).toBeTruthy();
      expect(meta(html, 'PubDate'), name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const footer = html.slice(html.indexOf('<footer'));
      for (const text of [`主办单位：${siteConfig.organisation}`, `承办单位：${siteConfig.operator}`, siteConfig.contact!.phone!, `网站标识码：${siteConfig.siteIdCode}`, siteConfig.icp!, siteConfig.police!]) {
        expect(footer, `${name}: ${text}`).toContain(text);
      }
    }
  });

  test('a report page is dated and sourced as the article it is', async () => {
    const html = readFileSync(join(fixtureSite.outDir, 'reports/ceshi-linghe/2023/index.html'), 'utf8');
    const { report } = (await readReports(fixtureSite.reportsDir)).find((r) => r.slug === 'ceshi-linghe' && r.report.year === 2023)!;
    expect(meta(html, 'ArticleTitle')).toBe(report.title);
    expect(meta(html, 'PubDate')).toBe('2024-01-13');
    expect(meta(html, 'ContentSource')).toBe(report.agency);
    expect(meta(html, 'ColumnName')).toBe('年度报告');
  });

  test('the Atom feed lists the newest reports (here every one) with absolute URLs under SITE_URL and BASE_PATH, and robots.txt points to the sitemap', async () => {
    const feed = readFileSync(join(fixtureSite.outDir, 'feed.xml'), 'utf8');
    const reports = await readReports(fixtureSite.reportsDir);
    const origin = new URL(deployment().site).origin;
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(reports.length);
    for (const link of links) expect(link).toMatch(new RegExp(`^${origin}/xxgk/ndbg/reports/[a-z0-9-]+/\\d{4}/$`));
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/xxgk/ndbg/feed.xml"/>`);
    const page = readFileSync(join(fixtureSite.outDir, 'index.html'), 'utf8');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(readFileSync(join(fixtureSite.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/xxgk/ndbg/sitemap.xml`);
  });
});
