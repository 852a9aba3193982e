import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSP_META as CONTENT_SECURITY_POLICY } from '../../src/config/csp';
import { hasTables } from '../../src/report/schema';
import { slugify } from '../../src/report/slug';
import { launchBrowser, watchedPage } from '../support/browser';
import { readReports, type ReportFile } from '../support/frontmatter';
import { serveStatic } from '../support/serve';
import { generatedSite } from '../support/sites';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let files: ReportFile[];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(generatedSite.outDir, generatedSite.base);
  files = await readReports(generatedSite.reportsDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page ships the project's Content-Security-Policy as a meta tag; this checks it is there, so violations show as console errors. */
async function expectCsp(page: Page) {
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
}

/** For each chart figure: how many canvas pixels differ from the white background, the JSON data numbers and the table numbers. */
const readCharts = (page: Page) =>
  page.$$eval('figure[data-chart]', (figures) =>
    figures.map((f) => {
      const canvas = f.querySelector('canvas');
      let inked = 0;
      if (canvas) {
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) inked++;
      }
      const spec = JSON.parse(f.querySelector('script[type="application/json"]')!.textContent!) as { categories: string[]; series: { values: (number | null)[] }[] };
      const fromJson = spec.categories.map((_, i) => spec.series.map((s) => s.values[i] ?? null));
      const fromTable = [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.dataset.value ? Number(td.dataset.value) : null)));
      const shownText = [...f.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
      return { id: f.dataset.chart, inked, fromJson, fromTable, shownText, label: canvas?.getAttribute('aria-label') ?? '' };
    }),
  );

