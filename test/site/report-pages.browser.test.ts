import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APPEAL_ROWS, APPLICATION_ROWS } from '../../src/report/labels';
import { hasTables, type TabledReport } from '../../src/report/schema';
import { applicationCells } from '../../src/report/table-cells';
import { launchBrowser, watchedPage } from '../support/browser';
import { readReports, type ReportFile } from '../support/frontmatter';
import { serveStatic } from '../support/serve';
import { bundledSite, fixtureSite, type TestSite } from '../support/sites';

/** What the page must show for each section-3 and section-4 cell: the number, or “—” for null. */
function expectedCells(report: TabledReport): Record<string, string> {
  const out: Record<string, string> = {};
  const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));
  for (const row of APPLICATION_ROWS[report.template]) {
    applicationCells(report.applications, row).forEach((v, i) => (out[`applications.${row.path.join('.')}[${i}]`] = show(v)));
  }
  for (const row of APPEAL_ROWS) report.appeals[row.key].forEach((v, i) => (out[`appeals.${row.key}[${i}]`] = show(v)));
  return out;
}

/** Reads every data cell of the section-3 and section-4 tables as a person sees it. */
const readCells = (page: import('playwright-core').Page) =>
  page.$$eval('#applications-table td[data-cell], #appeals-table td[data-cell]', (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell')!, (td.firstChild?.textContent ?? '').trim()])),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withSite(site: TestSite, fn: (server: Awaited<ReturnType<typeof serveStatic>>, reports: ReportFile[]) => Promise<void>) {
  const server = await serveStatic(site.outDir, site.base);
  try {
    await fn(server, await readReports(site.reportsDir));
  } finally {
    await server.close();
  }
}

describe('report pages in Chromium', () => {
  test('show every section-3 and section-4 cell of each bundled report equal to its frontmatter, with a quiet console', async () => {
    await withSite(bundledSite, async (server, reports) => {
      expect(reports).toHaveLength(5);
      for (const { report, slug } of reports) {
        if (!hasTables(report)) continue;
        const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
        await page.goto(server.url(`reports/${slug}/${report.year}/`));
        const shown = await readCells(page);
        const expected = expectedCells(report);
        expect(Object.keys(shown).length, `${slug} cell count`).toBe((report.template === '2021' ? 175 : 161) + 15);
        expect(shown, slug).toEqual(expected);
        expect(await page.locator('h1').textContent()).toBe(report.title);
        expect(await page.locator('#checks').textContent()).toContain('通过');
        expect(consoleProblems, slug).toEqual([]);
        expect(foreignRequests, slug).toEqual([]);
        await page.close();
      }
    });
  });

  test('mark the cells of a broken 勾稽关系 and say what does not add up', async () => {
    await withSite(fixtureSite, async (server) => {
      const { page, consoleProblems } = await watchedPage(browser, server.origin);
      await page.goto(server.url('reports/ceshi-linghe/2023/'));
      const flagged = await page.$$eval('td.flagged', (tds) => tds.map((td) => td.getAttribute('data-cell')));
      // Rule 1 (自然人 column), rule 3 (row 一、 all seven cells) and rule 5 (上年结转 自然人 and 总计).
      expect(flagged).toEqual(
        expect.arrayContaining([
          'applications.received[0]',
          'applications.carried_over[0]',
          'applications.results.total[0]',
          'applications.carried_forward[0]',
          'applications.received[6]',
          'applications.carried_over[6]',
        ]),
      );
      expect(flagged).not.toContain('applications.results.disclosed[0]');
      const checks = await page.locator('#checks').innerText();
      expect(checks).toContain('本报告有 4 处数字不符合勾稽关系');
      expect(checks).toContain('“自然人”列：本年新收与上年结转之和为 3，办理结果总计与结转下年度之和为 2');
      expect(checks).toContain('2022年度报告“结转下年度继续办理”为 1');
      // The marked cell looks different from an unmarked one.
      const bg = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg('td[data-cell="applications.received[0]"]')).not.toBe(await bg('td[data-cell="applications.results.disclosed[0]"]'));
      expect(consoleProblems).toEqual([]);
      await page.close();
    });
  });

  test('show a blank cell as “—”, never as 0', async () => {
    await withSite(fixtureSite, async (server) => {
      const { page } = await watchedPage(browser, server.origin);
      await page.goto(server.url('reports/ceshixian-kongbaijiedao-banshichu/2023/'));
      const cells = await readCells(page);
      expect(cells['applications.results.withheld.third_party[3]']).toBe('—');
      expect(cells['appeals.review[0]']).toBe('—');
      expect(cells['appeals.review[1]']).toBe('0');
      expect(await page.locator('td[data-cell="proactive.fees.amount"]').textContent()).toBe('—');
      await page.close();
    });
  });
});
