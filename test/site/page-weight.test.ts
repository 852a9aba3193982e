import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReports } from '../support/frontmatter';
import { hasChart, pageWeight } from '../support/page-weight';
import { TEST_SITES, type TestSite } from '../support/sites';

const KB = 1024;

/** Every HTML page of a built site, as a URL path under its base. */
function pageUrls(site: TestSite): string[] {
  return (readdirSync(site.outDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${site.base}${f.replace(/\\/gu, '/').replace(/(^|\/)index\.html$/u, '$1')}`);
}

describe.each(TEST_SITES)('the pages of the $name site', (site) => {
  // The one script every page loads applies the reader's text size and contrast before first paint
  // (issue 6: remembered between pages, so it needs script); nothing else may load without a chart.
  test('a report page without a chart ships no JavaScript but the 1 KB text-size and contrast script', async () => {
    const reports = await readReports(site.reportsDir);
    expect(reports.length).toBeGreaterThan(0);
    for (const { report, slug } of reports) {
      const url = `${site.base}reports/${slug}/${report.year}/`;
      if (hasChart(readFileSync(join(site.outDir, 'reports', slug, String(report.year), 'index.html'), 'utf8'))) continue;
      expect(pageWeight(site, url, ['preferences.js']).jsGzipBytes, url).toBe(0);
      expect(pageWeight(site, url).jsGzipBytes, url).toBeLessThanOrEqual(1.5 * KB);
    }
  });

  test('a report page weighs at most 60 KB of HTML and CSS, uncompressed', async () => {
    for (const { report, slug } of await readReports(site.reportsDir)) {
      const url = `${site.base}reports/${slug}/${report.year}/`;
      expect(pageWeight(site, url).htmlCssBytes, url).toBeLessThanOrEqual(60 * KB);
    }
  });

  test('no page ships an HTML comment: a note in a component’s markup would be repeated in every page', () => {
    const files = (readdirSync(site.outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(join(site.outDir, file), 'utf8'), file).not.toContain('<!--');
  });

  test('no page loads more than 90 KB of JavaScript, gzip-compressed, charts included', () => {
    const urls = pageUrls(site);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(pageWeight(site, url).jsGzipBytes, url).toBeLessThanOrEqual(90 * KB);
  });
});