describe('charts in Chromium', () => {
  test('every chart on the agency, year and region pages draws under a strict CSP, and its table holds the same numbers', async () => {
    const agency = files.find((f) => f.report.year === 2022)!;
    const pages = [`agencies/${agency.slug}/`, 'years/2022/', 'years/', 'regions/', `regions/${agency.report.region.map(slugify).join('/')}/`];
    for (const path of [...new Set(pages)]) {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      await page.goto(server.url(path));
      const charts = await readCharts(page);
      expect(charts.length, path).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.inked, `${path} ${c.id} draws`).toBeGreaterThan(500);
        expect(c.fromTable, `${path} ${c.id}`).toEqual(c.fromJson);
        expect(c.label.length, `${path} ${c.id} summary`).toBeGreaterThan(5);
        // The numbers a reader sees are the same numbers (grouped digits, % for rates, — for not reported).
        expect(c.shownText.map((t) => (t === '—' ? null : Number(t.replace(/[,%]/g, ''))))).toEqual(c.fromJson.flat());
      }
      expect(consoleProblems, path).toEqual([]);
      expect(foreignRequests, path).toEqual([]);
      await page.close();
    }
  });

  test('the year page’s top-agencies chart shows the agencies with the most new applications', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('years/2022/'));
    const rows = await page.$$eval('#top-received-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, Number((tr.querySelector('td') as HTMLElement).dataset.value)]));
    const expected = files
      .filter((f) => f.report.year === 2022 && hasTables(f.report))
      .map((f) => [f.report.agency, hasTables(f.report) ? f.report.applications.received[6] : 0] as const)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .slice(0, 10);
    expect(rows.map((r) => r[1])).toEqual(expected.map((e) => e[1]));
    // Sorting the agency table by a header puts the largest first.
    await page.locator('#year-agencies th[data-indicator="handled"] button').click();
    const handled = await page.$$eval('#year-agencies tbody td[data-indicator="handled"]', (tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
    expect(handled).toEqual([...handled].sort((a, b) => b - a));
    expect(await page.locator('#year-agencies th[data-indicator="handled"]').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  test('offers a chart as a PNG file', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url('years/2022/'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('figure[data-chart="top-received"] button.chart-png').click()]);
    expect(download.suggestedFilename()).toBe('top-received.png');
    const stream = await download.createReadStream();
    const head: Buffer = await new Promise((ok) => stream.once('data', (c) => ok(c as Buffer)));
    expect([...head.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('without JavaScript the charts’ tables still carry every number', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('years/2022/'));
    expect(await page.locator('figure[data-chart] canvas').count()).toBe(0);
    expect(await page.locator('#top-received-table tbody tr').count()).toBe(10);
    expect(await page.locator('#top-received-table tbody tr').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('the compare page in Chromium', () => {
  test('restores a selection from its URL, shows its numbers, draws its chart and offers it as CSV', async () => {
    const [a, b] = [...new Set(files.map((f) => f.slug))].slice(3, 5) as [string, string];
    const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`compare/?a=${a},${b}&i=received,handled&y=2021,2022`));
    await page.waitForSelector('body[data-compare-ready]');
    expect(await page.locator('#ind-received').isChecked()).toBe(true);
    expect(await page.locator('#ind-disclosure_rate').isChecked()).toBe(false);
    expect(await page.locator('#year-2020').isChecked()).toBe(false);
    const rows = await page.$$eval('#compare-table tbody tr', (trs) =>
      trs.map((tr) => ({ agency: (tr as HTMLElement).dataset.agency, year: Number((tr as HTMLElement).dataset.year), received: Number((tr.querySelector('[data-indicator="received"]') as HTMLElement).dataset.value) })),
    );
    const expected = [a, b].flatMap((slug) =>
      [2021, 2022].map((year) => {
        const r = files.find((f) => f.slug === slug && f.report.year === year)!.report;
        return { agency: slug, year, received: hasTables(r) ? r.applications.received[6] : null };
      }),
    );
    expect(rows).toEqual(expected);
    const inked = await page.$eval('#compare-chart-box canvas', (c) => {
      const { data } = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(500);
    // Downloaded as a person would: the CSP rightly keeps scripts from fetching the blob back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-csv').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(5);
    expect(csv).toContain(`,${a},`);

    // Type-ahead: pick a third agency by part of its name; the URL follows.
    const third = files.find((f) => ![a, b].includes(f.slug))!;
    await page.locator('#agency-input').fill(third.report.agency.slice(0, 4));
    const option = await page.$$eval('#agency-options option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const pick = option.find((o) => o.startsWith(third.report.agency))!;
    expect(pick).toBeDefined();
    await page.locator('#agency-input').fill(pick);
    await page.locator('#agency-add').click();
    expect(new URL(page.url()).searchParams.get('a')).toBe(`${a},${b},${third.slug}`);
    expect(await page.locator('#compare-table tbody tr').count()).toBe(6);
    // Unchecking a year updates table and URL; going back restores it.
    await page.locator('#year-2021').uncheck();
    expect(new URL(page.url()).searchParams.get('y')).toBe('2022');
    expect(await page.locator('#compare-table tbody tr').count()).toBe(3);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#compare-table tbody tr').length === 6);
    expect(consoleProblems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('works under a strict CSP (no inline script or style)', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`compare/?a=${files[0]!.slug}&i=received,disclosure_rate&y=2022`));
    await page.waitForSelector('body[data-compare-ready]');
    await expectCsp(page);
    // The policy bites: an inline style attribute set from markup is refused and reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await expect.poll(() => consoleProblems.some((p) => p.includes('Content Security Policy'))).toBe(true);
    consoleProblems.length = 0;
    expect(await page.locator('#compare-table tbody tr').count()).toBe(1);
    expect(await page.locator('#compare-chart-box canvas').count()).toBe(1);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('the quality filter keeps only the chosen region’s and year’s findings', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url('quality/'));
    const all = await page.locator('#quality-findings tbody tr').count();
    const path = await page.$eval('#quality-findings tbody tr', (tr) => (tr as HTMLElement).dataset.region!);
    const province = path.split('/')[0]!;
    await page.locator('#filter-region').selectOption(province);
    const visible = () => page.$$eval('#quality-findings tbody tr:not([hidden])', (trs) => trs.map((tr) => ({ region: (tr as HTMLElement).dataset.region!, year: (tr as HTMLElement).dataset.year! })));
    const inProvince = await visible();
    expect(inProvince.length).toBeGreaterThan(0);
    expect(inProvince.length).toBeLessThan(all);
    expect(inProvince.every((r) => r.region.startsWith(`${province}/`))).toBe(true);
    // A city narrows it further, and a year on top of that.
    const city = path.split('/').slice(0, 2).join('/');
    await page.locator('#filter-region').selectOption(city);
    const inCity = await visible();
    expect(inCity.every((r) => r.region.startsWith(`${city}/`) || r.region === city)).toBe(true);
    await page.locator('#filter-year').selectOption(inCity[0]!.year);
    expect((await visible()).every((r) => r.year === inCity[0]!.year)).toBe(true);
    expect(await page.locator('#filter-status').textContent()).toBe(`显示 ${(await visible()).length} 处问题`);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

});
