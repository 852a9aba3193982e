import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { CELL_COLUMNS } from '../../src/report/export/columns';
import { readReports } from '../support/frontmatter';
import { seeds } from '../../src/test-support/seeds';
import { bundledSite, fixtureSite } from '../support/sites';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('the bundled site', () => {
  const dist = bundledSite.outDir;

  test('has a page, a JSON and a CSV for every bundled report', async () => {
    const reports = await readReports(bundledSite.reportsDir);
    expect(reports).toHaveLength(5);
    for (const { report, slug } of reports) {
      for (const file of ['index.html', 'report.json', 'report.csv']) {
        expect(existsSync(join(dist, 'reports', slug, String(report.year), file)), `${slug}/${report.year}/${file}`).toBe(true);
      }
    }
    for (const page of ['index.html', '404.html', 'data/index.html', 'sitemap.xml', 'robots.txt']) expect(existsSync(join(dist, page)), page).toBe(true);
  });

  test('lists every HTML page in sitemap.xml, and nothing else', async () => {
    const locs = [...read(dist, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
    const pages = (await glob('**/index.html', { cwd: dist })).map((f) => `/${f.replace(/index\.html$/u, '')}`);
    expect([...locs].sort()).toEqual(pages.sort());
  });

  test('publishes data/reports.json equal to the seeds’ expected values on every field given', () => {
    const published = JSON.parse(read(dist, 'data/reports.json')) as Record<string, unknown>[];
    expect(published).toHaveLength(5);
    for (const { expected } of seeds()) {
      const match = published.find((r) => r.title === expected.title);
      expect(match, String(expected.title)).toBeDefined();
      expect(match).toMatchObject(expected);
      // Nothing but the three documented additions.
      expect(Object.keys(match!).filter((k) => !(k in expected)).sort()).toEqual(['agency_slug', 'checks', 'url']);
      expect(match!.checks).toEqual([]);
      expect(match!.url).toBe(`/reports/${String(match!.agency_slug)}/${String(expected.year)}/`);
    }
  });

  test('publishes data/reports.csv with a BOM, official Chinese headers and one row per report', () => {
    const csv = read(dist, 'data/reports.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(6);
    const header = lines[0]!.split(',');
    expect(header).toContain('三（三）4.保护第三方合法权益/自然人');
    expect(header).toContain('行政诉讼/复议后起诉/总计');
    expect(header.length).toBe(10 + CELL_COLUMNS.length);
    const anqiu = lines.find((l) => l.includes('安丘市凌河街道办事处'))!.split(',');
    expect(anqiu[header.indexOf('一、本年新收政府信息公开申请数量/自然人')]).toBe('2');
    expect(anqiu[header.indexOf('三（四）1.本机关不掌握相关政府信息/总计')]).toBe('1');
    // A 2019-only cell is blank for a 2021 report.
    expect(anqiu[header.indexOf('三（六）其他处理/自然人')]).toBe('');
  });

  test('serves each report’s own JSON equal to its entry in the whole dataset', () => {
    const all = JSON.parse(read(dist, 'data/reports.json')) as { url: string }[];
    for (const r of all) expect(JSON.parse(read(dist, `${r.url}report.json`))).toEqual(r);
  });

  test('writes <html lang="zh-CN"> and loads no web font', () => {
    const html = read(dist, 'index.html');
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).not.toMatch(/@font-face|fonts\.googleapis|\.woff2?/);
  });
});

describe('a site built under BASE_PATH=/xxgk/ndbg/', () => {
  const dist = fixtureSite.outDir;

  test('links pages, assets and downloads under the base path', () => {
    const html = read(dist, 'reports/ceshi-linghe/2023/index.html');
    const hrefs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    const internal = hrefs.filter((h) => h.startsWith('/'));
    expect(internal.length).toBeGreaterThan(5);
    for (const h of internal) expect(h).toMatch(/^\/xxgk\/ndbg\//);
    const data = JSON.parse(read(dist, 'data/reports.json')) as { url: string }[];
    for (const r of data) expect(r.url).toMatch(/^\/xxgk\/ndbg\/reports\//);
    expect(read(dist, 'sitemap.xml')).toContain('/xxgk/ndbg/reports/ceshi-linghe/2023/');
  });

  test('publishes a broken 勾稽关系 with its findings instead of failing the build', () => {
    const data = JSON.parse(read(dist, 'data/reports.json')) as { agency_slug: string; year: number; checks: { rule: number; row: string; column: number }[] }[];
    const broken = data.find((r) => r.agency_slug === 'ceshi-linghe' && r.year === 2023)!;
    expect(broken.checks.map((c) => `${c.rule}:${c.row}[${c.column}]`)).toEqual([
      '1:results.total[0]',
      '3:received[6]',
      '5:carried_over[0]',
      '5:carried_over[6]',
    ]);
  });

  test('strips a script written into a report body', () => {
    const html = read(dist, 'reports/ceshi-linghe/2023/index.html');
    expect(html).toContain('正文中的脚本必须被清除。');
    expect(html).not.toContain('alert(1)');
  });
});
